/**
 * Collects nodes and edges into a GraphDelta, merging repeats by key: array properties
 * are united in the order first seen (titles, aliases), other properties keep the first
 * non-null value.
 */
import type { EdgeType, GraphDelta, GraphEdge, GraphNode, NodeRef, PropValue } from "../types.js";
import { edgeKey } from "../graph/schema.js";

/** Merges `incoming` properties into `target` in place (arrays united in first-seen order). */
export function mergeProps(target: Record<string, PropValue>, incoming: Record<string, PropValue>): void {
  for (const [name, value] of Object.entries(incoming)) {
    const current = target[name];
    if (Array.isArray(current) && Array.isArray(value)) {
      target[name] = [...new Set<string | number>([...current, ...value])] as PropValue;
    } else if (current === undefined || current === null) target[name] = value;
  }
}

/** Accumulates one resolution run's nodes and edges; `build()` gives the GraphDelta. */
export class DeltaBuilder {
  private readonly nodes = new Map<string, GraphNode>();
  private readonly edges = new Map<string, GraphEdge>();

  /** Adds or merges a node and returns its reference. */
  node(label: GraphNode["label"], key: string, props: Record<string, PropValue>): NodeRef {
    const id = `${label}:${key}`;
    const existing = this.nodes.get(id);
    if (existing) mergeProps(existing.props, props);
    else this.nodes.set(id, { label, key, props: { ...props } });
    return { label, key };
  }

  /** Adds an edge with its deterministic key; a repeat keeps the first one's properties. */
  edge(type: EdgeType, from: NodeRef, to: NodeRef, props: Record<string, PropValue> & { article: string }, qualifier?: string | null): void {
    const key = edgeKey(type, from, to, props.article, qualifier);
    if (!this.edges.has(key)) this.edges.set(key, { type, key, from, to, props });
  }

  /** The delta, nodes and edges sorted by key so equal input gives byte-equal output. */
  build(articles: string[]): GraphDelta {
    const byId = <T extends { key: string }>(a: [string, T], b: [string, T]) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);
    return {
      articles: [...articles],
      nodes: [...this.nodes.entries()].sort(byId).map(([, n]) => n),
      edges: [...this.edges.entries()].sort(byId).map(([, e]) => e),
    };
  }
}
