/**
 * What `zhkg build` does, as a library call: extraction items in, resolved and merged into
 * the store in batches (each batch resolved against what the store already holds).
 */
import type { Diagnostic, ExtractionRecord } from "../types.js";
import { resolveRecords } from "../resolve/resolve-records.js";
import { applyDelta, type ApplyStats } from "./apply-delta.js";
import { knownEntitiesFromGraph } from "./known-entities-from-graph.js";
import type { ZhkgGraph } from "./store-graph.js";

/** What extractSources (or readRecords) yields: a record to merge or a problem to report. */
export type BuildItem = { kind: "record"; record: ExtractionRecord } | { kind: "diagnostic"; diagnostic: Diagnostic };

/** Articles merged, what changed in the store, and every diagnostic seen. */
export interface BuildResult extends ApplyStats {
  articles: number;
  diagnostics: Diagnostic[];
}

/**
 * Merges every record of `items` into `graph`. Records are resolved `batchSize` at a time so
 * memory stays bounded; building in batches gives the same graph as building all at once.
 */
export async function buildStore(
  graph: ZhkgGraph,
  items: AsyncIterable<BuildItem> | Iterable<BuildItem>,
  options: { home?: string; batchSize?: number; onDiagnostic?: (d: Diagnostic) => void } = {},
): Promise<BuildResult> {
  const result: BuildResult = { articles: 0, diagnostics: [], nodesAdded: 0, edgesAdded: 0, edgesRemoved: 0, nodesRemoved: 0 };
  const batchSize = options.batchSize ?? 500;
  let batch: ExtractionRecord[] = [];
  const flush = () => {
    if (batch.length === 0) return;
    const names = new Set(batch.flatMap((r) => r.entities.filter((e) => e.type === "Person").map((e) => e.name)));
    const stats = applyDelta(graph, resolveRecords(batch, { home: options.home, known: knownEntitiesFromGraph(graph, names) }));
    result.nodesAdded += stats.nodesAdded;
    result.edgesAdded += stats.edgesAdded;
    result.edgesRemoved += stats.edgesRemoved;
    result.nodesRemoved += stats.nodesRemoved;
    result.articles += batch.length;
    batch = [];
  };
  for await (const item of items) {
    if (item.kind === "diagnostic") {
      result.diagnostics.push(item.diagnostic);
      options.onDiagnostic?.(item.diagnostic);
    } else {
      batch.push(item.record);
      if (batch.length >= batchSize) flush();
    }
  }
  flush();
  return result;
}
