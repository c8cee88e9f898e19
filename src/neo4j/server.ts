/**
 * Control of the project's own Neo4j Community server: fetches the jars from Maven Central once
 * (scripts/neo4j/pom.xml), writes its configuration, starts, stops and reports on the JVM process.
 */
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { connect } from "node:net";
import { dirname, join } from "node:path";
import neo4j from "neo4j-driver";
import { ConfigError, Neo4jUnavailableError } from "../errors.js";
import { localBoltUri, passwordFile, PROJECT_ROOT, type LocalServerOptions } from "./settings.js";

const POM = join(PROJECT_ROOT, "scripts", "neo4j", "pom.xml");
const MAIN_CLASS = "org.neo4j.server.CommunityEntryPoint";
/** JVM flags of Neo4j's own launcher (its default neo4j.conf `server.jvm.additional`). */
const JVM_FLAGS = [
  "-XX:+UseG1GC",
  "-XX:-OmitStackTraceInFastThrow",
  "-XX:+UnlockExperimentalVMOptions",
  "-XX:+TrustFinalNonStaticFields",
  "-XX:+DisableExplicitGC",
  "-Djdk.nio.maxCachedBufferSize=1024",
  "-Dio.netty.tryReflectionSetAccessible=true",
  "-Dlog4j2.disable.jmx=true",
  "--add-opens=java.base/java.nio=ALL-UNNAMED",
  "--add-opens=java.base/java.io=ALL-UNNAMED",
  "--add-opens=java.base/java.lang=ALL-UNNAMED",
  "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
];

export interface ServerStatus {
  running: boolean;
  uri: string;
  pid?: number;
  home: string;
}

export interface StartResult extends ServerStatus {
  /** False when a server of this home was already running. */
  started: boolean;
  /** True when the jars were fetched with Maven during this start. */
  fetched: boolean;
  seconds: number;
}

type Log = (line: string) => void;

/** The Neo4j version scripts/neo4j/pom.xml pins. */
export function neo4jVersion(): string {
  const match = /<neo4j\.version>([^<]+)<\/neo4j\.version>/.exec(readFileSync(POM, "utf8"));
  if (!match?.[1]) throw new ConfigError(`${POM} names no <neo4j.version>; restore it from git`);
  return match[1];
}

const pidFile = (home: string) => join(home, "run", "zhkg-neo4j.pid");

/** Whether `pid` is a live Neo4j server JVM of `home` (guards against a reused pid). */
function isServerProcess(pid: number, home: string): boolean {
  try {
    const cmdline = readFileSync(`/proc/${pid}/cmdline`, "utf8");
    return cmdline.includes(MAIN_CLASS) && cmdline.includes(`--home-dir=${home}`);
  } catch {
    return false;
  }
}

function readPid(home: string): number | undefined {
  try {
    const pid = Number(readFileSync(pidFile(home), "utf8").trim());
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

/** Whether the server of `options.home` runs, its pid and Bolt URI. */
export function neo4jServerStatus(options: LocalServerOptions): ServerStatus {
  const pid = readPid(options.home);
  const uri = localBoltUri(options);
  if (pid !== undefined && isServerProcess(pid, options.home)) return { running: true, pid, uri, home: options.home };
  return { running: false, uri, home: options.home };
}

function portOpen(port: number): Promise<boolean> {
  return new Promise((resolveOpen) => {
    const socket = connect({ host: "127.0.0.1", port });
    const done = (open: boolean) => {
      socket.destroy();
      resolveOpen(open);
    };
    socket.once("connect", () => done(true));
    socket.once("error", () => done(false));
    socket.setTimeout(1000, () => done(false));
  });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Runs Maven to copy the pinned Neo4j jars into `libDir`, unless a previous run completed. */
async function ensureJars(libDir: string, log: Log): Promise<boolean> {
  const version = neo4jVersion();
  const marker = join(libDir, ".zhkg-neo4j-version");
  if (existsSync(marker) && readFileSync(marker, "utf8").trim() === version) return false;
  log(`fetching Neo4j Community ${version} from Maven Central into ${libDir} (first start only)`);
  rmSync(libDir, { recursive: true, force: true });
  mkdirSync(libDir, { recursive: true });
  const args = ["-q", "-B", "-f", POM, "dependency:copy-dependencies", `-DoutputDirectory=${libDir}`];
  const { code, output } = await run("mvn", args);
  if (code !== 0) {
    throw new ConfigError(
      `Maven could not fetch Neo4j ${version} (mvn exited ${code}): check that mvn and Java 17 are installed and Maven Central is reachable, then run \`zhkg neo4j start\` again.\n${output.slice(-2000)}`,
    );
  }
  writeFileSync(marker, `${version}\n`);
  return true;
}

function run(command: string, args: string[]): Promise<{ code: number; output: string }> {
  return new Promise((resolveRun) => {
    const child = spawn(command, args, { stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.on("error", (err) => resolveRun({ code: 127, output: String(err) }));
    child.on("close", (code) => resolveRun({ code: code ?? 1, output }));
  });
}

/** The configuration file, rewritten on every start so the port and memory follow the environment. */
function writeConf(options: LocalServerOptions): string {
  const confDir = join(options.home, "conf");
  mkdirSync(confDir, { recursive: true });
  const lines = [
    "# Written by `zhkg neo4j start` (src/neo4j/server.ts) on every start: set ZHKG_NEO4J_* instead of editing.",
    "server.default_listen_address=127.0.0.1",
    "server.default_advertised_address=127.0.0.1",
    "server.bolt.enabled=true",
    `server.bolt.listen_address=127.0.0.1:${options.port}`,
    `server.bolt.advertised_address=127.0.0.1:${options.port}`,
    "server.http.enabled=false",
    "server.https.enabled=false",
    "dbms.security.auth_enabled=true",
    `server.memory.pagecache.size=${options.pagecache}`,
    "dbms.usage_report.enabled=false",
    "db.logs.query.enabled=OFF",
    "db.tx_log.rotation.retention_policy=2 files",
  ];
  writeFileSync(join(confDir, "neo4j.conf"), `${lines.join("\n")}\n`);
  return confDir;
}

/**
 * Starts the local server (fetching the jars first if needed) and waits until it answers
 * queries with the project's password; a server already running for this home is reused.
 * On the very first start a random password is set and stored in `<home>/password` (mode 600).
 */
export async function startNeo4jServer(
  options: LocalServerOptions,
  { log = () => {}, timeoutMs = 180_000 }: { log?: Log; timeoutMs?: number } = {},
): Promise<StartResult> {
  const began = Date.now();
  const seconds = () => Math.round((Date.now() - began) / 100) / 10;
  mkdirSync(join(options.home, "run"), { recursive: true });
  // Two starts at once (two test runs, say) must not launch two servers on one home.
  const release = await acquireLock(join(options.home, "run", "start.lock"), began + timeoutMs);
  try {
    const current = neo4jServerStatus(options);
    if (current.running) {
      await waitUntilReady(options, began + timeoutMs, current.pid);
      return { ...current, started: false, fetched: false, seconds: seconds() };
    }
    mkdirSync(dirname(options.libDir), { recursive: true });
    const fetched = await withLock(`${options.libDir}.lock`, began + timeoutMs, () => ensureJars(options.libDir, log));
    return { ...(await launch(options, began + timeoutMs, log)), started: true, fetched, seconds: seconds() };
  } finally {
    release();
  }
}

/** Spawns the server JVM of `options` and waits until it answers. */
async function launch(options: LocalServerOptions, deadline: number, log: Log): Promise<ServerStatus> {
  if (await portOpen(options.port)) {
    throw new ConfigError(
      `port ${options.port} is taken by another program: stop it or choose another port with ZHKG_NEO4J_PORT`,
    );
  }
  for (const dir of ["run", "logs", "data"]) mkdirSync(join(options.home, dir), { recursive: true });
  const confDir = writeConf(options);
  const consoleLog = openSync(join(options.home, "logs", "console.log"), "a");
  const java = process.env.JAVA_HOME ? join(process.env.JAVA_HOME, "bin", "java") : "java";
  const child = spawn(
    java,
    [`-Xms${options.heap}`, `-Xmx${options.heap}`, ...JVM_FLAGS, ...classDataSharing(options.libDir), "-cp", join(options.libDir, "*"), MAIN_CLASS,
      `--home-dir=${options.home}`, `--config-dir=${confDir}`],
    { detached: true, stdio: ["ignore", consoleLog, consoleLog], cwd: options.home },
  );
  closeSync(consoleLog);
  let exited: string | null = null;
  child.once("exit", (code, signal) => (exited = `exited with ${signal ?? code}`));
  child.once("error", (err) => (exited = `could not be run (${err.message}); is Java 17 installed?`));
  child.unref();
  // No pid means java could not be run; the "error" handler above reports why.
  if (child.pid !== undefined) writeFileSync(pidFile(options.home), `${child.pid}\n`);
  log(`starting Neo4j ${neo4jVersion()} on ${localBoltUri(options)} (home ${options.home})`);
  await waitUntilReady(options, deadline, child.pid, () => exited);
  return { running: true, pid: child.pid, uri: localBoltUri(options), home: options.home };
}

const CDS_ARCHIVE = ".zhkg-cds.jsa";
const CDS_DUMP = /^\.zhkg-cds\.[0-9a-f]+\.jsa$/;

/**
 * JVM flags for a class-data-sharing archive of the Neo4j classes, which halves the start on two
 * cores: the first server writes one when it stops (ArchiveClassesAtExit, a file of its own),
 * a later start adopts a finished one and maps it. A stale or foreign archive is ignored by the JVM.
 */
function classDataSharing(libDir: string): string[] {
  const archive = join(libDir, CDS_ARCHIVE);
  if (!existsSync(archive)) {
    const dumps = readdirSync(libDir).filter((name) => CDS_DUMP.test(name)).map((name) => join(libDir, name));
    const finished = dumps.find((path) => !inUse(path) && statSync(path).size > 1_000_000);
    if (finished) {
      renameSync(finished, archive);
      for (const other of dumps) if (other !== finished && !inUse(other)) rmSync(other, { force: true });
    }
  }
  if (existsSync(archive)) return [`-XX:SharedArchiveFile=${archive}`, "-Xshare:auto", "-Xlog:cds=off", "-Xlog:cds+dynamic=off"];
  return [`-XX:ArchiveClassesAtExit=${join(libDir, `.zhkg-cds.${randomBytes(6).toString("hex")}.jsa`)}`, "-Xlog:cds=off"];
}

/** Whether a running process names `path` on its command line (a JVM still writing that archive). */
function inUse(path: string): boolean {
  for (const pid of readdirSync("/proc").filter((name) => /^\d+$/.test(name))) {
    try {
      if (readFileSync(`/proc/${pid}/cmdline`, "utf8").includes(path)) return true;
    } catch {
      // The process ended while we looked.
    }
  }
  return false;
}

/** Takes the lock file `path` (created exclusively), waiting while another process holds it; a lock older than the wait is stale. */
async function acquireLock(path: string, deadline: number): Promise<() => void> {
  const patience = deadline - Date.now();
  for (;;) {
    try {
      closeSync(openSync(path, "wx"));
      return () => rmSync(path, { force: true });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== "EEXIST") throw err;
    }
    let age = 0;
    try {
      age = Date.now() - statSync(path).mtimeMs;
    } catch {
      continue;
    }
    if (age > patience) rmSync(path, { force: true });
    else if (Date.now() > deadline) throw new Neo4jUnavailableError(`another \`zhkg neo4j start\` holds ${path}; wait for it or delete the file`);
    else await sleep(500);
  }
}

async function withLock<T>(path: string, deadline: number, work: () => Promise<T>): Promise<T> {
  const release = await acquireLock(path, deadline);
  try {
    return await work();
  } finally {
    release();
  }
}

/** Waits for the Bolt port, sets the initial password if none is stored, then waits for a query to succeed. */
async function waitUntilReady(options: LocalServerOptions, deadline: number, pid?: number, exited: () => string | null = () => null): Promise<void> {
  const failed = (what: string) =>
    new Neo4jUnavailableError(
      `the local Neo4j server ${what}: see ${join(options.home, "logs")} (console.log, neo4j.log, debug.log)${tail(options.home)}`,
    );
  while (!(await portOpen(options.port))) {
    const why = exited();
    if (why) throw failed(why);
    if (Date.now() > deadline) throw failed(`did not open ${localBoltUri(options)} in time (pid ${pid ?? "?"})`);
    await sleep(250);
  }
  const file = passwordFile(options.home);
  if (!existsSync(file)) await setInitialPassword(options, file, deadline);
  const password = readFileSync(file, "utf8").trim();
  const driver = neo4j.driver(localBoltUri(options), neo4j.auth.basic("neo4j", password), { logging: undefined });
  try {
    for (;;) {
      try {
        await driver.executeQuery("RETURN 1");
        return;
      } catch (err) {
        if (err instanceof Error && "code" in err && err.code === "Neo.ClientError.Security.Unauthorized") {
          throw new Neo4jUnavailableError(
            `the local Neo4j server in ${options.home} does not accept the password stored in ${file}: stop it, delete ${join(options.home, "data")} and start again (this empties the local database)`,
          );
        }
        if (exited()) throw failed(exited() ?? "stopped");
        if (Date.now() > deadline) throw failed("did not answer queries in time");
        await sleep(250);
      }
    }
  } finally {
    await driver.close();
  }
}

/** First start: replaces the default neo4j/neo4j password with a random one, stored first so it is never lost. */
async function setInitialPassword(options: LocalServerOptions, file: string, deadline: number): Promise<void> {
  const password = randomBytes(18).toString("base64url");
  const pending = `${file}.new`;
  writeFileSync(pending, `${password}\n`, { mode: 0o600 });
  const driver = neo4j.driver(localBoltUri(options), neo4j.auth.basic("neo4j", "neo4j"));
  try {
    for (;;) {
      const session = driver.session({ database: "system" });
      try {
        await session.run("ALTER CURRENT USER SET PASSWORD FROM $old TO $new", { old: "neo4j", new: password });
        break;
      } catch (err) {
        const code = err instanceof Error && "code" in err ? String(err.code) : "";
        if (code === "Neo.ClientError.Security.Unauthorized") {
          throw new Neo4jUnavailableError(
            `the local Neo4j server in ${options.home} has a password this project did not store: stop it, delete ${join(options.home, "data")} and start again (this empties the local database)`,
          );
        }
        if (Date.now() > deadline) throw new Neo4jUnavailableError(`could not set the local Neo4j password in time (${code || String(err)})`);
        await sleep(250);
      } finally {
        await session.close();
      }
    }
  } finally {
    await driver.close();
  }
  writeFileSync(file, `${password}\n`, { mode: 0o600 });
  rmSync(pending, { force: true });
}

function tail(home: string): string {
  const logs = join(home, "logs");
  if (!existsSync(logs)) return "";
  const lines: string[] = [];
  for (const name of readdirSync(logs).filter((n) => n === "console.log" || n === "neo4j.log")) {
    const path = join(logs, name);
    if (statSync(path).size === 0) continue;
    lines.push(...readFileSync(path, "utf8").trimEnd().split("\n").slice(-5));
  }
  return lines.length > 0 ? `\n${lines.join("\n")}` : "";
}

/**
 * Stops the local server cleanly (SIGTERM, then SIGKILL after `timeoutMs`) and removes its
 * pid file; resolves to false when it was not running.
 */
export async function stopNeo4jServer(options: LocalServerOptions, { timeoutMs = 60_000 }: { timeoutMs?: number } = {}): Promise<boolean> {
  const status = neo4jServerStatus(options);
  rmSync(pidFile(options.home), { force: true });
  if (!status.running || status.pid === undefined) return false;
  const pid = status.pid;
  process.kill(pid, "SIGTERM");
  const deadline = Date.now() + timeoutMs;
  while (isServerProcess(pid, options.home)) {
    if (Date.now() > deadline) {
      process.kill(pid, "SIGKILL");
      await sleep(500);
      break;
    }
    await sleep(200);
  }
  return true;
}
