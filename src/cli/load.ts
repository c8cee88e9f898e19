/**
 * `zhkg load <paths...>` and `zhkg load --records <file.jsonl>`: extracts (or reads records),
 * resolves and loads articles into Neo4j (NEO4J_URI, else the project's own server), idempotently.
 */
import type { Command } from "commander";
import { UsageError } from "../errors.js";
import { readRecords } from "../graph/read-records.js";
import { openNeo4j } from "../neo4j/connect.js";
import { DEFAULT_BATCH_SIZE } from "../neo4j/load-delta.js";
import { loadRecords, type LoadItem } from "../neo4j/load-records.js";
import { describeTarget, resolveConnection } from "../neo4j/settings.js";
import { extractSources } from "../pipeline/extract-sources.js";
import type { CliContext } from "./context.js";
import { formatDiagnostic } from "./format-diagnostic.js";
import { dateOption } from "./date-option.js";

interface LoadCliOptions {
  records?: boolean;
  home?: string;
  date?: string;
  batchSize: string;
  retrySeconds: string;
}

function positiveInteger(name: string, raw: string): number {
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1) throw new UsageError(`${name} takes a positive whole number, got "${raw}"`);
  return n;
}

/** Registers `zhkg load`. */
export function registerLoad(program: Command, ctx: CliContext): void {
  program
    .command("load")
    .description("extract, resolve and load articles into Neo4j (NEO4J_URI/NEO4J_USER/NEO4J_PASSWORD, else `zhkg neo4j start`'s server); safe to rerun")
    .argument("<paths...>", "files or directories of news (or extraction-record JSONL with --records)")
    .option("--records", "inputs are extraction records (zhkg extract --format jsonl), not news text")
    .option("--home <place>", "the paper's home place, for 市委书记 / 我市 / unprefixed local bodies (e.g. 义乌市)")
    .addOption(dateOption())
    .option("--batch-size <rows>", "rows per write transaction", String(DEFAULT_BATCH_SIZE))
    .option("--retry-seconds <s>", "how long a write is retried while the server is unavailable", "30")
    .action(async (paths: string[], options: LoadCliOptions) => {
      const batchSize = positiveInteger("--batch-size", options.batchSize);
      const retrySeconds = positiveInteger("--retry-seconds", options.retrySeconds);
      const connection = resolveConnection();
      const client = await openNeo4j(connection, { maxRetryTimeMs: retrySeconds * 1000 });
      const began = Date.now();
      try {
        const items: AsyncIterable<LoadItem> = options.records
          ? readRecords(paths)
          : extractSources(paths, { date: options.date, home: options.home });
        const result = await loadRecords(client, items, {
          home: options.home,
          batchSize,
          onDiagnostic: (d) => ctx.stderr.write(`${formatDiagnostic(d)}\n`),
        });
        const seconds = (Date.now() - began) / 1000;
        const list = (counts: Record<string, number | undefined>) =>
          Object.entries(counts).map(([k, v]) => `${k} ${v ?? 0}`).join(", ") || "none";
        const errors = result.diagnostics.filter((d) => d.severity === "error").length;
        ctx.stdout.write(
          `loaded ${result.articles} article(s) into ${describeTarget(connection)} in ${seconds.toFixed(1)} s` +
            `${result.related > 0 ? ` (with ${result.related} stored article(s) sharing names, resolved again)` : ""}; ` +
            `nodes: ${list(result.nodes)}; relationships: ${list(result.relationships)}; ` +
            `removed ${result.removedRelationships} stale relationship(s), ${result.removedNodes} orphan node(s)` +
            `${errors > 0 ? `; ${errors} input error(s) on stderr` : ""}\n`,
        );
        if (errors > 0) ctx.exitCode = 1;
      } finally {
        await client.close();
      }
    });
}
