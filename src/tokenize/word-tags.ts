/**
 * The part-of-speech tag nodejieba's dictionary gives a word, looked up in JavaScript.
 *
 * Why: `nodejieba.tag` costs twice `nodejieba.cut` with the same segmentation (measured on the
 * benchmark corpus: 0.52 s against 0.25 s for 2 MB), because it looks every word up again in
 * C++ and builds one object per word through N-API. Cutting and then looking the tags up here,
 * on the article text without slicing it, gives the same tags (a test compares them) for
 * about a tenth of that cost. The 349k dictionary words live in typed arrays (~11 MB, which
 * worker threads can share), against ~25 MB for a Map of strings.
 */

/** The arrays of a WordTags (what a worker thread needs to use one built elsewhere). */
export interface WordTagsData {
  /** The words' code units, one after another. */
  chars: Uint16Array;
  offsets: Uint32Array;
  lengths: Uint16Array;
  tagIds: Uint8Array;
  frequencies: Uint32Array;
  /** Open-addressing hash table of entry indices, -1 for empty; its length is a power of two. */
  slots: Int32Array;
  tagNames: string[];
}

/**
 * Dictionary words hashed for lookups by (text, start, end); a later duplicate wins, as in
 * nodejieba's trie. Parsing the dictionary text in place, without a string per word, keeps
 * the build from raising a worker's peak memory by ~90 MB.
 */
export class WordTags {
  constructor(readonly data: WordTagsData) {}

  /** Parses `dictionary`: lines "word frequency tag" as in jieba.dict.utf8 (a missing tag is ""). */
  static parse(dictionary: string): WordTags {
    let lines = 0;
    for (let i = 0; i < dictionary.length; i = nextLine(dictionary, i)) lines++;
    let capacity = 1;
    while (capacity < lines * 2) capacity <<= 1;
    const data: WordTagsData = {
      chars: new Uint16Array(dictionary.length),
      offsets: new Uint32Array(lines),
      lengths: new Uint16Array(lines),
      tagIds: new Uint8Array(lines),
      frequencies: new Uint32Array(lines),
      slots: new Int32Array(capacity).fill(-1),
      tagNames: [],
    };
    const tags = new WordTags(data);
    const tagIdOf = new Map<string, number>();
    let k = 0;
    let used = 0;
    for (let i = 0; i < dictionary.length; i = nextLine(dictionary, i)) {
      const lineEnd = nextLine(dictionary, i) - 1;
      const wordEnd = fieldEnd(dictionary, i, lineEnd);
      if (wordEnd === i || wordEnd - i > 0xffff) continue;
      const frequencyEnd = fieldEnd(dictionary, wordEnd + 1, lineEnd);
      let frequency = 0;
      for (let j = wordEnd + 1; j < frequencyEnd; j++) frequency = frequency * 10 + (dictionary.charCodeAt(j) - 0x30);
      const tag = frequencyEnd < lineEnd ? dictionary.slice(frequencyEnd + 1, fieldEnd(dictionary, frequencyEnd + 1, lineEnd)) : "";
      let id = tagIdOf.get(tag);
      if (id === undefined) {
        id = data.tagNames.length;
        data.tagNames.push(tag);
        tagIdOf.set(tag, id);
      }
      for (let j = i; j < wordEnd; j++) data.chars[used + j - i] = dictionary.charCodeAt(j);
      data.offsets[k] = used;
      data.lengths[k] = wordEnd - i;
      data.tagIds[k] = id;
      data.frequencies[k] = Number.isFinite(frequency) && frequency > 0 ? frequency : 0;
      used += wordEnd - i;
      data.slots[tags.find(dictionary, i, wordEnd)] = k;
      k++;
    }
    return new WordTags({ ...data, chars: data.chars.slice(0, used) });
  }

  /** The entry of text[start, end), or -1 when it is not a dictionary word. */
  lookup(text: string, start: number, end: number): number {
    return this.data.slots[this.find(text, start, end)]!;
  }

  /** The tag of entry `k` ("" when the dictionary gives none). */
  tag(k: number): string {
    return this.data.tagNames[this.data.tagIds[k]!]!;
  }

  /** The frequency of entry `k` (0 when the dictionary gives none). */
  frequency(k: number): number {
    return this.data.frequencies[k]!;
  }

  /** The slot holding text[start, end), or the empty slot where it would go (open addressing). */
  private find(text: string, start: number, end: number): number {
    const { slots, lengths, offsets, chars } = this.data;
    const mask = slots.length - 1;
    let h = 0x811c9dc5;
    for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
    probe: for (let slot = (h >>> 0) & mask; ; slot = (slot + 1) & mask) {
      const k = slots[slot]!;
      if (k < 0) return slot;
      if (lengths[k] !== end - start) continue;
      const offset = offsets[k]! - start;
      for (let i = start; i < end; i++) if (chars[offset + i] !== text.charCodeAt(i)) continue probe;
      return slot;
    }
  }
}

/** Offset just past the line break after `i` (or the end of the text). */
function nextLine(text: string, i: number): number {
  const nl = text.indexOf("\n", i);
  return nl < 0 ? text.length + 1 : nl + 1;
}

/** End of the space-separated field starting at `i`, within the line ending at `lineEnd`. */
function fieldEnd(text: string, i: number, lineEnd: number): number {
  const space = text.indexOf(" ", i);
  return space < 0 || space > lineEnd ? lineEnd : space;
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
