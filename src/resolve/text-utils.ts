/**
 * Small text helpers of the resolution stage: sentence spans for evidence, name
 * normalization for keys, Chinese numerals for editions.
 */

const SENTENCE_END = /[。！？!?；;\n]/;
const CLOSING = /[”’」』）)]/;

/**
 * The sentence(s) around [start, end) of `text`, as half-open offsets: widened back to the
 * previous terminator and on to the next one (closing quotes included) unless the span
 * already ends a sentence, so an extractor's sentence span comes back unchanged.
 */
export function sentenceAround(text: string, start: number, end: number): { start: number; end: number } {
  let s = Math.max(0, Math.min(start, text.length));
  while (s > 0 && !SENTENCE_END.test(text[s - 1]!)) s--;
  // A closing quote after the terminator belongs to the sentence before.
  while (s < start && CLOSING.test(text[s]!)) s++;
  let e = Math.max(s, Math.min(end, text.length));
  while (e > s && /\s/.test(text[e - 1]!)) e--;
  if (e === s || !SENTENCE_END.test(text[e - 1]!)) {
    while (e < text.length && !SENTENCE_END.test(text[e]!)) e++;
    if (e < text.length && text[e] !== "\n") e++;
  }
  while (e < text.length && CLOSING.test(text[e]!)) e++;
  while (s < e && /\s/.test(text[s]!)) s++;
  return { start: s, end: e };
}

/** Key form of a name: quotes, brackets and white space removed, full-width ASCII folded. */
export function normalizeName(name: string): string {
  return name
    .normalize("NFKC")
    .replace(/[“”‘’"'《》「」『』〈〉\s]/g, "");
}

const DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** Value of a Chinese or Arabic numeral up to the thousands (`二十三` → 23, `12` → 12). */
export function parseNumeral(text: string): number | null {
  if (/^\d+$/.test(text)) return Number(text);
  let total = 0;
  let digit = 0;
  let seen = false;
  for (const ch of text) {
    if (ch in DIGITS) {
      digit = DIGITS[ch]!;
      seen = true;
    } else if (ch === "十" || ch === "百" || ch === "千") {
      const unit = ch === "十" ? 10 : ch === "百" ? 100 : 1000;
      total += (digit || 1) * unit;
      digit = 0;
      seen = true;
    } else return null;
  }
  return seen ? total + digit : null;
}

/** Edition number of a recurring series (`第九届…` → 9, `2022年第3期` → 3), or null. */
export function editionOf(name: string): number | null {
  const m = /第([零〇一二两三四五六七八九十百千\d]+)[届次期]/.exec(name);
  return m ? parseNumeral(m[1]!) : null;
}
