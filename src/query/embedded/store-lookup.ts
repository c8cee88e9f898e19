/**
 * Small reads of the embedded store shared by the embedded queries: finding nodes by
 * name or key, an attribute as a plain value, and the edges of one type around a node.
 */
import type { EdgeType, NodeLabel } from "../../types.js";
import type { StoreEdgeAttributes, StoreGraph, StoreNodeAttributes } from "../query-types.js";

/** Node ids of label `label` whose key (Article: id) or name equals `ref`. */
export function findNodes(graph: StoreGraph, label: NodeLabel, ref: string): string[] {
  const direct = `${label}:${ref}`;
  const found = new Set<string>();
  if (graph.hasNode(direct)) found.add(direct);
  graph.forEachNode((id, attrs) => {
    if (attrs.label === label && attrs.name === ref) found.add(id);
  });
  return [...found];
}

/** A string property of a node or edge, or null when absent. */
export function str(attrs: StoreNodeAttributes | StoreEdgeAttributes, prop: string): string | null {
  const v = attrs[prop];
  return typeof v === "string" ? v : null;
}

/** A node's display name: name, else a figure's text, else an article's title, else its key. */
export function displayName(attrs: StoreNodeAttributes): string {
  return str(attrs, "name") ?? str(attrs, "text") ?? str(attrs, "title") ?? attrs.key;
}

export interface EdgeVisit {
  edge: string;
  attrs: StoreEdgeAttributes;
  /** The node at the other end. */
  other: string;
  otherAttrs: StoreNodeAttributes;
}

/** Edges of `type` leaving (`out`) or entering (`in`) `node`, with the node at the other end. */
export function edgesOf(graph: StoreGraph, node: string, type: EdgeType, direction: "out" | "in"): EdgeVisit[] {
  const visits: EdgeVisit[] = [];
  const each = direction === "out" ? graph.forEachOutEdge.bind(graph) : graph.forEachInEdge.bind(graph);
  each(node, (edge, attrs, source, target, sourceAttrs, targetAttrs) => {
    if (attrs.type !== type) return;
    const outward = direction === "out";
    visits.push({ edge, attrs, other: outward ? target : source, otherAttrs: outward ? targetAttrs : sourceAttrs });
  });
  return visits;
}

/** True when `date` falls in [from, to] (either bound may be null); a missing date fails any bound. */
export function inRange(date: string | null, from: string | number | null, to: string | number | null): boolean {
  if (from === null && to === null) return true;
  if (date === null) return false;
  return (from === null || date >= String(from)) && (to === null || date <= String(to));
}
