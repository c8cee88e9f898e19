/**
 * `zhkg extract <paths...>`: prints one extraction record per article (JSON Lines by default),
 * diagnostics on stderr with file and line; exit status 1 when any input failed.
 */
import { once } from "node:events";
import type { Command } from "commander";
import { Option } from "commander";
import { UsageError } from "../errors.js";
import { defaultWorkers } from "../pipeline/article-extractor.js";
import { extractSources } from "../pipeline/extract-sources.js";
import type { ExtractionRecord } from "../types.js";
import type { CliContext } from "./context.js";
import { formatDiagnostic } from "./format-diagnostic.js";
import { startProgress } from "./progress.js";
import { dateOption } from "./date-option.js";

/** Registers the `extract` command. */
export function registerExtract(program: Command, ctx: CliContext): void {
  program
    .command("extract")
    .description("extract people, titles, organizations, places, events, initiatives and figures from news files")
    .argument("<paths...>", "text, JSON Lines, HTML or RSS files, or directories")
    .addOption(new Option("--format <format>", "output format").choices(["jsonl", "json", "table"]).default("jsonl"))
    .addOption(dateOption())
    .option("--home <place>", "the place a local paper calls 我市 (e.g. 义乌市)")
    .option("--workers <n>", "worker threads for extraction (one per core by default)", String(defaultWorkers()))
    .action(async (paths: string[], opts: { format: string; date?: string; home?: string; workers: string }) => {
      const workers = Number(opts.workers);
      if (!Number.isInteger(workers) || workers < 1) throw new UsageError(`--workers must be a positive integer, got "${opts.workers}"`);
      const progress = await startProgress(paths, ctx.stderr);
      const all: ExtractionRecord[] = [];
      let failed = 0;
      for await (const item of extractSources(paths, { date: opts.date, home: opts.home, workers })) {
        if (item.kind === "diagnostic") {
          ctx.stderr.write(formatDiagnostic(item.diagnostic) + "\n");
          if (item.diagnostic.severity === "error") failed++;
          continue;
        }
        progress.tick(item.record.article.text.length);
        const out = opts.format === "jsonl" ? JSON.stringify(item.record) + "\n" : opts.format === "table" ? formatTable(item.record) : undefined;
        if (out === undefined) all.push(item.record);
        // A slow reader of stdout must slow extraction down, not fill memory with pending output.
        else if (!ctx.stdout.write(out)) await once(ctx.stdout, "drain");
      }
      if (opts.format === "json") ctx.stdout.write(JSON.stringify(all, null, 2) + "\n");
      progress.finish("zhkg extract", failed ? `, ${failed} input error(s)` : "");
      if (failed) ctx.exitCode = 1;
    });
}

function formatTable(record: ExtractionRecord): string {
  const { article, entities, relations } = record;
  const lines = [`# ${article.title ?? "(untitled)"}  [${article.id}]  ${article.date ?? ""}`];
  if (article.reporters.length) lines.push(`  reporters: ${article.reporters.join("、")}`);
  const name = new Map(entities.map((e) => [e.id, e.name]));
  for (const e of entities) {
    const extra = e.type === "Person" && e.titles?.length ? `  (${e.titles.join("、")})` : e.type === "Event" ? `  ${e.date ?? ""}` : "";
    lines.push(`  ${e.type.padEnd(12)} ${e.name}${extra}`);
  }
  for (const r of relations.filter((r) => r.type === "ATTENDED")) lines.push(`  ATTENDED     ${name.get(r.from)} -[${r.role}]-> ${name.get(r.to)}`);
  return lines.join("\n") + "\n\n";
}
