/** `zhkg export`: writes the store, or a subgraph of it, as GEXF, GraphML, graphology JSON or neo4j-admin CSV. */
import { writeFile } from "node:fs/promises";
import type { Command } from "commander";
import { UsageError } from "../errors.js";
import { selectSubgraph } from "../export/select-subgraph.js";
import { writeGexf } from "../export/write-gexf.js";
import { writeGraphml } from "../export/write-graphml.js";
import { writeJson } from "../export/write-json.js";
import { writeNeo4jCsv } from "../export/write-neo4j-csv.js";
import { loadStore } from "../graph/load-store.js";
import { NODE_LABELS } from "../graph/schema.js";
import type { NodeLabel } from "../types.js";
import { DEFAULT_STORE } from "./build.js";
import type { CliContext } from "./context.js";

interface ExportOptions {
  format: string;
  store: string;
  out?: string;
  around?: string;
  depth: string;
  from?: string;
  to?: string;
  types?: string;
}

const WRITERS = { gexf: writeGexf, graphml: writeGraphml, json: writeJson } as const;

/** Registers `zhkg export`. */
export function registerExport(program: Command, ctx: CliContext): void {
  program
    .command("export")
    .description("Export the store or a subgraph: GEXF (Gephi), GraphML (yEd, Cytoscape, NetworkX), graphology JSON, neo4j-admin CSV")
    .requiredOption("--format <format>", "gexf | graphml | json | csv")
    .option("--store <path>", "embedded store file", DEFAULT_STORE)
    .option("--out <path>", "output file (csv: a directory); default stdout (csv: ./zhkg-csv)")
    .option("--around <name>", "only the neighbourhood of the node with this name or key")
    .option("--depth <n>", "hops around --around", "1")
    .option("--from <YYYY-MM-DD>", "only relations from articles dated on or after")
    .option("--to <YYYY-MM-DD>", "only relations from articles dated on or before")
    .option("--types <labels>", `only these node labels, comma-separated (${NODE_LABELS.join(",")})`)
    .action(async (options: ExportOptions) => {
      const format = options.format.toLowerCase();
      if (format !== "csv" && !(format in WRITERS)) throw new UsageError(`--format must be gexf, graphml, json or csv, not "${options.format}"`);
      const types = options.types?.split(",").map((t) => t.trim()).filter(Boolean);
      const unknown = types?.filter((t) => !(NODE_LABELS as readonly string[]).includes(t)) ?? [];
      if (unknown.length) throw new UsageError(`--types: unknown label(s) ${unknown.join(", ")}; use ${NODE_LABELS.join(",")}`);
      const depth = Number(options.depth);
      const graph = selectSubgraph(await loadStore(options.store), {
        around: options.around,
        depth,
        from: options.from,
        to: options.to,
        types: types as NodeLabel[] | undefined,
      });
      if (format === "csv") {
        const dir = options.out ?? "zhkg-csv";
        const paths = await writeNeo4jCsv(graph, dir);
        ctx.stderr.write(`wrote ${paths.length} files to ${dir} (${graph.order} nodes, ${graph.size} relationships); see import-command.txt\n`);
        return;
      }
      const text = WRITERS[format as keyof typeof WRITERS](graph);
      if (options.out) {
        await writeFile(options.out, text, "utf8");
        ctx.stderr.write(`wrote ${options.out} (${graph.order} nodes, ${graph.size} edges)\n`);
      } else ctx.stdout.write(text);
    });
}
