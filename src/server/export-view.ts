/**
 * Writes the view the dashboard shows (a GraphView) as GEXF, GraphML or CSV, so a
 * researcher can take the subgraph to Gephi, yEd or a spreadsheet.
 */
import graphology from "graphology";
import { write as writeGexf } from "graphology-gexf";
import type { Cell } from "../query/query-types.js";
import type { GraphView } from "../query/graph-backend.js";

export const EXPORT_FORMATS = ["gexf", "graphml", "csv"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportedFile {
  body: string;
  contentType: string;
  extension: string;
}

type Flat = Record<string, string | number | boolean>;

/** The view as a file of `format`; CSV holds the edges, or the nodes when `part` is "nodes". */
export function exportView(view: GraphView, format: ExportFormat, part: "nodes" | "edges" = "edges"): ExportedFile {
  if (format === "csv") {
    return { body: part === "nodes" ? nodesCsv(view) : edgesCsv(view), contentType: "text/csv; charset=utf-8", extension: "csv" };
  }
  if (format === "graphml") return { body: graphml(view), contentType: "application/graphml+xml; charset=utf-8", extension: "graphml" };
  const graph = new graphology.MultiDirectedGraph<Flat, Flat>();
  for (const n of view.nodes) graph.addNode(n.id, { ...flatten(n.props), label: n.name, kind: n.label });
  for (const e of view.edges) graph.addEdgeWithKey(e.id, e.source, e.target, { ...flatten(e.props), type: e.type });
  return { body: writeGexf(graph), contentType: "application/gexf+xml; charset=utf-8", extension: "gexf" };
}

function flatten(props: Record<string, Cell>): Flat {
  const out: Flat = {};
  for (const [k, v] of Object.entries(props)) {
    if (v === null) continue;
    out[k] = Array.isArray(v) ? v.join("、") : v;
  }
  return out;
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

/** GraphML with every property as a string key (graphology-graphml only parses). */
function graphml(view: GraphView): string {
  const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
  const nodeKeys = new Set<string>(["label", "name"]);
  const edgeKeys = new Set<string>(["type"]);
  const nodes = view.nodes.map((n) => ({ id: n.id, data: { ...flatten(n.props), label: n.label, name: n.name } as Flat }));
  const edges = view.edges.map((e) => ({ e, data: { ...flatten(e.props), type: e.type } as Flat }));
  for (const n of nodes) for (const k of Object.keys(n.data)) nodeKeys.add(k);
  for (const { data } of edges) for (const k of Object.keys(data)) edgeKeys.add(k);
  const data = (prefix: string, d: Flat) =>
    Object.entries(d)
      .map(([k, v]) => `<data key="${prefix}_${esc(k)}">${esc(String(v))}</data>`)
      .join("");
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
    ...[...nodeKeys].map((k) => `  <key id="n_${esc(k)}" for="node" attr.name="${esc(k)}" attr.type="string"/>`),
    ...[...edgeKeys].map((k) => `  <key id="e_${esc(k)}" for="edge" attr.name="${esc(k)}" attr.type="string"/>`),
    '  <graph edgedefault="directed">',
    ...nodes.map((n) => `    <node id="${esc(n.id)}">${data("n", n.data)}</node>`),
    ...edges.map(({ e, data: d }) => `    <edge id="${esc(e.id)}" source="${esc(e.source)}" target="${esc(e.target)}">${data("e", d)}</edge>`),
    "  </graph>",
    "</graphml>",
  ];
  return lines.join("\n") + "\n";
}
