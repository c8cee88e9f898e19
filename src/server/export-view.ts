/**
 * Writes the view the dashboard shows (a GraphView) as GEXF, GraphML or CSV, so a
 * researcher can take the subgraph to Gephi, yEd or a spreadsheet.
 */
import { writeGexf } from "../export/write-gexf.js";
import { writeGraphml } from "../export/write-graphml.js";
import { createStoreGraph, type ZhkgGraph } from "../graph/store-graph.js";
import type { GraphView } from "../query/graph-backend.js";
import type { Cell } from "../query/query-types.js";
import type { EdgeType } from "../types.js";

export const EXPORT_FORMATS = ["gexf", "graphml", "csv"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportedFile {
  body: string;
  contentType: string;
  extension: string;
}

/** The view as a file of `format` (GEXF and GraphML by src/export); CSV holds the edges, or the nodes when `part` is "nodes". */
export function exportView(view: GraphView, format: ExportFormat, part: "nodes" | "edges" = "edges"): ExportedFile {
  if (format === "csv") {
    return { body: part === "nodes" ? nodesCsv(view) : edgesCsv(view), contentType: "text/csv; charset=utf-8", extension: "csv" };
  }
  const graph = viewGraph(view);
  if (format === "graphml") return { body: writeGraphml(graph), contentType: "application/graphml+xml; charset=utf-8", extension: "graphml" };
  return { body: writeGexf(graph), contentType: "application/gexf+xml; charset=utf-8", extension: "gexf" };
}

/** The view as a store graph, the shape the writers of src/export take. */
function viewGraph(view: GraphView): ZhkgGraph {
  const graph = createStoreGraph();
  for (const n of view.nodes) graph.addNode(n.id, { ...n.props, label: n.label, key: n.key });
  for (const e of view.edges) {
    graph.addEdgeWithKey(e.id, e.source, e.target, { ...e.props, type: e.type as EdgeType, article: String(e.props.article ?? "") });
  }
  return graph;
}

const NODE_COLUMNS = ["id", "label", "name", "date", "kind", "level", "adcode"];
const EDGE_COLUMNS = ["id", "type", "source", "sourceName", "target", "targetName", "role", "title", "asOf", "article", "evidence"];

function nodesCsv(view: GraphView): string {
  const rows = view.nodes.map((n) => [n.id, n.label, n.name, n.props.date, n.props.kind, n.props.level, n.props.adcode]);
  return csv(NODE_COLUMNS, rows);
}

function edgesCsv(view: GraphView): string {
  const names = new Map(view.nodes.map((n) => [n.id, n.name]));
  const rows = view.edges.map((e) => [
    e.id,
    e.type,
    e.source,
    names.get(e.source) ?? null,
    e.target,
    names.get(e.target) ?? null,
    e.props.role,
    e.props.title,
    e.props.asOf,
    e.props.article,
    e.props.evidence,
  ]);
  return csv(EDGE_COLUMNS, rows);
}

/** RFC 4180 CSV with a header row; cells holding comma, quote or line break are quoted. */
function csv(columns: string[], rows: Array<Array<Cell | undefined>>): string {
  const cell = (v: Cell | undefined) => {
    const text = v === null || v === undefined ? "" : Array.isArray(v) ? v.join("、") : String(v);
    return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  return [columns.join(","), ...rows.map((r) => r.map(cell).join(","))].join("\r\n") + "\r\n";
}
