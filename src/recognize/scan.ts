/**
 * Small scanning helpers shared by the rules: find every occurrence of a set of words,
 * longest first at each offset, and split text into sentences and clauses with offsets.
 */
import type { Span } from "../types.js";

/**
 * Words grouped by the code of their first character, longest first: built once per word list.
 * Rules ask at every offset of every article, so the common answer (no word starts with this
 * character) comes from a flag per UTF-16 code without a Map lookup or a one-character string.
 */
export interface WordIndex {
  /** 1 at the codes some word starts (or, for an end index, ends) with. */
  readonly flags: Uint8Array;
  readonly byChar: ReadonlyMap<number, readonly string[]>;
}

type WordList = Iterable<string> | ReadonlyMap<string, unknown>;

/** `words` grouped by the code of their first or last character, in the list's order. */
function groupWords(words: WordList, by: "first" | "last"): { flags: Uint8Array; byChar: Map<number, string[]> } {
  const byChar = new Map<number, string[]>();
  const flags = new Uint8Array(0x10000);
  for (const w of words instanceof Map ? words.keys() : (words as Iterable<string>)) {
    if (!w) continue;
    const code = w.charCodeAt(by === "first" ? 0 : w.length - 1);
    flags[code] = 1;
    const list = byChar.get(code) ?? [];
    list.push(w);
    byChar.set(code, list);
  }
  return { flags, byChar };
}

const indexes = new WeakMap<object, WordIndex>();

/**
 * The index of `words`, cached per list object: rules pass the same lexicon collections for
 * every article, so the index is built once per process.
 */
export function wordIndex(words: WordList): WordIndex {
  const cached = indexes.get(words);
  if (cached) return cached;
  const index = groupWords(words, "first");
  for (const list of index.byChar.values()) list.sort((a, b) => b.length - a.length);
  indexes.set(words, index);
  return index;
}

/** The longest of the indexed words that starts at offset `i`, if any. */
export function wordAt(text: string, i: number, index: WordIndex): string | undefined {
  const first = text.charCodeAt(i);
  if (!index.flags[first]) return undefined;
  for (const w of index.byChar.get(first)!) if (text.startsWith(w, i)) return w;
  return undefined;
}

const endIndexes = new WeakMap<object, WordIndex>();

/** Like wordIndex, by last character, keeping the list's order: for asking which word ends at an offset. */
function endIndex(words: WordList): WordIndex {
  let index = endIndexes.get(words);
  if (!index) {
    index = groupWords(words, "last");
    endIndexes.set(words, index);
  }
  return index;
}

/**
 * The first of `words` (in their own order) that ends at offset `end` and is at most
 * `maxLength` long, if any.
 */
export function wordEndingAt(text: string, end: number, words: WordList, maxLength = Infinity): string | undefined {
  const index = endIndex(words);
  const last = text.charCodeAt(end - 1);
  if (!index.flags[last]) return undefined;
  for (const w of index.byChar.get(last)!) if (w.length <= maxLength && text.endsWith(w, end)) return w;
  return undefined;
}

/** Every (start, word) where one of the words (longest first) occurs, without overlaps. */
export function findWords(text: string, words: WordList): { start: number; word: string }[] {
  const index = wordIndex(words);
  const out: { start: number; word: string }[] = [];
  for (let i = 0; i < text.length; i++) {
    const word = wordAt(text, i, index);
    if (!word) continue;
    out.push({ start: i, word });
    i += word.length - 1;
  }
  return out;
}

/** A flag per UTF-16 code, set for the characters of `chars`: the cheapest test in a loop over a text. */
export function charFlags(chars: string): Uint8Array {
  const flags = new Uint8Array(0x10000);
  for (let i = 0; i < chars.length; i++) flags[chars.charCodeAt(i)] = 1;
  return flags;
}

const SENTENCE_END = charFlags("。！？!?；;\n");
const CLOSERS = charFlags("”’」』）)");
const NOT_SPACE = /\S/g;

/** Sentences as spans: ends at 。！？； or a line break, closing quotes kept with them. */
export function sentences(text: string): Span[] {
  const out: Span[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    if (!SENTENCE_END[text.charCodeAt(i)]) continue;
    let end = i + 1;
    while (end < text.length && CLOSERS[text.charCodeAt(end)]) end++;
    if (hasContent(text, start, end)) out.push({ start, end });
    start = end;
    i = end - 1;
  }
  if (hasContent(text, start, text.length)) out.push({ start, end: text.length });
  return out;
}

const CLAUSE_BREAK = charFlags("，。；！？\n");

/** The text of the clause before offset `at`: back to a comma, a sentence end or a line break. */
export function clauseBefore(text: string, at: number): string {
  let from = at;
  while (from > 0 && !CLAUSE_BREAK[text.charCodeAt(from - 1)]) from--;
  return text.slice(from, at);
}

/** True when text[start, end) holds more than white space. */
function hasContent(text: string, start: number, end: number): boolean {
  NOT_SPACE.lastIndex = start;
  const found = NOT_SPACE.exec(text);
  return !!found && found.index < end;
}

/** The span among `spans` (sorted, disjoint) that contains offset `i`. */
export function spanAt<T extends Span>(spans: readonly T[], i: number): T | undefined {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = spans[mid]!;
    if (i < s.start) hi = mid - 1;
    else if (i >= s.end) lo = mid + 1;
    else return s;
  }
  return undefined;
}
