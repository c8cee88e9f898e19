/**
 * Test helpers for the extraction core: run recognition or the whole article extraction on a
 * small invented text, with the segmenter set up exactly as the pipeline sets it up.
 */
import type { Article, Entity, ExtractionRecord, Mention } from "../../src/types.js";
import { extractArticle } from "../../src/pipeline/extract-article.js";
import { lexicon, userWords } from "../../src/recognize/lexicon.js";
import { recognize } from "../../src/recognize/recognize.js";
import { addWords, tokenize } from "../../src/tokenize/tokenize.js";

/** The publication date the invented texts are dated with unless a test says otherwise. */
export const PUB_DATE = "2023-05-10";

let ready = false;

/** Mentions of `text` as the pipeline's recognition stage finds them. */
export function mentionsOf(text: string, date: string | null = PUB_DATE): Mention[] {
  if (!ready) {
    // extractArticle adds the dictionary words to the segmenter before its first run; so do we.
    addWords(userWords(lexicon()));
    ready = true;
  }
  return recognize(text, tokenize(text), date);
}

/** An article around `text` with no byline. */
export function articleOf(text: string, date: string | null = PUB_DATE, extra: Partial<Article> = {}): Article {
  return { id: "t1", source: "test.txt", title: null, subtitle: null, reporters: [], correspondents: [], dateline: null, date, text, ...extra };
}

/** The extraction record of an article around `text`. */
export function recordOf(text: string, date: string | null = PUB_DATE, extra: Partial<Article> = {}): ExtractionRecord {
  return extractArticle(articleOf(text, date, extra));
}

/** Entities of one type, by name. */
export function entitiesByName(record: ExtractionRecord, type: Entity["type"]): Map<string, Entity> {
  return new Map(record.entities.filter((e) => e.type === type).map((e) => [e.name, e]));
}

/** Texts of the mentions of one type, in text order. */
export function textsOf(mentions: Mention[], type: Mention["type"]): string[] {
  return mentions.filter((m) => m.type === type).map((m) => m.text);
}
