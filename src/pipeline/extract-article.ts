/**
 * Extraction of one article: tokenize → recognize → relate → record. A pure function of the
 * article and the read-only dictionaries, so it can run in any worker.
 */
import type { Article, ExtractionRecord } from "../types.js";
import { lexicon, userWords } from "../recognize/lexicon.js";
import { recognize } from "../recognize/recognize.js";
import { buildRecord, type BuildOptions } from "../record/build-record.js";
import { attendance } from "../relate/attendance.js";
import { addWords, tokenize } from "../tokenize/tokenize.js";

let wordsAdded = false;

/** Loads the segmenter's dictionary and adds the lexicon's words to it (once per thread, ~1.3 s). */
export function prepareSegmenter(): void {
  if (wordsAdded) return;
  addWords(userWords(lexicon()));
  wordsAdded = true;
}

/** The extraction record of one article. */
export function extractArticle(article: Article, options: BuildOptions = {}): ExtractionRecord {
  prepareSegmenter();
  const mentions = recognize(article.text, tokenize(article.text), article.date);
  return buildRecord(article, mentions, attendance(article.text, mentions), options);
}
