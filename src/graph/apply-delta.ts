/**
 * Merges a GraphDelta into the embedded store idempotently: what the delta's articles
 * contributed before is replaced (stale edges removed, then nodes left without edges).
 */
import type { GraphDelta, PropValue } from "../types.js";
import { mergeProps } from "../resolve/delta-builder.js";
import { nodeId } from "./schema.js";
import type { EdgeAttributes, NodeAttributes, ZhkgGraph } from "./store-graph.js";

/** Counts of what a merge changed. */
export interface ApplyStats {
  nodesAdded: number;
  edgesAdded: number;
  edgesRemoved: number;
  nodesRemoved: number;
}

/**
 * Node properties merged the way the resolver merges them within a batch: arrays united in
 * the order first seen, scalars kept unless null, so the first article to name a thing keeps
 * its name whatever the batching. Article nodes are the exception: the delta replaces them.
 */
function mergeAttributes(current: NodeAttributes, incoming: Record<string, PropValue>): NodeAttributes {
  const out: NodeAttributes = { ...current };
  mergeProps(out, incoming);
  return out;
}

/**
 * Applies `delta` to `graph` in place. Edges whose `article` is one of `delta.articles` and
 * that the delta does not contain again are removed; nodes other than articles that are left
 * without any edge are removed. Applying the same delta twice changes nothing.
 */
export function applyDelta(graph: ZhkgGraph, delta: GraphDelta): ApplyStats {
  const stats: ApplyStats = { nodesAdded: 0, edgesAdded: 0, edgesRemoved: 0, nodesRemoved: 0 };
  const articles = new Set(delta.articles);
  const fresh = new Set(delta.edges.map((e) => e.key));
  const touched = new Set<string>();
  for (const edge of graph.filterEdges((key, attrs) => articles.has(attrs.article) && !fresh.has(key))) {
    touched.add(graph.source(edge));
    touched.add(graph.target(edge));
    graph.dropEdge(edge);
    stats.edgesRemoved++;
  }
  for (const node of delta.nodes) {
    const id = nodeId(node);
    if (graph.hasNode(id) && node.label !== "Article") {
      graph.replaceNodeAttributes(id, mergeAttributes(graph.getNodeAttributes(id), node.props));
    } else if (graph.hasNode(id)) {
      graph.replaceNodeAttributes(id, { ...node.props, label: node.label, key: node.key } as NodeAttributes);
    } else {
      graph.addNode(id, { ...node.props, label: node.label, key: node.key } as NodeAttributes);
      stats.nodesAdded++;
    }
  }
  for (const edge of delta.edges) {
    const attributes = { ...edge.props, type: edge.type } as EdgeAttributes;
    if (!graph.hasEdge(edge.key)) stats.edgesAdded++;
    graph.mergeEdgeWithKey(edge.key, nodeId(edge.from), nodeId(edge.to), attributes);
  }
  for (const id of touched) {
    if (graph.hasNode(id) && graph.degree(id) === 0 && graph.getNodeAttribute(id, "label") !== "Article") {
      graph.dropNode(id);
      stats.nodesRemoved++;
    }
  }
  return stats;
}
