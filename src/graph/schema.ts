/**
 * The graph conventions shared by the embedded store, the Neo4j loader, the queries and the
 * exports: node keys, node properties, edge keys and edge properties of a GraphDelta.
 */
import type { EdgeType, NodeLabel, NodeRef } from "../types.js";

/**
 * Schema version stored in the graph attributes (`graph.getAttribute("schema")`).
 *
 * Node keys and properties (`GraphNode.props`; every node also has `name` unless noted):
 * - `Article`: key = article id; props `id, title, subtitle, date, source, textHash`
 *   (textHash = sha256 hex of article.text). No `name`; `title` names it.
 * - `Person`: key `person:<name>@<jurisdiction>` where jurisdiction is the canonical name of
 *   the place their titles point to (`person:张建国@丽水市`), `全国` for national bodies, or the
 *   organization of the title when it names no place. Untitled people who join nobody get
 *   `person:<name>@?<articleId>` (one article only). props `name, titles (string[], every
 *   title seen, sorted), jurisdiction (string|null)`.
 * - `Organization`: key `org:<canonical name>` (`org:义乌市市场监管局`); props `name, aliases
 *   (string[]: every form seen)`.
 * - `Place`: key `place:<adcode>` (6 digits for province/city/county, 9 for towns, 12 for
 *   villages) when resolved, `place:100000` (level `country`) for 中国/我国; `place:?<name>` when not, with `candidates` (adcodes, string[])
 *   and `candidateNames` (full paths). props `name, level (province|city|county|town|village|
 *   null), adcode (string|null), aliases (string[])`.
 * - `Event`: key `event:<normalized name>@<date or ?>`; props `name, date (YYYY-MM-DD|null),
 *   kind (string|null), edition (number, only for numbered series such as 第九届…)`.
 * - `Initiative`: key `initiative:<normalized name>`; props `name`.
 * - `Figure`: key `figure:<articleId>:<start>` (a figure belongs to the sentence it is in);
 *   props `name, text, value, unit, approx`.
 *
 * Edges: key = {@link edgeKey}; props always `article` (article id), `evidence` (the
 * sentence, sliced from article.text; "" for byline facts such as WROTE), `evidenceStart`,
 * `evidenceEnd` (half-open offsets into article.text). Per type:
 * - `ATTENDED` Person→Event: `role`, `order` (0-based position of the person among the
 *   article's people, in the order the text first names them).
 * - `HOLDS_POSITION` Person→Organization|Place: `title` (as written), `asOf` (article date).
 * - `WROTE` Person→Article (reporters and correspondents; `role` = reporter|correspondent).
 * - `REPORTS` Article→Event; `MENTIONS` Article→every entity the article names.
 * - `HELD_IN` Event→Place; `ORGANIZED_BY` Event→Organization; `ADDRESSED` Event|Person→
 *   Initiative; `QUANTIFIES` Figure→Event|Initiative|Organization|Place.
 * - `PART_OF` Place→Place (each link of the adcode chain, e.g. village→town→county→city→
 *   province) and `LOCATED_IN` Organization→Place: these carry the article that caused them
 *   too, so re-loading an article replaces them; traverse with distinct (from, to).
 *
 * The store file (save-store.ts) is graphology JSON (`graph.export()` shape, valid for
 * JSON.parse and `graph.import`) laid out one node or edge per line, sorted by key.
 */
export const SCHEMA_VERSION = "zhkg/1";

/** The graphology node key of a node: `${label}:${key}`. */
export function nodeId(ref: NodeRef): string {
  return `${ref.label}:${ref.key}`;
}

/** Splits a graphology node key back into label and key. */
export function parseNodeId(id: string): NodeRef {
  const colon = id.indexOf(":");
  return { label: id.slice(0, colon) as NodeLabel, key: id.slice(colon + 1) };
}

/**
 * The deterministic edge key:
 * `${type}|${fromLabel}:${fromKey}|${toLabel}:${toKey}|${article}|${role ?? title ?? ""}`.
 */
export function edgeKey(
  type: EdgeType,
  from: NodeRef,
  to: NodeRef,
  article: string,
  qualifier?: string | null,
): string {
  return `${type}|${nodeId(from)}|${nodeId(to)}|${article}|${qualifier ?? ""}`;
}

/** Node labels in the order exports list them. */
export const NODE_LABELS: readonly NodeLabel[] = [
  "Article",
  "Person",
  "Organization",
  "Place",
  "Event",
  "Initiative",
  "Figure",
];

/** Edge types in the order exports list them. */
export const EDGE_TYPES: readonly EdgeType[] = [
  "ATTENDED",
  "HOLDS_POSITION",
  "WROTE",
  "REPORTS",
  "MENTIONS",
  "HELD_IN",
  "ORGANIZED_BY",
  "ADDRESSED",
  "QUANTIFIES",
  "PART_OF",
  "LOCATED_IN",
];
