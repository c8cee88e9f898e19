/**
 * Small scanning helpers shared by the rules: find every occurrence of a set of words,
 * longest first at each offset, and split text into sentences with offsets.
 */
import type { Span } from "../types.js";

/** Words grouped by first character, longest first: built once per word list. */
export type WordIndex = ReadonlyMap<string, readonly string[]>;

const indexes = new WeakMap<object, WordIndex>();

/**
 * The index of `words`, cached per list object: rules pass the same lexicon collections for
 * every article, so the index is built once per process.
 */
export function wordIndex(words: Iterable<string> | ReadonlyMap<string, unknown>): WordIndex {
  const cached = indexes.get(words);
  if (cached) return cached;
  const byFirst = new Map<string, string[]>();
  for (const w of words instanceof Map ? words.keys() : (words as Iterable<string>)) {
    if (!w) continue;
    const list = byFirst.get(w[0]!) ?? [];
    list.push(w);
    byFirst.set(w[0]!, list);
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.length - a.length);
  indexes.set(words, byFirst);
  return byFirst;
}

/** The longest of the indexed words that starts at offset `i`, if any. */
export function wordAt(text: string, i: number, index: WordIndex): string | undefined {
  return index.get(text[i]!)?.find((w) => text.startsWith(w, i));
}

/** Every (start, word) where one of the words (longest first) occurs, without overlaps. */
export function findWords(text: string, words: Iterable<string> | ReadonlyMap<string, unknown>): { start: number; word: string }[] {
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

const SENTENCE_END = /[。！？!?；;\n]/;
const CLOSERS = /[”’」』）)]/;

/** Sentences as spans: ends at 。！？； or a line break, closing quotes kept with them. */
export function sentences(text: string): Span[] {
  const out: Span[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    if (!SENTENCE_END.test(text[i]!)) continue;
    let end = i + 1;
    while (end < text.length && CLOSERS.test(text[end]!)) end++;
    if (text.slice(start, end).trim()) out.push({ start, end });
    start = end;
    i = end - 1;
  }
  if (text.slice(start).trim()) out.push({ start, end: text.length });
  return out;
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
