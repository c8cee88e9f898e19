/**
 * Writes the embedded store as graphology JSON, atomically (temp file + rename), in a
 * canonical order so the same graph always gives the same bytes. One node or edge per line,
 * streamed, so a store larger than the biggest JS string still saves (and loads line by line).
 */
import { createWriteStream } from "node:fs";
import { mkdir, rename } from "node:fs/promises";
import { dirname } from "node:path";
import { finished } from "node:stream/promises";
import type { SerializedEdge, SerializedGraph, SerializedNode } from "graphology-types";
import type { EdgeAttributes, GraphAttributes, NodeAttributes, ZhkgGraph } from "./store-graph.js";

/** The line that separates node lines from edge lines in a saved store. */
export const EDGES_LINE = '],"edges":[';

function sortAttributes<T extends Record<string, unknown>>(attributes: T, first: string[]): T {
  const keys = Object.keys(attributes).sort();
  const ordered = [...first.filter((k) => k in attributes), ...keys.filter((k) => !first.includes(k))];
  return Object.fromEntries(ordered.map((k) => [k, attributes[k]])) as T;
}

const byKey = (a: { key?: string }, b: { key?: string }) => ((a.key ?? "") < (b.key ?? "") ? -1 : (a.key ?? "") > (b.key ?? "") ? 1 : 0);

function sortedNodes(graph: ZhkgGraph): SerializedNode<NodeAttributes>[] {
  return graph.mapNodes((key, a) => ({ key, attributes: sortAttributes(a, ["label", "key"]) })).sort(byKey);
}

function sortedEdges(graph: ZhkgGraph): SerializedEdge<EdgeAttributes>[] {
  return graph
    .mapEdges((key, a, source, target) => ({ key, source, target, attributes: sortAttributes(a, ["type", "article"]) }))
    .sort(byKey);
}

/** The graph as graphology JSON with nodes, edges and attributes sorted by key. */
export function serializeStore(graph: ZhkgGraph): SerializedGraph<NodeAttributes, EdgeAttributes, GraphAttributes> {
  return { options: graph.export().options, attributes: graph.getAttributes(), nodes: sortedNodes(graph), edges: sortedEdges(graph) };
}

/** Saves the graph to `path` (directories created), replacing the old file only when complete. */
export async function saveStore(graph: ZhkgGraph, path: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const temp = `${path}.${process.pid}.tmp`;
  const out = createWriteStream(temp, "utf8");
  const write = async (text: string) => {
    if (!out.write(text)) await new Promise<void>((resolve) => out.once("drain", () => resolve()));
  };
  const head = { attributes: graph.getAttributes(), options: { type: graph.type, multi: graph.multi, allowSelfLoops: graph.allowSelfLoops } };
  await write(`${JSON.stringify(head).slice(0, -1)},"nodes":[\n`);
  const lines = async (items: unknown[]) => {
    for (let i = 0; i < items.length; i++) await write(`${JSON.stringify(items[i])}${i < items.length - 1 ? "," : ""}\n`);
  };
  await lines(sortedNodes(graph));
  await write(`${EDGES_LINE}\n`);
  await lines(sortedEdges(graph));
  out.end("]}\n");
  await finished(out);
  await rename(temp, path);
}
