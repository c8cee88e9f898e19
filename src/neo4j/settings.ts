/**
 * Where Neo4j is: the user's server from NEO4J_URI/NEO4J_USER/NEO4J_PASSWORD, or else the
 * project's own local server (folder, Bolt port, generated password) from ZHKG_NEO4J_* variables.
 */
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { ConfigError, Neo4jUnavailableError } from "../errors.js";

/** The project root sits two levels above this file both in src/neo4j/ and in dist/neo4j/. */
export const PROJECT_ROOT = fileURLToPath(new URL("../../", import.meta.url));

/** How to reach a Neo4j server. `password` is never printed; use {@link describeTarget}. */
export interface Neo4jConnection {
  uri: string;
  user: string;
  password: string;
  /** Database name; the server's default database when absent. */
  database?: string;
  /** True when this is the project's own server (`zhkg neo4j start`). */
  local: boolean;
}

/** The project's own server: its folder, jar folder, Bolt port and memory. */
export interface LocalServerOptions {
  /** Server home: conf/, data/, logs/, run/ and the `password` file. */
  home: string;
  /** Folder of the Neo4j jars (shared by several homes, fetched once by Maven). */
  libDir: string;
  port: number;
  heap: string;
  pagecache: string;
}

type Env = Record<string, string | undefined>;

/** The local server's options from ZHKG_NEO4J_HOME, ZHKG_NEO4J_LIB, ZHKG_NEO4J_PORT, _HEAP, _PAGECACHE. */
export function localServerOptions(env: Env = process.env, overrides: Partial<LocalServerOptions> = {}): LocalServerOptions {
  const home = resolve(overrides.home ?? env.ZHKG_NEO4J_HOME ?? join(PROJECT_ROOT, ".neo4j"));
  const port = overrides.port ?? parsePort(env.ZHKG_NEO4J_PORT);
  return {
    home,
    libDir: resolve(overrides.libDir ?? env.ZHKG_NEO4J_LIB ?? join(PROJECT_ROOT, ".neo4j", "lib")),
    port,
    heap: overrides.heap ?? parseMemory("ZHKG_NEO4J_HEAP", env.ZHKG_NEO4J_HEAP ?? "512m"),
    pagecache: overrides.pagecache ?? parseMemory("ZHKG_NEO4J_PAGECACHE", env.ZHKG_NEO4J_PAGECACHE ?? "256m"),
  };
}

function parsePort(raw: string | undefined): number {
  if (raw === undefined || raw === "") return 7687;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new ConfigError(`ZHKG_NEO4J_PORT must be a TCP port number (1-65535), got "${raw}"`);
  }
  return port;
}

function parseMemory(name: string, raw: string): string {
  if (!/^[0-9]+[kmg]$/i.test(raw)) throw new ConfigError(`${name} must be a size such as 512m or 1g, got "${raw}"`);
  return raw.toLowerCase();
}

/** The Bolt URI of the local server. */
export function localBoltUri(options: LocalServerOptions): string {
  return `bolt://127.0.0.1:${options.port}`;
}

/** Path of the file holding the local server's generated password (mode 600). */
export function passwordFile(home: string): string {
  return join(home, "password");
}

/**
 * The connection to use: NEO4J_URI (with NEO4J_USER, default `neo4j`, and NEO4J_PASSWORD) when
 * set, else the local server with the password `zhkg neo4j start` generated.
 */
export function resolveConnection(env: Env = process.env, local: LocalServerOptions = localServerOptions(env)): Neo4jConnection {
  const database = env.NEO4J_DATABASE || undefined;
  if (env.NEO4J_URI) {
    if (env.NEO4J_PASSWORD === undefined) {
      throw new ConfigError(`NEO4J_URI is set to ${redactUri(env.NEO4J_URI)} but NEO4J_PASSWORD is not: set NEO4J_PASSWORD (and NEO4J_USER if not "neo4j")`);
    }
    return { uri: env.NEO4J_URI, user: env.NEO4J_USER || "neo4j", password: env.NEO4J_PASSWORD, database, local: false };
  }
  const file = passwordFile(local.home);
  const uri = localBoltUri(local);
  if (!existsSync(file)) {
    throw new Neo4jUnavailableError(
      `no Neo4j server is configured: start the project's own with \`zhkg neo4j start\` (it listens on ${uri}), or set NEO4J_URI, NEO4J_USER and NEO4J_PASSWORD for your server`,
    );
  }
  return { uri, user: "neo4j", password: readFileSync(file, "utf8").trim(), database, local: true };
}

/** A URI with any user:password@ part removed, safe to print. */
export function redactUri(uri: string): string {
  return uri.replace(/^([a-z+]+:\/\/)[^@/]*@/i, "$1");
}

/** "the Neo4j server at <uri>": how messages name a server, without secrets. */
export function describeTarget(conn: Pick<Neo4jConnection, "uri">): string {
  return `the Neo4j server at ${redactUri(conn.uri)}`;
}
