/** The GraphBackend over the embedded store: everything answered from the in-memory graphology graph. */
import type { NodeLabel } from "../types.js";
import { Deadline } from "./deadline.js";
import { displayName } from "./embedded/store-lookup.js";
import { toCell } from "./finish-rows.js";
import {
  ARTICLE_EDGE_TYPES,
  type EvidenceItem,
  type GraphBackend,
  sortEvidence,
  type GraphView,
  type NeighbourhoodOptions,
  type NodeDetail,
  type SearchOptions,
  type ViewEdge,
  type ViewNode,
} from "./graph-backend.js";
import type { Cell, QueryResult, StoreEdgeAttributes, StoreGraph, StoreNodeAttributes } from "./query-types.js";
import { DEFAULT_QUERY_TIMEOUT_MS, runEmbeddedQuery } from "./run-embedded-query.js";

/** A backend answering from `graph` (read-only: nothing here mutates it). */
export function embeddedBackend(graph: StoreGraph): GraphBackend {
  return {
    kind: "embedded",
    async query(name, raw, timeoutMs = DEFAULT_QUERY_TIMEOUT_MS): Promise<QueryResult> {
      return runEmbeddedQuery(graph, name, raw, timeoutMs);
    },
    async search(text, options) {
      return searchNodes(graph, text, options);
    },
    async node(id) {
      return nodeDetail(graph, id);
    },
    async evidence(articleId, timeoutMs) {
      const deadline = new Deadline("evidence", timeoutMs);
      const items: EvidenceItem[] = [];
      graph.forEachEdge((_edge, attrs, source, target, sourceAttrs, targetAttrs) => {
        deadline.check();
        if (attrs.article !== articleId || ARTICLE_EDGE_TYPES.includes(attrs.type)) return;
        items.push({ type: attrs.type, source: viewNode(source, sourceAttrs), target: viewNode(target, targetAttrs), props: viewEdge("", attrs, source, target).props });
      });
      return sortEvidence(items);
    },
    async neighbourhood(id, options) {
      return neighbourhood(graph, id, options);
    },
    async close() {},
  };
}

/** The API view of the node `id`. */
export function viewNode(id: string, attrs: StoreNodeAttributes): ViewNode {
  const props: Record<string, Cell> = {};
  for (const [k, v] of Object.entries(attrs)) if (k !== "label") props[k] = toCell(v);
  return { id, label: attrs.label, key: attrs.key, name: displayName(attrs), props };
}

function viewEdge(id: string, attrs: StoreEdgeAttributes, source: string, target: string): ViewEdge {
  const props: Record<string, Cell> = {};
  for (const [k, v] of Object.entries(attrs)) if (k !== "type") props[k] = toCell(v);
  return { id, type: attrs.type, source, target, props };
}

function searchNodes(graph: StoreGraph, text: string, options: SearchOptions): ViewNode[] {
  const wanted = new Set<NodeLabel>(options.types);
  const hits: ViewNode[] = [];
  graph.forEachNode((id, attrs) => {
    if (wanted.size > 0 && !wanted.has(attrs.label)) return;
    if (displayName(attrs).includes(text) || attrs.key.includes(text)) hits.push(viewNode(id, attrs));
  });
  return rankHits(hits, text).slice(0, options.limit);
}

/** Exact name matches first, then shorter names, then by name and id: the same order on both backends. */
export function rankHits(hits: ViewNode[], text: string): ViewNode[] {
  const rank = (n: ViewNode) => (n.name === text ? 0 : n.name.startsWith(text) ? 1 : 2);
  const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return [...hits].sort(
    (a, b) => rank(a) - rank(b) || a.name.length - b.name.length || cmp(a.name, b.name) || cmp(a.id, b.id),
  );
}

function nodeDetail(graph: StoreGraph, id: string): NodeDetail | null {
  if (!graph.hasNode(id)) return null;
  const edges: NodeDetail["edges"] = [];
  graph.forEachEdge(id, (edge, attrs, source, target, sourceAttrs, targetAttrs) => {
    const out = source === id;
    edges.push({
      edge: viewEdge(edge, attrs, source, target),
      direction: out ? "out" : "in",
      other: out ? viewNode(target, targetAttrs) : viewNode(source, sourceAttrs),
    });
  });
  edges.sort((a, b) => (a.edge.id < b.edge.id ? -1 : a.edge.id > b.edge.id ? 1 : 0));
  return { node: viewNode(id, graph.getNodeAttributes(id)), edges };
}

function neighbourhood(graph: StoreGraph, id: string, options: NeighbourhoodOptions): GraphView {
  if (!graph.hasNode(id)) return { nodes: [], edges: [], truncated: false };
  const deadline = new Deadline("neighbourhood", options.timeoutMs);
  const keep = (attrs: StoreNodeAttributes) => attrs.label !== "Article" && inDates(attrs, options);
  const seen = new Set([id]);
  let truncated = false;
  let frontier = [id];
  for (let depth = 0; depth < options.depth && frontier.length > 0 && !truncated; depth += 1) {
    const next: string[] = [];
    for (const node of frontier) {
      graph.forEachNeighbor(node, (other, attrs) => {
        deadline.check();
        if (seen.has(other) || !keep(attrs)) return;
        if (seen.size >= options.maxNodes) {
          truncated = true;
          return;
        }
        seen.add(other);
        next.push(other);
      });
    }
    frontier = next;
  }
  const nodes = [...seen].sort().map((n) => viewNode(n, graph.getNodeAttributes(n)));
  const edges: ViewEdge[] = [];
  for (const node of seen) {
    graph.forEachOutEdge(node, (edge, attrs, source, target) => {
      if (seen.has(target) && !ARTICLE_EDGE_TYPES.includes(attrs.type)) edges.push(viewEdge(edge, attrs, source, target));
    });
  }
  edges.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { nodes, edges, truncated };
}

/** Events outside the date range drop out of a neighbourhood; undated nodes stay. */
function inDates(attrs: StoreNodeAttributes, options: NeighbourhoodOptions): boolean {
  if (attrs.label !== "Event" || typeof attrs.date !== "string") return true;
  return (options.from === null || attrs.date >= options.from) && (options.to === null || attrs.date <= options.to);
}
