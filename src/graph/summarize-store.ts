/** Counts and leaders of an embedded store, for the summary `zhkg build` prints. */
import type { ZhkgGraph } from "./store-graph.js";

export interface StoreSummary {
  nodes: Record<string, number>;
  edges: Record<string, number>;
  /** People with the most events attended (distinct events). */
  busiestPeople: Array<{ key: string; name: string; events: number }>;
  /** Events with the most attendees (distinct people). */
  busiestEvents: Array<{ key: string; name: string; date: string | null; attendees: number }>;
}

/** Counts per label and type, and the `top` busiest people and events. */
export function summarizeStore(graph: ZhkgGraph, top = 5): StoreSummary {
  const nodes: Record<string, number> = {};
  const edges: Record<string, number> = {};
  graph.forEachNode((_id, a) => {
    nodes[a.label] = (nodes[a.label] ?? 0) + 1;
  });
  const attended = new Map<string, Set<string>>();
  const attendees = new Map<string, Set<string>>();
  graph.forEachEdge((_e, a, source, target) => {
    edges[a.type] = (edges[a.type] ?? 0) + 1;
    if (a.type !== "ATTENDED") return;
    if (!attended.has(source)) attended.set(source, new Set());
    attended.get(source)!.add(target);
    if (!attendees.has(target)) attendees.set(target, new Set());
    attendees.get(target)!.add(source);
  });
  const rank = (m: Map<string, Set<string>>) =>
    [...m.entries()].sort((a, b) => b[1].size - a[1].size || (a[0] < b[0] ? -1 : 1)).slice(0, top);
  return {
    nodes,
    edges,
    busiestPeople: rank(attended).map(([id, set]) => ({
      key: graph.getNodeAttribute(id, "key"),
      name: String(graph.getNodeAttribute(id, "name")),
      events: set.size,
    })),
    busiestEvents: rank(attendees).map(([id, set]) => {
      const date = graph.getNodeAttribute(id, "date");
      return { key: graph.getNodeAttribute(id, "key"), name: String(graph.getNodeAttribute(id, "name")), date: typeof date === "string" ? date : null, attendees: set.size };
    }),
  };
}
