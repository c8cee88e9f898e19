/**
 * Rule: places. Administrative divisions from the gazetteer (provinces to villages, with
 * codes), countries, and names ending like a place (…村, …镇, …路, …园区).
 */
import type { Mention } from "../../types.js";
import type { RecognizeContext } from "../context.js";
import { findWords } from "../scan.js";
import { titleStart } from "../title-span.js";
import { placeMatches } from "../place-gazetteer.js";

const PLACE_ENDINGS = ["村", "镇", "乡", "街道", "社区", "路", "大街", "大道", "园区", "开发区", "新区", "产业园", "科创园", "工业园", "广场", "大会堂", "自然保护区", "保护区"];

/** Place mentions: attrs.adcodes (candidate codes) and attrs.level when from the gazetteer. */
export function places(ctx: RecognizeContext): Mention[] {
  const { text, lex } = ctx;
  const out: Mention[] = placeMatches(ctx);
  for (const { start, word } of findWords(text, lex.countries)) {
    out.push({ type: "Place", text: word, start, end: start + word.length, rule: "country", attrs: { level: "country" } });
  }
  for (const { start: s, word } of findWords(text, PLACE_ENDINGS)) {
    const end = s + word.length;
    if (/[\u4e00-\u9fff]/.test(text[end] ?? "") && !/^[，。、和及与的里内外]/.test(text[end]!)) {
      // 村民, 镇政府, 路线: the ending runs on into another word.
      if (word.length === 1) continue;
    }
    const start = titleStart(ctx, s);
    if (s - start < 2 || s - start > 8) continue;
    out.push({ type: "Place", text: text.slice(start, end), start, end, rule: "place-ending", attrs: {} });
  }
  return out;
}
