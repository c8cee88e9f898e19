/**
 * Where articles are extracted: in this thread, or in a pool of worker threads (piscina) when
 * more than one worker is asked for. Both hand back a promise per article, so callers keep
 * input order by awaiting them in turn.
 */
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { Piscina } from "piscina";
import { ConfigError } from "../errors.js";
import type { BuildOptions } from "../record/build-record.js";
import type { Article, ExtractionRecord } from "../types.js";
import { extractArticle } from "./extract-article.js";

export interface ArticleExtractor {
  extract(article: Article): Promise<ExtractionRecord>;
  /** How many extractions may be in flight before the caller should wait for the oldest. */
  readonly window: number;
  close(): Promise<void>;
}

// Worker threads load plain JavaScript: from the compiled dist/ tree even when this module
// runs from TypeScript sources (under vitest), so `npm run build` must have run.
function workerFile(): string {
  const here = fileURLToPath(import.meta.url);
  return here.endsWith(".ts")
    ? here.replace(/([\\/])src([\\/]pipeline[\\/])article-extractor\.ts$/, "$1dist$2extract-worker.js")
    : here.replace(/article-extractor\.js$/, "extract-worker.js");
}

/** The default number of workers: one per core. */
export function defaultWorkers(): number {
  return availableParallelism();
}

/** An extractor with `workers` threads (1 = this thread, no pool). */
export function articleExtractor(workers: number, options: BuildOptions): ArticleExtractor {
  if (!Number.isInteger(workers) || workers < 1) throw new ConfigError(`workers must be a positive integer, got ${workers}`);
  if (workers === 1) {
    return { extract: async (article) => extractArticle(article, options), window: 1, close: async () => {} };
  }
  const filename = workerFile();
  // Each worker builds its own dictionaries once (about a second); after that tasks are small,
  // so a short queue per worker keeps every core busy without holding much text in memory.
  const pool = new Piscina({ filename, minThreads: workers, maxThreads: workers, idleTimeout: 60_000 });
  return {
    extract: (article) => pool.run({ article, options }) as Promise<ExtractionRecord>,
    window: workers * 8,
    close: () => pool.destroy(),
  };
}
