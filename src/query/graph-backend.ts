/**
 * The read-only surface the CLI and the HTTP server use, with one implementation over the
 * embedded store and one over Neo4j: canned queries, name search, a node, a neighbourhood.
 */
import type { NodeLabel } from "../types.js";
import type { Cell, QueryResult } from "./query-types.js";

/** A node as the API shows it: `id` is the graphology node key `${label}:${key}`. */
export interface ViewNode {
  id: string;
  label: NodeLabel;
  key: string;
  name: string;
  props: Record<string, Cell>;
}

/** An edge as the API shows it: `id` is the schema's deterministic edge key. */
export interface ViewEdge {
  id: string;
  type: string;
  source: string;
  target: string;
  props: Record<string, Cell>;
}

/** A subgraph: what the network view draws and what export writes. */
export interface GraphView {
  nodes: ViewNode[];
  edges: ViewEdge[];
  /** True when the node cap cut the neighbourhood short. */
  truncated: boolean;
}

/** A node with the edges that touch it, each with the node at its other end. */
export interface NodeDetail {
  node: ViewNode;
  edges: Array<{ edge: ViewEdge; direction: "out" | "in"; other: ViewNode }>;
}

/** One fact an article supports: the relation, its two ends and the sentence it was read from. */
export interface EvidenceItem {
  type: string;
  source: ViewNode;
  target: ViewNode;
  props: Record<string, Cell>;
}

export interface SearchOptions {
  /** Labels to search; all when empty. */
  types: NodeLabel[];
  limit: number;
}

export interface NeighbourhoodOptions {
  depth: number;
  /** Stop adding nodes past this many. */
  maxNodes: number;
  /** Leave out events (and what only they reach) outside [from, to]. */
  from: string | null;
  to: string | null;
  timeoutMs: number;
}

export interface GraphBackend {
  readonly kind: "embedded" | "neo4j";
  /** Runs a canned query by name with raw string parameters. */
  query(name: string, raw: Record<string, string | undefined>, timeoutMs?: number): Promise<QueryResult>;
  /** Nodes whose name (or key) contains `text`, exact matches first. */
  search(text: string, options: SearchOptions): Promise<ViewNode[]>;
  /** The node with graphology key `id`, or null. */
  node(id: string): Promise<NodeDetail | null>;
  /** Every relation whose `article` is `articleId`, in text order of its evidence (sentence offsets). */
  evidence(articleId: string, timeoutMs: number): Promise<EvidenceItem[]>;
  /** Nodes within `depth` hops of `id` (articles left out), with the edges among them. */
  neighbourhood(id: string, options: NeighbourhoodOptions): Promise<GraphView>;
  close(): Promise<void>;
}

/** Orders evidence by where its sentence starts in the article, then by relation type and ends. */
export function sortEvidence(items: EvidenceItem[]): EvidenceItem[] {
  const start = (e: EvidenceItem) => (typeof e.props.evidenceStart === "number" ? e.props.evidenceStart : Number.MAX_SAFE_INTEGER);
  const key = (e: EvidenceItem) => `${e.type}|${e.source.id}|${e.target.id}|${String(e.props.role ?? e.props.title ?? "")}`;
  return [...items].sort((a, b) => start(a) - start(b) || (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}

/** Edge types that go through articles; neighbourhoods skip them or every node links to every other. */
export const ARTICLE_EDGE_TYPES: readonly string[] = ["MENTIONS", "REPORTS", "WROTE"];
