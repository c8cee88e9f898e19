/** Test helper: turns an embedded store graph into the GraphDelta the Neo4j loader takes, so both backends hold the same graph. */
import { parseNodeId } from "../../src/graph/schema.js";
import type { ZhkgGraph } from "../../src/graph/store-graph.js";
import type { GraphDelta, PropValue } from "../../src/types.js";

/** Every node and edge of `graph`, replacing whatever its articles contributed before. */
export function storeToDelta(graph: ZhkgGraph): GraphDelta {
  const delta: GraphDelta = { articles: [], nodes: [], edges: [] };
  graph.forEachNode((_id, attrs) => {
    const { label, key, ...props } = attrs;
    delta.nodes.push({ label, key, props: props as Record<string, PropValue> });
    if (label === "Article") delta.articles.push(key);
  });
  graph.forEachEdge((edge, attrs, source, target) => {
    const { type, ...props } = attrs;
    delta.edges.push({ type, key: edge, from: parseNodeId(source), to: parseNodeId(target), props: props as Record<string, PropValue> });
  });
  return delta;
}
