/**
 * Word segmentation with character offsets: the only module that imports nodejieba.
 */
import { readFileSync } from "node:fs";
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
 * Adds words with their part-of-speech tag to the segmenter's dictionary (title heads,
 * organization endings, cue verbs), so that tokens end where the recognition rules expect a
 * boundary. The tag matters: nodejieba tags an inserted word "x" unless told, and rules read
 * tags. Process-wide, like nodejieba.
 */
export function addWords(words: Iterable<readonly [word: string, tag: string]>): void {
  const insert = (engine() as Jieba & { insertWord(word: string, tag: string): boolean }).insertWord;
  for (const [word, tag] of words) insert(word, tag);
}

let common: Map<string, string> | undefined;

/** Frequency in the segmenter's dictionary above which a word counts as common. */
const COMMON_WORD_FREQ = 1000;

/**
 * The tag of `word` if the segmenter's own dictionary lists it as a common word (frequency at
 * least COMMON_WORD_FREQ), else undefined: the gazetteer uses it to keep short place names
 * (义乌) and drop ones that are mostly common words (资源, 和平). Only the common entries are
 * kept in memory.
 */
export function commonWordTag(word: string): string | undefined {
  if (!common) {
    common = new Map();
    const path = (engine() as Jieba & { DEFAULT_DICT: string }).DEFAULT_DICT;
    for (const line of readFileSync(path, "utf8").split("\n")) {
      const a = line.indexOf(" ");
      const b = line.indexOf(" ", a + 1);
      if (a > 0 && b > a && Number(line.slice(a + 1, b)) >= COMMON_WORD_FREQ) common.set(line.slice(0, a), line.slice(b + 1));
    }
  }
  return common.get(word);
}
