/**
 * Cuts the part of the store an export asks for: around a named node to a depth, within a
 * date range (by each edge's article date), and/or only some node labels.
 */
import { NotFoundError, UsageError } from "../errors.js";
import { createStoreGraph, type ZhkgGraph } from "../graph/store-graph.js";
import type { NodeLabel } from "../types.js";

export interface SubgraphOptions {
  /** A node name (`李卫东`), key (`person:李卫东@丽水市`) or graph id (`Person:person:…`). */
  around?: string;
  /** Hops from `around`, over edges in either direction (default 1). */
  depth?: number;
  /** Keep edges whose article is dated on or after / before this date (YYYY-MM-DD). */
  from?: string;
  to?: string;
  /** Keep only nodes with these labels (and the edges between them). */
  types?: NodeLabel[];
}

/** The selected subgraph as a new graph (the store is not changed); no options = a copy. */
export function selectSubgraph(graph: ZhkgGraph, options: SubgraphOptions = {}): ZhkgGraph {
  const keepEdge = dateFilter(graph, options);
  let nodes = new Set(graph.nodes());
  if (options.around !== undefined) nodes = neighbourhood(graph, options.around, options.depth ?? 1, keepEdge);
  if (options.types) {
    const types = new Set<string>(options.types);
    nodes = new Set([...nodes].filter((n) => types.has(graph.getNodeAttribute(n, "label"))));
  }
  const out = createStoreGraph();
  const dated = options.from !== undefined || options.to !== undefined;
  graph.forEachEdge((edge, attrs, source, target) => {
    if (!nodes.has(source) || !nodes.has(target) || !keepEdge(edge)) return;
    if (!out.hasNode(source)) out.addNode(source, { ...graph.getNodeAttributes(source) });
    if (!out.hasNode(target)) out.addNode(target, { ...graph.getNodeAttributes(target) });
    out.addEdgeWithKey(edge, source, target, { ...attrs });
  });
  // Nodes without a kept edge stay only when no date range asked to drop them.
  if (!dated) for (const n of nodes) if (!out.hasNode(n)) out.addNode(n, { ...graph.getNodeAttributes(n) });
  return out;
}

function dateFilter(graph: ZhkgGraph, { from, to }: SubgraphOptions): (edge: string) => boolean {
  for (const d of [from, to]) if (d !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(d)) throw new UsageError(`dates take YYYY-MM-DD, got "${d}"`);
  if (from === undefined && to === undefined) return () => true;
  return (edge) => {
    const article = `Article:${graph.getEdgeAttribute(edge, "article")}`;
    const date = graph.hasNode(article) ? graph.getNodeAttribute(article, "date") : null;
    if (typeof date !== "string") return false;
    return (from === undefined || date >= from) && (to === undefined || date <= to);
  };
}

function neighbourhood(graph: ZhkgGraph, around: string, depth: number, keepEdge: (e: string) => boolean): Set<string> {
  if (!Number.isInteger(depth) || depth < 0) throw new UsageError(`--depth takes a whole number >= 0, got ${depth}`);
  const seeds = graph.filterNodes((id, a) => id === around || a.key === around || a.name === around || a.title === around);
  if (seeds.length === 0) throw new NotFoundError(`no node named or keyed "${around}" in the store; check the name with \`zhkg query\``);
  const seen = new Set(seeds);
  let frontier = seeds;
  for (let hop = 0; hop < depth; hop++) {
    const next: string[] = [];
    for (const node of frontier) {
      graph.forEachEdge(node, (edge, _a, source, target) => {
        if (!keepEdge(edge)) return;
        const other = source === node ? target : source;
        if (!seen.has(other)) {
          seen.add(other);
          next.push(other);
        }
      });
    }
    frontier = next;
  }
  return seen;
}
