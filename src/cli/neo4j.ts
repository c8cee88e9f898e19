/**
 * `zhkg neo4j start|stop|status`: controls the project's own Neo4j server in .neo4j/
 * (port ZHKG_NEO4J_PORT, folder ZHKG_NEO4J_HOME).
 */
import type { Command } from "commander";
import { neo4jServerStatus, startNeo4jServer, stopNeo4jServer } from "../neo4j/server.js";
import { localServerOptions } from "../neo4j/settings.js";
import type { CliContext } from "./context.js";

/** Registers `zhkg neo4j` with its start, stop and status sub-commands. */
export function registerNeo4j(program: Command, ctx: CliContext): void {
  const neo4j = program
    .command("neo4j")
    .description("start, stop or check the project's own Neo4j server (fetched from Maven Central on first start)");
  neo4j
    .command("start")
    .description("start the local Neo4j server (reuses a running one) and wait until it answers")
    .action(async () => {
      const options = localServerOptions();
      const result = await startNeo4jServer(options, { log: (line) => ctx.stderr.write(`zhkg: ${line}\n`) });
      const how = result.started ? `started in ${result.seconds} s${result.fetched ? " (jars fetched)" : ""}` : "already running";
      ctx.stdout.write(`neo4j ${how}: ${result.uri} (pid ${result.pid ?? "?"}, user neo4j, password in ${options.home}/password)\n`);
    });
  neo4j
    .command("stop")
    .description("stop the local Neo4j server cleanly")
    .action(async () => {
      const stopped = await stopNeo4jServer(localServerOptions());
      ctx.stdout.write(stopped ? "neo4j stopped\n" : "neo4j was not running\n");
    });
  neo4j
    .command("status")
    .description("say whether the local Neo4j server runs, and its Bolt URI")
    .action(() => {
      const status = neo4jServerStatus(localServerOptions());
      ctx.stdout.write(status.running ? `neo4j running: ${status.uri} (pid ${status.pid})\n` : `neo4j not running (would listen on ${status.uri})\n`);
      if (!status.running) ctx.exitCode = 3;
    });
}
