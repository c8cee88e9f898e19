/**
 * Rule: places. Administrative divisions from the gazetteer (provinces to villages, with
 * codes), countries, regions, rivers and landmarks, and names ending like a place (…村, …路, …园区).
 */
import type { Mention } from "../../types.js";
import { standsAsWords, tokenAt, type RecognizeContext } from "../context.js";
import { findWords } from "../scan.js";
import { placeMatches } from "../place-gazetteer.js";

const PLACE_ENDINGS = ["村", "镇", "乡", "街道", "社区", "路", "大街", "大道", "园区", "开发区", "新区", "产业园", "科创园", "工业园", "广场", "大会堂", "自然保护区", "保护区"];

// Words that say what kind of area it is, not which (全市街道, 工业开发区, 生态保护区).
const KIND_WORDS = new Set(["全市", "全县", "全区", "全省", "全镇", "全乡", "工业", "经济", "生态", "产业", "高新", "农业", "科技"]);

const ROAD_ENDINGS = new Set(["路", "大街", "大道"]);
const ROAD_INFIX = /[东西南北中]?[一二三四五六七八九十]{0,2}$/;

// 台湾同胞, 香港居民: the segmenter reads a place and its people as one word.
const PEOPLE = /^(?:同胞|人民|侨胞|民众|居民|籍)$/;

function peopleOf(ctx: RecognizeContext, start: number, end: number): boolean {
  const word = tokenAt(ctx, start);
  return !!word && word.start === start && word.end > end && PEOPLE.test(ctx.text.slice(end, word.end));
}

/** Place mentions: attrs.adcodes (candidate codes) and attrs.level when from the gazetteer. */
export function places(ctx: RecognizeContext): Mention[] {
  const { text, lex } = ctx;
  const out: Mention[] = placeMatches(ctx);
  const divisions = out.length;
  // A name inside a longer word is not that place: 加纳 in 增加纳税, 长江 in 长江大桥.
  for (const { start, word } of findWords(text, lex.countries)) {
    if (!standsAsWords(ctx, start, start + word.length) && !peopleOf(ctx, start, start + word.length)) continue;
    out.push({ type: "Place", text: word, start, end: start + word.length, rule: "country", attrs: { level: "country" } });
  }
  for (const { start, word } of findWords(text, lex.geographicNames)) {
    const end = start + word.length;
    if (!standsAsWords(ctx, start, end) || out.slice(0, divisions).some((m) => m.start < end && start < m.end)) continue;
    out.push({ type: "Place", text: word, start, end, rule: "geographic-name", attrs: { level: lex.geographicNames.get(word)! } });
  }
  for (const { start: ending, word } of findWords(text, PLACE_ENDINGS)) {
    const end = ending + word.length;
    if (/[\u4e00-\u9fff]/.test(text[end] ?? "") && !/^[，。、和及与的里内外]/.test(text[end]!)) {
      // 村民, 镇政府, 路线: the ending runs on into another word (but 某某路项目 does not).
      if (word.length === 1 && (word !== "路" || tokenAt(ctx, ending)?.end !== end)) continue;
    }
    // A road's direction and number stand between its name and its ending (灵某东路, 桂某东二路),
    // and the segmenter cuts them off the name (灵某/东路).
    const infix = ROAD_ENDINGS.has(word) ? (ROAD_INFIX.exec(text.slice(Math.max(0, ending - 3), ending))?.[0] ?? "") : "";
    // 一带一路: a number alone before 路 that the dictionary reads with it as a numeral (一路) is no road's.
    if (infix && !/[东西南北中]/.test(infix) && tokenAt(ctx, ending - 1)?.tag === "m") continue;
    const s = ending - infix.length;
    // 南大街, 桃花村: the segmenter's dictionary knows the whole name as a place (各乡镇 is none).
    const whole = tokenAt(ctx, ending);
    if (whole && whole.start < ending && whole.end === end && whole.tag === "ns" && whole.text.length >= 3 && !/^[各全本该我这那每]/.test(whole.text)) {
      out.push({ type: "Place", text: whole.text, start: whole.start, end, rule: "place-ending", attrs: {} });
      continue;
    }
    // The name before the ending is one or two words of its own (西楼 in 西楼村), not a clause.
    const first = tokenAt(ctx, s - 1);
    if (!first || first.end !== s) continue;
    let start = first.start;
    const second = tokenAt(ctx, start - 1);
    if (first.text.length === 1 && second && /^(ns|nz|x|nr|n)$/.test(second.tag ?? "")) start = second.start;
    // A division before it whose level word the segmenter glued to the name (五里/乡六峰/村) ends there.
    for (let k = 0; k < divisions; k++) {
      const division = out[k]!;
      if (division.start < start && division.end > start && division.end < s) start = division.end;
    }
    const name = text.slice(start, s);
    if (name.length < 2 || name.length > 6 || !/^[\u4e00-\u9fff]+$/.test(name) || KIND_WORDS.has(name)) continue;
    if (!/^(ns|nz|x|nr|n|j)/.test(tokenAt(ctx, start)?.tag ?? "") || /^(v|u|p|c|d|r)/.test(first.tag ?? "")) continue;
    out.push({ type: "Place", text: text.slice(start, end), start, end, rule: "place-ending", attrs: {} });
  }
  return out;
}
