/**
 * The GraphBackend over Neo4j: canned queries from cypher/queries/, search, node and
 * neighbourhood look-ups as fixed parameterized Cypher, all through a CypherRunner.
 */
import { edgeKey, NODE_LABELS, nodeId, parseNodeId } from "../graph/schema.js";
import type { EdgeType, NodeLabel, NodeRef } from "../types.js";
import type { CypherRunner } from "./cypher-runner.js";
import { rankHits } from "./embedded-backend.js";
import { toCell } from "./finish-rows.js";
import {
  ARTICLE_EDGE_TYPES,
  type GraphBackend,
  type NodeDetail,
  sortEvidence,
  type ViewEdge,
  type ViewNode,
} from "./graph-backend.js";
import type { Cell } from "./query-types.js";
import { QueryTimeoutError } from "./query-timeout-error.js";
import { DEFAULT_QUERY_TIMEOUT_MS } from "./run-embedded-query.js";
import { runNeo4jQuery } from "./run-neo4j-query.js";

/** Neo4j keeps an Article's key in `id`, every other node's in `key`. */
const keyProp = (label: NodeLabel) => (label === "Article" ? "id" : "key");

/**
 * `CALL () { … }` yielding `n` for every node whose key is in `$refs[label]`: one branch per
 * label so each uses its label's key index; labels come from the schema, never from input.
 */
const MATCH_REFS = `CALL () {
${NODE_LABELS.map((l) => `  MATCH (n:${l}) WHERE n.${keyProp(l)} IN coalesce($refs.${l}, []) RETURN n`).join("\n  UNION\n")}
}`;

const NODE_FIELDS = "head(labels(n)) AS label, properties(n) AS props";

const EXPAND = `${MATCH_REFS}
MATCH (n)-[r]-(m)
WHERE NOT type(r) IN $skip AND ($articles OR NOT m:Article)
RETURN head(labels(n)) AS nLabel, properties(n) AS nProps, type(r) AS type, startNode(r) = n AS out,
       properties(r) AS rProps, head(labels(m)) AS mLabel, properties(m) AS mProps
LIMIT toInteger($cap)`;

const EVIDENCE = `MATCH (s)-[r]->(t)
WHERE r.article = $article AND NOT type(r) IN $skip
RETURN type(r) AS type, head(labels(s)) AS sLabel, properties(s) AS sProps, properties(r) AS rProps,
       head(labels(t)) AS tLabel, properties(t) AS tProps`;

const SEARCH = `MATCH (n)
WHERE (size($types) = 0 OR head(labels(n)) IN $types)
  AND (coalesce(n.name, n.text, n.title, '') CONTAINS $q OR coalesce(n.key, n.id, '') CONTAINS $q)
RETURN ${NODE_FIELDS}
LIMIT toInteger($cap)`;

/** Most rows one expansion may return: a guard against a hub node flooding the page. */
const EXPANSION_CAP = 5000;

/** A backend answering through `runner`; `close` runs `onClose` (closing the driver is its owner's job). */
export function neo4jBackend(runner: CypherRunner, onClose: () => Promise<void> = async () => {}): GraphBackend {
  return {
    kind: "neo4j",
    query(name, raw, timeoutMs = DEFAULT_QUERY_TIMEOUT_MS) {
      return runNeo4jQuery(runner, name, raw, timeoutMs);
    },
    async search(text, options) {
      const rows = await runner.read(SEARCH, { q: text, types: options.types, cap: 2000 }, DEFAULT_QUERY_TIMEOUT_MS);
      return rankHits(rows.map((r) => toView(r.label, r.props)), text).slice(0, options.limit);
    },
    node: (id) => nodeDetail(runner, id),
    async evidence(articleId, timeoutMs) {
      const rows = await runner.read(EVIDENCE, { article: articleId, skip: ARTICLE_EDGE_TYPES }, timeoutMs);
      return sortEvidence(
        rows.map((r) => ({ type: String(r.type), source: toView(r.sLabel, r.sProps), target: toView(r.tLabel, r.tProps), props: cells(r.rProps) })),
      );
    },
    async neighbourhood(id, options) {
      const end = Date.now() + options.timeoutMs;
      const remaining = () => {
        const left = end - Date.now();
        if (left <= 0) throw new QueryTimeoutError("neighbourhood", options.timeoutMs);
        return left;
      };
      const centre = await nodeDetail(runner, id);
      if (!centre) return { nodes: [], edges: [], truncated: false };
      const seen = new Map<string, ViewNode>([[id, centre.node]]);
      const keep = (n: ViewNode) => n.label !== "Article" && inDates(n, options.from, options.to);
      let truncated = false;
      let frontier: ViewNode[] = [centre.node];
      for (let depth = 0; depth < options.depth && frontier.length > 0 && !truncated; depth += 1) {
        const next: ViewNode[] = [];
        for (const row of await expand(runner, frontier, false, remaining())) {
          if (seen.has(row.other.id) || !keep(row.other)) continue;
          if (seen.size >= options.maxNodes) {
            truncated = true;
            break;
          }
          seen.set(row.other.id, row.other);
          next.push(row.other);
        }
        frontier = next;
      }
      const edges = new Map<string, ViewEdge>();
      for (const row of await expand(runner, [...seen.values()], false, remaining())) {
        if (seen.has(row.edge.source) && seen.has(row.edge.target)) edges.set(row.edge.id, row.edge);
      }
      const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
      return { nodes: [...seen.values()].sort(byId), edges: [...edges.values()].sort(byId), truncated };
    },
    close: onClose,
  };
}

/** The node with graphology key `id` and every edge around it, articles included. */
async function nodeDetail(runner: CypherRunner, id: string): Promise<NodeDetail | null> {
  const ref = parseNodeId(id);
  if (!NODE_LABELS.includes(ref.label)) return null;
  const rows = await expand(runner, [ref], true, DEFAULT_QUERY_TIMEOUT_MS);
  if (rows.length === 0) return lonelyNode(runner, ref);
  const edges: NodeDetail["edges"] = rows.map((r) => ({ edge: r.edge, direction: r.out ? "out" : "in", other: r.other }));
  edges.sort((a, b) => (a.edge.id < b.edge.id ? -1 : a.edge.id > b.edge.id ? 1 : 0));
  return { node: rows[0]!.node, edges };
}

interface Expansion {
  node: ViewNode;
  other: ViewNode;
  edge: ViewEdge;
  out: boolean;
}

/** Every edge around `nodes` with the node at its other end (articles only when `articles`). */
async function expand(runner: CypherRunner, nodes: NodeRef[], articles: boolean, timeoutMs: number): Promise<Expansion[]> {
  const refs: Partial<Record<NodeLabel, string[]>> = {};
  for (const n of nodes) (refs[n.label] ??= []).push(n.key);
  const rows = await runner.read(
    EXPAND,
    { refs, skip: articles ? [] : ARTICLE_EDGE_TYPES, articles, cap: EXPANSION_CAP },
    timeoutMs,
  );
  return rows.map((r) => {
    const node = toView(r.nLabel, r.nProps);
    const other = toView(r.mLabel, r.mProps);
    const out = r.out === true;
    const [source, target] = out ? [node, other] : [other, node];
    const props = cells(r.rProps);
    const type = String(r.type) as EdgeType;
    const qualifier = typeof props.role === "string" ? props.role : typeof props.title === "string" ? props.title : null;
    const id = edgeKey(type, source, target, String(props.article ?? ""), qualifier);
    return { node, other, out, edge: { id, type, source: source.id, target: target.id, props } };
  });
}

async function lonelyNode(runner: CypherRunner, ref: NodeRef): Promise<NodeDetail | null> {
  const rows = await runner.read(`${MATCH_REFS}\nRETURN ${NODE_FIELDS}`, { refs: { [ref.label]: [ref.key] } }, DEFAULT_QUERY_TIMEOUT_MS);
  const row = rows[0];
  return row ? { node: toView(row.label, row.props), edges: [] } : null;
}

function toView(labelValue: unknown, propsValue: unknown): ViewNode {
  const label = String(labelValue) as NodeLabel;
  const props = cells(propsValue);
  const key = String(props[keyProp(label)] ?? "");
  const name = [props.name, props.text, props.title].find((v): v is string => typeof v === "string") ?? key;
  return { id: nodeId({ label, key }), label, key, name, props: { key, ...props } };
}

function cells(value: unknown): Record<string, Cell> {
  const out: Record<string, Cell> = {};
  if (value && typeof value === "object") for (const [k, v] of Object.entries(value)) out[k] = toCell(v);
  return out;
}

function inDates(n: ViewNode, from: string | null, to: string | null): boolean {
  const date = n.props.date;
  if (n.label !== "Event" || typeof date !== "string") return true;
  return (from === null || date >= from) && (to === null || date <= to);
}
