/**
 * What `zhkg load` does, as a library call: extraction items in, resolved a batch of articles
 * at a time and loaded into Neo4j with loadDelta; diagnostics passed on, counts added up.
 */
import { resolveRecords } from "../resolve/resolve-records.js";
import type { Diagnostic, EdgeType, ExtractionRecord, GraphDelta, NodeLabel } from "../types.js";
import type { Neo4jClient } from "./connect.js";
import { knownEntitiesFromNeo4j } from "./known-entities-from-neo4j.js";
import { HOME_PROPERTY, RECORD_PROPERTY, relatedRecords } from "./related-records.js";
import { loadDelta, type LoadProgress } from "./load-delta.js";

export type LoadItem = { kind: "record"; record: ExtractionRecord } | { kind: "diagnostic"; diagnostic: Diagnostic };

export interface LoadRecordsOptions {
  /** The paper's home place (`义乌市`), passed to the resolver. */
  home?: string;
  /** Articles resolved and loaded together (default 500): bounds memory on large inputs. */
  articlesPerDelta?: number;
  /** Rows per write transaction (default DEFAULT_BATCH_SIZE of load-delta). */
  batchSize?: number;
  onDiagnostic?: (diagnostic: Diagnostic) => void;
  onProgress?: (progress: LoadProgress & { articles: number }) => void;
}

export interface LoadRecordsResult {
  articles: number;
  /** Stored articles resolved again with the input because they share a person's name with it. */
  related: number;
  /** Node and relationship rows written per label and type (merged: existing ones count too). */
  nodes: Partial<Record<NodeLabel, number>>;
  relationships: Partial<Record<EdgeType, number>>;
  removedRelationships: number;
  removedNodes: number;
  diagnostics: Diagnostic[];
}

/**
 * Resolves and loads every record of `items` into Neo4j through `client`. Idempotent: running
 * it again on the same input (after an interruption, say) leaves the graph a single run leaves.
 */
export async function loadRecords(
  client: Neo4jClient,
  items: AsyncIterable<LoadItem> | Iterable<LoadItem>,
  options: LoadRecordsOptions = {},
): Promise<LoadRecordsResult> {
  const result: LoadRecordsResult = { articles: 0, related: 0, nodes: {}, relationships: {}, removedRelationships: 0, removedNodes: 0, diagnostics: [] };
  const perDelta = Math.max(1, options.articlesPerDelta ?? 500);
  let batch: ExtractionRecord[] = [];
  let schema = true;
  const flush = async () => {
    if (batch.length === 0) return;
    // Stored articles of the same home sharing a person's name are resolved again with the batch
    // (in article id order, whatever the input order), and the rest of the graph is known by key,
    // so loading A then B joins people and events as loading A and B together does.
    const ids = new Set(batch.map((r) => r.article.id));
    const related = (await relatedRecords(client, batch, options.home)).filter((r) => !ids.has(r.article.id));
    const records = [...batch, ...related].sort((a, b) => (a.article.id < b.article.id ? -1 : a.article.id > b.article.id ? 1 : 0));
    const delta = resolveRecords(records, { home: options.home, known: await knownEntitiesFromNeo4j(client, records) });
    keepRecords(delta, records, options.home);
    result.related += related.length;
    const articles = result.articles + batch.length;
    const summary = await loadDelta(client, delta, {
      batchSize: options.batchSize,
      schema,
      onProgress: options.onProgress ? (p) => options.onProgress?.({ ...p, articles }) : undefined,
    });
    schema = false;
    add(result.nodes, summary.nodes);
    add(result.relationships, summary.relationships);
    result.removedRelationships += summary.removedRelationships;
    result.removedNodes += summary.removedNodes;
    for (const d of summary.diagnostics) report(d);
    result.articles = articles;
    batch = [];
  };
  const report = (d: Diagnostic) => {
    result.diagnostics.push(d);
    options.onDiagnostic?.(d);
  };
  for await (const item of items) {
    if (item.kind === "diagnostic") report(item.diagnostic);
    else {
      batch.push(item.record);
      if (batch.length >= perDelta) await flush();
    }
  }
  await flush();
  return result;
}

function add<K extends string>(total: Partial<Record<K, number>>, part: Partial<Record<K, number>>): void {
  for (const [key, n] of Object.entries(part) as Array<[K, number]>) total[key] = (total[key] ?? 0) + n;
}

/** Stores each article's record and home on its Article node, for the re-resolution of later loads. */
function keepRecords(delta: GraphDelta, records: ExtractionRecord[], home: string | undefined): void {
  const byId = new Map(records.map((r) => [r.article.id, r]));
  for (const node of delta.nodes) {
    const record = node.label === "Article" ? byId.get(node.key) : undefined;
    if (!record) continue;
    node.props[RECORD_PROPERTY] = JSON.stringify(record);
    node.props[HOME_PROPERTY] = home ?? null;
  }
}
