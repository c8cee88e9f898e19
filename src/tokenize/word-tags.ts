/**
 * The part-of-speech tag nodejieba's dictionary gives a word, looked up in JavaScript.
 *
 * Why: `nodejieba.tag` costs twice `nodejieba.cut` with the same segmentation (measured on the
 * benchmark corpus: 0.52 s against 0.25 s for 2 MB), because it looks every word up again in
 * C++ and builds one object per word through N-API. Cutting and then looking the tags up here,
 * on the article text without slicing it, gives the same tags (a test compares them) for
 * about a tenth of that cost. The 349k dictionary words live in one string plus typed arrays
 * (a few MB per worker, against ~25 MB for a Map of strings).
 */

/** A dictionary entry as nodejieba reads it: word, frequency (0 when not given), tag ("" when not given). */
export type DictionaryEntry = readonly [word: string, frequency: number, tag: string];

/** Dictionary words hashed for lookups by (text, start, end); a later duplicate wins, as in nodejieba's trie. */
export class WordTags {
  private readonly chars: string;
  private readonly offsets: Uint32Array;
  private readonly lengths: Uint16Array;
  private readonly tagIds: Uint8Array;
  private readonly frequencies: Float64Array;
  private readonly slots: Int32Array;
  private readonly mask: number;
  private readonly tagNames: string[] = [];

  constructor(entries: Iterable<DictionaryEntry>) {
    const words: string[] = [];
    const tags: number[] = [];
    const freqs: number[] = [];
    const tagIdOf = new Map<string, number>();
    for (const [word, frequency, tag] of entries) {
      if (!word || word.length > 0xffff) continue;
      let id = tagIdOf.get(tag);
      if (id === undefined) {
        id = this.tagNames.length;
        this.tagNames.push(tag);
        tagIdOf.set(tag, id);
      }
      words.push(word);
      tags.push(id);
      freqs.push(frequency);
    }
    this.chars = words.join("");
    this.offsets = new Uint32Array(words.length);
    this.lengths = new Uint16Array(words.length);
    this.tagIds = Uint8Array.from(tags);
    this.frequencies = Float64Array.from(freqs);
    let capacity = 1;
    while (capacity < words.length * 2) capacity <<= 1;
    this.slots = new Int32Array(capacity).fill(-1);
    this.mask = capacity - 1;
    let offset = 0;
    words.forEach((word, k) => {
      this.offsets[k] = offset;
      this.lengths[k] = word.length;
      offset += word.length;
      this.slots[this.find(this.chars, this.offsets[k]!, offset)] = k;
    });
  }

  /** The entry of text[start, end), or -1 when it is not a dictionary word. */
  lookup(text: string, start: number, end: number): number {
    return this.slots[this.find(text, start, end)]!;
  }

  /** The tag of entry `k` ("" when the dictionary gives none). */
  tag(k: number): string {
    return this.tagNames[this.tagIds[k]!]!;
  }

  /** The frequency of entry `k` (0 when the dictionary gives none). */
  frequency(k: number): number {
    return this.frequencies[k]!;
  }

  /** The slot holding text[start, end), or the empty slot where it would go (open addressing). */
  private find(text: string, start: number, end: number): number {
    let h = 0x811c9dc5;
    for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
    let slot = (h >>> 0) & this.mask;
    for (;;) {
      const k = this.slots[slot]!;
      if (k < 0 || this.equals(k, text, start, end)) return slot;
      slot = (slot + 1) & this.mask;
    }
  }

  private equals(k: number, text: string, start: number, end: number): boolean {
    if (this.lengths[k] !== end - start) return false;
    const offset = this.offsets[k]! - start;
    for (let i = start; i < end; i++) if (this.chars.charCodeAt(offset + i) !== text.charCodeAt(i)) return false;
    return true;
  }
}

/**
 * The tag nodejieba gives a word its dictionary does not tag (cppjieba's PosTagger::SpecialRule):
 * "x" without ASCII, "m" when the ASCII characters are all digits, else "eng". Like cppjieba it
 * stops counting once half the characters are ASCII.
 */
export function untaggedWordTag(word: string): string {
  const runes = [...word];
  let ascii = 0;
  let digits = 0;
  for (let i = 0; i < runes.length && ascii < Math.floor(runes.length / 2); i++) {
    const c = runes[i]!.codePointAt(0)!;
    if (c < 0x80) {
      ascii++;
      if (c >= 0x30 && c <= 0x39) digits++;
    }
  }
  if (ascii === 0) return "x";
  return digits === ascii ? "m" : "eng";
}
