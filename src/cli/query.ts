/** `zhkg query <name>`: runs a canned analyst query on Neo4j or the embedded store and prints a table or JSON. */
import type { Command } from "commander";
import { UsageError } from "../errors.js";
import { formatTable } from "../query/format-table.js";
import { DEFAULT_STORE, openBackend } from "../query/open-backend.js";
import { describeParams } from "../query/parse-params.js";
import { getQuery, QUERIES } from "../query/registry.js";
import type { CliContext } from "./context.js";

interface QueryOptions {
  param: string[];
  json?: boolean;
  allColumns?: boolean;
  neo4j?: boolean;
  store?: string;
  timeout: string;
}

/** Registers `zhkg query`. */
export function registerQuery(program: Command, ctx: CliContext): void {
  program
    .command("query")
    .description("Run a canned analyst query (no name: list them) against Neo4j (NEO4J_URI or --neo4j) or the embedded store")
    .argument("[name]", "query name, e.g. attendees-of-event")
    .option("-p, --param <k=v>", "a query parameter (repeatable)", (v: string, acc: string[]) => [...acc, v], [])
    .option("--json", "print JSON (every column) instead of a table")
    .option("--all-columns", "show every column in the table, keys included")
    .option("--neo4j", "query Neo4j (NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD)")
    .option("--store <path>", `embedded store file (default ${DEFAULT_STORE})`)
    .option("--timeout <ms>", "stop the query after this many milliseconds", "10000")
    .action(async (name: string | undefined, options: QueryOptions) => {
      if (name === undefined) {
        for (const q of QUERIES) ctx.stdout.write(`${q.name}\n  ${q.description}\n  parameters: ${describeParams(q)}\n`);
        return;
      }
      if (options.neo4j && options.store) throw new UsageError("pass either --store or --neo4j, not both");
      const def = getQuery(name);
      const params = parseParamOptions(options.param);
      const timeout = Number(options.timeout);
      if (!Number.isInteger(timeout) || timeout <= 0) throw new UsageError(`--timeout must be a positive whole number of milliseconds`);
      const backend = await openBackend({ neo4j: options.neo4j, store: options.store });
      try {
        const result = await backend.query(def.name, params, timeout);
        const columns = options.allColumns ? result.columns : def.display;
        ctx.stdout.write(options.json ? `${JSON.stringify(result, null, 2)}\n` : formatTable(columns, result.rows, def.chainColumns));
      } finally {
        await backend.close();
      }
    });
}

function parseParamOptions(pairs: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const pair of pairs) {
    const eq = pair.indexOf("=");
    if (eq <= 0) throw new UsageError(`--param takes name=value, got "${pair}"`);
    out[pair.slice(0, eq).trim()] = pair.slice(eq + 1);
  }
  return out;
}
