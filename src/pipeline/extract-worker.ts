/**
 * The worker-thread side of parallel extraction (piscina): extracts one batch of articles per task.
 */
import { workerData } from "piscina";
import type { BuildOptions } from "../record/build-record.js";
import type { Article, ExtractionRecord } from "../types.js";
import { extractArticle, prepareSegmenter } from "./extract-article.js";
import { receiveDictionaries, useDictionaries } from "./shared-dictionaries.js";

/** What the pool gives every worker when it starts. */
export interface ExtractWorkerData {
  /** The BroadcastChannel on which the main thread offers the shared dictionaries. */
  dictionaryChannel: string;
}

// nodejieba's dictionary loads (~1.3 s) while the shared dictionaries are still being built.
prepareSegmenter();
useDictionaries(await receiveDictionaries((workerData as ExtractWorkerData).dictionaryChannel));

export interface BatchTask {
  articles: Article[];
  options: BuildOptions;
}

/** What the worker found in one article (the caller has the article), or the stack of the error it threw. */
export type WorkerResult = Omit<ExtractionRecord, "article"> | { error: string };

/** Piscina task: the entities and relations of each article of the batch, in order. */
export default function extractBatch({ articles, options }: BatchTask): WorkerResult[] {
  return articles.map((article): WorkerResult => {
    try {
      const { entities, relations } = extractArticle(article, options);
      return { entities, relations };
    } catch (err) {
      return { error: (err as Error)?.stack ?? String(err) };
    }
  });
}
