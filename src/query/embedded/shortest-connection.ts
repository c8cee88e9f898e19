/**
 * shortest-connection on the embedded store: every shortest chain between two people over
 * the connection relationship types, walking edges in either direction (like allShortestPaths).
 */
import type { Deadline } from "../deadline.js";
import type { QueryParams, StoreGraph } from "../query-types.js";
import { CONNECTION_EDGE_TYPES } from "../registry.js";
import { displayName, findNodes } from "./store-lookup.js";

const ALLOWED = new Set<string>(CONNECTION_EDGE_TYPES);

/** Rows of shortest paths (node keys, names, labels) between the people `params.from` and `params.to`. */
export function shortestConnection(graph: StoreGraph, params: QueryParams, deadline: Deadline): Array<Record<string, unknown>> {
  const maxHops = Number(params.maxHops);
  const rows: Array<Record<string, unknown>> = [];
  for (const a of findNodes(graph, "Person", String(params.from))) {
    for (const b of findNodes(graph, "Person", String(params.to))) {
      if (a === b) continue;
      for (const path of allShortestPaths(graph, a, b, maxHops, deadline)) {
        const attrs = path.map((n) => graph.getNodeAttributes(n));
        rows.push({
          from: attrs[0]?.key,
          to: attrs[attrs.length - 1]?.key,
          hops: path.length - 1,
          keys: attrs.map((n) => n.key),
          names: attrs.map(displayName),
          labels: attrs.map((n) => n.label),
        });
      }
    }
  }
  return rows;
}

/** Breadth-first levels from `a` until `b` is reached, then every predecessor chain back. */
function allShortestPaths(graph: StoreGraph, a: string, b: string, maxHops: number, deadline: Deadline): string[][] {
  const preds = new Map<string, string[]>([[a, []]]);
  let frontier = [a];
  for (let hops = 0; hops < maxHops && frontier.length > 0 && !preds.has(b); hops += 1) {
    const level = new Map<string, string[]>();
    for (const node of frontier) {
      graph.forEachEdge(node, (_edge, attrs, source, target) => {
        deadline.check();
        if (!ALLOWED.has(attrs.type)) return;
        const next = source === node ? target : source;
        if (preds.has(next)) return;
        const list = level.get(next) ?? [];
        if (!list.includes(node)) list.push(node);
        level.set(next, list);
      });
    }
    for (const [node, list] of level) preds.set(node, list);
    frontier = [...level.keys()];
  }
  if (!preds.has(b)) return [];
  const paths: string[][] = [];
  const walk = (node: string, tail: string[]): void => {
    deadline.check();
    if (node === a) {
      paths.push([a, ...tail]);
      return;
    }
    for (const p of preds.get(node) ?? []) walk(p, [node, ...tail]);
  };
  walk(b, []);
  return paths;
}
