/**
 * Writes the embedded store as graphology JSON, atomically (temp file + rename), in a
 * canonical order so the same graph always gives the same bytes.
 */
import { mkdir, rename, writeFile } from "node:fs/promises";
import { dirname } from "node:path";
import type { SerializedGraph } from "graphology-types";
import type { EdgeAttributes, GraphAttributes, NodeAttributes, ZhkgGraph } from "./store-graph.js";

function sortAttributes<T extends Record<string, unknown>>(attributes: T, first: string[]): T {
  const keys = Object.keys(attributes).sort();
  const ordered = [...first.filter((k) => k in attributes), ...keys.filter((k) => !first.includes(k))];
  return Object.fromEntries(ordered.map((k) => [k, attributes[k]])) as T;
}

/** The graph as graphology JSON with nodes, edges and attributes sorted by key. */
export function serializeStore(graph: ZhkgGraph): SerializedGraph<NodeAttributes, EdgeAttributes, GraphAttributes> {
  const data = graph.export();
  const byKey = (a: { key: string }, b: { key: string }) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
  data.nodes = data.nodes
    .map((n) => ({ ...n, attributes: n.attributes && sortAttributes(n.attributes, ["label", "key"]) }))
    .sort(byKey);
  data.edges = data.edges
    .map((e) => ({ ...e, attributes: e.attributes && sortAttributes(e.attributes, ["type", "article"]) }))
    .sort((a, b) => byKey({ key: a.key ?? "" }, { key: b.key ?? "" }));
  return data;
}

/** Saves the graph to `path` (directories created), replacing the old file only when complete. */
export async function saveStore(graph: ZhkgGraph, path: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const temp = `${path}.${process.pid}.tmp`;
  await writeFile(temp, `${JSON.stringify(serializeStore(graph), null, 1)}\n`, "utf8");
  await rename(temp, path);
}
