/** `zhkg build`: extracts, resolves and merges articles into the embedded store, then prints a summary. */
import type { Command } from "commander";
import { buildStore, type BuildItem } from "../graph/build-store.js";
import { loadStore } from "../graph/load-store.js";
import { readRecords } from "../graph/read-records.js";
import { saveStore } from "../graph/save-store.js";
import { summarizeStore } from "../graph/summarize-store.js";
import { extractSources } from "../pipeline/extract-sources.js";
import type { CliContext } from "./context.js";
import { formatDiagnostic } from "./format-diagnostic.js";
import { dateOption } from "./date-option.js";

/** Default location of the embedded store, relative to the working directory. */
export const DEFAULT_STORE = ".zhkg/graph.json";

interface BuildOptions {
  store: string;
  home?: string;
  date?: string;
  records?: boolean;
}

/** Registers `zhkg build`. */
export function registerBuild(program: Command, ctx: CliContext): void {
  program
    .command("build")
    .description("Extract, resolve and merge articles into the embedded graph store (created if absent, idempotent)")
    .argument("<paths...>", "files or directories of news (or extraction-record JSONL with --records)")
    .option("--store <path>", "embedded store file", DEFAULT_STORE)
    .option("--home <place>", "the paper's home place, for 市委书记 / 我市 / unprefixed local bodies (e.g. 义乌市)")
    .addOption(dateOption())
    .option("--records", "inputs are extraction records (zhkg extract --format jsonl), not news text")
    .action(async (paths: string[], options: BuildOptions) => {
      const graph = await loadStore(options.store, { createIfMissing: true });
      const items: AsyncIterable<BuildItem> = options.records
        ? readRecords(paths)
        : extractSources(paths, { date: options.date, home: options.home });
      const result = await buildStore(graph, items, {
        home: options.home,
        onDiagnostic: (d) => ctx.stderr.write(`${formatDiagnostic(d)}\n`),
      });
      await saveStore(graph, options.store);
      const summary = summarizeStore(graph);
      const out: string[] = [
        `store ${options.store}: ${result.articles} article(s) merged; +${result.nodesAdded} nodes, +${result.edgesAdded} edges, -${result.edgesRemoved} stale edges, -${result.nodesRemoved} orphans`,
        `nodes: ${Object.entries(summary.nodes).map(([k, v]) => `${k} ${v}`).join(", ") || "none"}`,
        `edges: ${Object.entries(summary.edges).map(([k, v]) => `${k} ${v}`).join(", ") || "none"}`,
      ];
      if (summary.busiestPeople.length) {
        out.push("busiest people:", ...summary.busiestPeople.map((p) => `  ${p.name}  ${p.events} event(s)  ${p.key}`));
      }
      if (summary.busiestEvents.length) {
        out.push("busiest events:", ...summary.busiestEvents.map((e) => `  ${e.name}  ${e.date ?? "undated"}  ${e.attendees} attendee(s)`));
      }
      const errors = result.diagnostics.filter((d) => d.severity === "error").length;
      const warnings = result.diagnostics.length - errors;
      out.push(errors || warnings ? `problems: ${errors} error(s), ${warnings} warning(s) (listed on stderr)` : "problems: none");
      ctx.stdout.write(`${out.join("\n")}\n`);
      if (errors > 0) ctx.exitCode = 1;
    });
}
