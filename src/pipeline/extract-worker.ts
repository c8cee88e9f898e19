/**
 * The worker-thread side of parallel extraction (piscina): extracts one article per task.
 */
import type { Article, ExtractionRecord } from "../types.js";
import type { BuildOptions } from "../record/build-record.js";
import { extractArticle } from "./extract-article.js";

/** Piscina task: the record of one article. */
export default function extractTask({ article, options }: { article: Article; options: BuildOptions }): ExtractionRecord {
  return extractArticle(article, options);
}
