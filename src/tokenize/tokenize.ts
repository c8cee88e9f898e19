/**
 * Word segmentation with character offsets: the only module that imports nodejieba.
 */
import { createRequire } from "node:module";
import type { Token } from "../types.js";

interface JiebaTag {
  word: string;
  tag: string;
}
interface Jieba {
  tag(text: string): JiebaTag[];
  cut(text: string, hmm?: boolean): string[];
}

const require = createRequire(import.meta.url);
// nodejieba is CommonJS with a native addon; loading it lazily keeps `zhkg --help` fast.
let jieba: Jieba | undefined;
function engine(): Jieba {
  jieba ??= require("nodejieba") as Jieba;
  return jieba;
}

/**
 * Segments `text` into words with part-of-speech tags and [start, end) offsets.
 * nodejieba drops nothing but may normalise nothing either, so offsets are found by walking
 * the text; a word it returns that is not at the cursor (never seen, but cheap to guard)
 * is searched for forward.
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let cursor = 0;
  for (const { word, tag } of engine().tag(text)) {
    if (!word) continue;
    let start = text.startsWith(word, cursor) ? cursor : text.indexOf(word, cursor);
    if (start < 0) continue;
    tokens.push({ text: word, start, end: start + word.length, tag });
    cursor = start + word.length;
  }
  return tokens;
}

/** Plain segmentation, the baseline the benchmark compares the whole pipeline with. */
export function cut(text: string): string[] {
  return engine().cut(text);
}

/**
 * Adds words to the segmenter's dictionary (title heads, organization endings, cue verbs), so
 * that tokens end where the recognition rules expect a boundary. Process-wide, like nodejieba.
 */
export function addWords(words: Iterable<string>): void {
  const insert = (engine() as Jieba & { insertWord(word: string): boolean }).insertWord;
  for (const word of words) insert(word);
}
