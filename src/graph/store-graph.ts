/** The type of the embedded store and a constructor for an empty one with the schema mark. */
import graphology from "graphology";
import type { MultiDirectedGraph } from "graphology";
import type { EdgeType, NodeLabel, PropValue } from "../types.js";
import { SCHEMA_VERSION } from "./schema.js";

export type NodeAttributes = { label: NodeLabel; key: string } & Record<string, PropValue>;
export type EdgeAttributes = { type: EdgeType; article: string } & Record<string, PropValue>;
export type GraphAttributes = { schema: string };

/** The embedded store: node key `${label}:${key}`, edge key = GraphEdge.key. */
export type ZhkgGraph = MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>;

/** A new, empty store graph marked with the schema version. */
export function createStoreGraph(): ZhkgGraph {
  const graph: ZhkgGraph = new graphology.MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>();
  graph.setAttribute("schema", SCHEMA_VERSION);
  return graph;
}
