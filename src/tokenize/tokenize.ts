/**
 * Word segmentation with part-of-speech tags and character offsets: the only module that
 * imports nodejieba.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Token } from "../types.js";
import { untaggedWordTag, WordTags, type WordTagsData } from "./word-tags.js";

interface Jieba {
  cut(text: string, hmm?: boolean): string[];
  insertWord(word: string, tag: string): boolean;
  DEFAULT_DICT: string;
  DEFAULT_USER_DICT: string;
}

const require = createRequire(import.meta.url);
// nodejieba is CommonJS with a native addon; loading it lazily keeps `zhkg --help` fast.
let jieba: Jieba | undefined;
function engine(): Jieba {
  jieba ??= require("nodejieba") as Jieba;
  return jieba;
}

let dictionary: WordTags | undefined;
/** Words added with addWords, whose tags override the dictionary's as insertWord does in nodejieba. */
const addedTags = new Map<string, string>();

/** nodejieba's dictionaries (the main one, then its default user dictionary) as nodejieba loads them. */
function dictionaryTags(): WordTags {
  if (!dictionary) {
    // User-dictionary lines are "word", "word tag" or "word frequency tag".
    const userLines = readFileSync(engine().DEFAULT_USER_DICT, "utf8")
      .split("\n")
      .map((line) => line.trim().split(/\s+/))
      .filter((fields) => fields[0])
      .map((f) => `${f[0]} ${f.length === 3 ? f[1] : 0} ${f.length > 1 ? f[f.length - 1] : ""}`);
    const main = readFileSync(engine().DEFAULT_DICT, "utf8");
    dictionary = WordTags.parse(`${main}${main.endsWith("\n") ? "" : "\n"}${userLines.join("\n")}`);
  }
  return dictionary;
}

/** The arrays of the tag dictionary, built first if need be (for worker threads to share). */
export function wordTagsData(): WordTagsData {
  return dictionaryTags().data;
}

/** Makes this thread look tags up in `data` (from wordTagsData, in shared memory) instead of building its own. */
export function useWordTags(data: WordTagsData): void {
  dictionary = new WordTags(data);
}

/**
 * A word of the segmentation. Its tag is looked up when a rule first reads it: rules read the
 * tags of a few tokens (those at a surname, before a title), and skipping the rest saves a
 * dictionary lookup per word, which also competes for the cache when workers run side by side.
 */
class SegmentedToken implements Token {
  #tag: string | undefined;
  constructor(
    readonly text: string,
    readonly start: number,
    readonly end: number,
    private readonly source: string,
  ) {}

  get tag(): string {
    return (this.#tag ??= wordTag(this.source, this.start, this.end, this.text));
  }
}

/** The tag nodejieba.tag gives the word text[start, end): an added word's, else the dictionary's, else cppjieba's rule. */
function wordTag(text: string, start: number, end: number, word: string): string {
  const added = addedTags.get(word);
  if (added !== undefined) return added;
  const tags = dictionaryTags();
  const k = tags.lookup(text, start, end);
  return (k >= 0 ? tags.tag(k) : "") || untaggedWordTag(word);
}

/**
 * Segments `text` into words with part-of-speech tags and [start, end) offsets: nodejieba's
 * `cut` with its HMM for unknown words (the segmentation `nodejieba.tag` uses), tagged from the
 * dictionaries as `nodejieba.tag` tags them (see WordTags for why not `nodejieba.tag` itself).
 * nodejieba drops nothing but may normalise nothing either, so offsets are found by walking the
 * text; a word it returns that is not at the cursor (never seen, but cheap to guard) is
 * searched for forward.
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let cursor = 0;
  for (const word of engine().cut(text, true)) {
    if (!word) continue;
    const start = text.startsWith(word, cursor) ? cursor : text.indexOf(word, cursor);
    if (start < 0) continue;
    cursor = start + word.length;
    tokens.push(new SegmentedToken(word, start, cursor, text));
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
  for (const [word, tag] of words) {
    engine().insertWord(word, tag);
    addedTags.set(word, tag);
  }
}

/** Frequency in the segmenter's dictionary above which a word counts as common. */
const COMMON_WORD_FREQ = 1000;

/**
 * The tag of `word` if the segmenter's own dictionary lists it as a common word (frequency at
 * least COMMON_WORD_FREQ), else undefined: the gazetteer uses it to keep short place names
 * (义乌) and drop ones that are mostly common words (资源, 和平).
 */
export function commonWordTag(word: string): string | undefined {
  const tags = dictionaryTags();
  const k = tags.lookup(word, 0, word.length);
  return k >= 0 && tags.frequency(k) >= COMMON_WORD_FREQ ? tags.tag(k) : undefined;
}
