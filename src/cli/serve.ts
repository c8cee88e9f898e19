/** `zhkg serve`: the read-only JSON API and dashboard over Neo4j or the embedded store. */
import type { Command } from "commander";
import { UsageError } from "../errors.js";
import { DEFAULT_STORE, openBackend } from "../query/open-backend.js";
import { createServer } from "../server/create-server.js";
import type { CliContext } from "./context.js";

interface ServeOptions {
  port: string;
  host: string;
  store?: string;
  neo4j?: boolean;
  token?: string;
  timeout: string;
}

/** Registers `zhkg serve`; the command runs until the process is stopped (SIGINT/SIGTERM close it cleanly). */
export function registerServe(program: Command, ctx: CliContext): void {
  program
    .command("serve")
    .description("Serve the JSON API (/api/...) and the dashboard page (read-only)")
    .option("--port <n>", "TCP port", "8080")
    .option("--host <addr>", "address to bind (127.0.0.1: this machine only)", "127.0.0.1")
    .option("--store <path>", `embedded store file (default ${DEFAULT_STORE})`)
    .option("--neo4j", "serve from Neo4j (NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD)")
    .option("--token <t>", "require `Authorization: Bearer <t>` on /api/* (or set ZHKG_TOKEN)")
    .option("--timeout <ms>", "time limit of one query", "10000")
    .action(async (options: ServeOptions) => {
      const port = Number(options.port);
      if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port must be 0-65535, got "${options.port}"`);
      const timeout = Number(options.timeout);
      if (!Number.isInteger(timeout) || timeout <= 0) throw new UsageError("--timeout must be a positive whole number of milliseconds");
      if (options.neo4j && options.store) throw new UsageError("pass either --store or --neo4j, not both");
      const backend = await openBackend({ neo4j: options.neo4j, store: options.store });
      const token = options.token ?? process.env.ZHKG_TOKEN;
      const app = createServer(backend, { token, queryTimeoutMs: timeout });
      const address = await app.listen({ port, host: options.host });
      ctx.stdout.write(`zhkg: serving ${backend.kind} graph at ${address}/${token ? " (bearer token required for /api)" : ""}\n`);
      await new Promise<void>((resolve) => {
        const stop = () => resolve();
        process.once("SIGINT", stop);
        process.once("SIGTERM", stop);
      });
      await app.close();
      await backend.close();
    });
}
