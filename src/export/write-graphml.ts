/**
 * GraphML for yEd, Cytoscape and NetworkX. graphology has no GraphML writer, so this writes
 * the XML itself: one typed <key> per property, arrays as JSON text (GraphML has no lists).
 */
import type { ZhkgGraph } from "../graph/store-graph.js";
import type { PropValue } from "../types.js";
import { displayLabel } from "./display-label.js";

type GraphmlType = "boolean" | "long" | "double" | "string";

const XML_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" };

/** Text safe inside XML content and attribute values (control characters dropped). */
export function escapeXml(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, "").replace(/[&<>"']/g, (c) => XML_ESCAPES[c]!);
}

function typeOf(value: PropValue): GraphmlType | null {
  if (value === null || value === undefined) return null;
  if (typeof value === "boolean") return "boolean";
  if (typeof value === "number") return Number.isInteger(value) ? "long" : "double";
  return "string";
}

/** One type per property name: numbers widen to double, anything mixed becomes string. */
function inferTypes(rows: Iterable<Record<string, PropValue>>): Map<string, GraphmlType> {
  const types = new Map<string, GraphmlType>();
  for (const row of rows) {
    for (const [name, value] of Object.entries(row)) {
      const t = typeOf(value);
      const old = types.get(name);
      if (!t) continue;
      if (!old) types.set(name, t);
      else if (old !== t) types.set(name, (old === "long" && t === "double") || (old === "double" && t === "long") ? "double" : "string");
    }
  }
  return types;
}

function valueText(value: PropValue): string {
  return Array.isArray(value) ? JSON.stringify(value) : String(value);
}

/** The graph as a GraphML document (directed; node label property = display name, `type` = schema label). */
export function writeGraphml(graph: ZhkgGraph): string {
  const nodeRows = graph.mapNodes((_id, a) => {
    const { label, ...rest } = a;
    return { label: displayLabel(a), type: label, ...rest } as Record<string, PropValue>;
  });
  const edgeRows = graph.mapEdges((_id, a) => ({ label: a.type, ...a }) as Record<string, PropValue>);
  const nodeTypes = inferTypes(nodeRows);
  const edgeTypes = inferTypes(edgeRows);
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
  ];
  const ids = { node: new Map<string, string>(), edge: new Map<string, string>() };
  for (const [domain, types] of [["node", nodeTypes], ["edge", edgeTypes]] as const) {
    for (const [name, type] of types) {
      const id = `${domain[0]}${ids[domain].size}`;
      ids[domain].set(name, id);
      lines.push(`  <key id="${id}" for="${domain}" attr.name="${escapeXml(name)}" attr.type="${type}"/>`);
    }
  }
  lines.push(`  <graph id="zhkg" edgedefault="directed">`);
  const data = (domain: "node" | "edge", row: Record<string, PropValue>) =>
    Object.entries(row)
      .filter(([, v]) => v !== null && v !== undefined)
      .map(([name, v]) => `      <data key="${ids[domain].get(name)}">${escapeXml(valueText(v))}</data>`);
  let n = 0;
  graph.forEachNode((id) => {
    lines.push(`    <node id="${escapeXml(id)}">`, ...data("node", nodeRows[n++]!), "    </node>");
  });
  let e = 0;
  graph.forEachEdge((id, _a, source, target) => {
    const head = `    <edge id="${escapeXml(id)}" source="${escapeXml(source)}" target="${escapeXml(target)}">`;
    lines.push(head, ...data("edge", edgeRows[e++]!), "    </edge>");
  });
  lines.push("  </graph>", "</graphml>", "");
  return lines.join("\n");
}
