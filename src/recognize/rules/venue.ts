/**
 * Rule: venues, the places where meetings and visits happen (县人民会堂, 郑州国际会展中心,
 * 孟某坝水电站), by the kind of building or site their name ends with.
 */
import type { Mention } from "../../types.js";
import { isCjk, tokenAt, type RecognizeContext } from "../context.js";
import { findWords } from "../scan.js";

// Hotels, museums and libraries are left out: news names them as bodies as often as as places.
const VENUE_ENDINGS = [
  "大会堂", "会堂", "礼堂", "会议中心", "会展中心", "博览中心", "展览中心", "体育中心", "行政中心", "体育馆",
  "体育场", "大剧院", "剧院", "宴会厅", "报告厅", "大厅", "大楼", "客运站", "火车站", "汽车站", "高铁站",
  "机场", "公园", "景区", "水电站",
];

/** How many words before its ending a venue's name may have (合肥/滨湖/国际/会展中心). */
const MAX_NAME_WORDS = 3;
const MAX_NAME = 10;

// Words of a name: nouns, proper names, unknown words, abbreviations, a level (县/zg, 市/n).
const NAME_WORD_TAG = /^(?:n|nr|nrt|ns|nt|nz|x|j|zg)$/;
// A name says which venue it is with a proper name (翠/nr 峰山, 孟某坝/x) or the level that owns
// it (县/zg 人民 会堂); 城市公园, 办事大厅 say only what kind.
const PROPER_TAG = /^(?:nr|nrt|ns|nt|nz|x|j)$/;
const LEVEL = /^[省市县区]$/;
// Determiners and totals that make a kind of venue (全市公园, 各景区), not one.
const NOT_NAME_START = /^[全各本该这那每我]/;

/** Place mentions for venues. */
export function venues(ctx: RecognizeContext): Mention[] {
  const { text } = ctx;
  const out: Mention[] = [];
  for (const { start: ending, word } of findWords(text, VENUE_ENDINGS)) {
    const end = ending + word.length;
    // 大楼梯: the ending has to end a word.
    const last = tokenAt(ctx, end - 1);
    if (last && last.end !== end) continue;
    // The segmenter may glue the name to part of the ending (县会议/中心, 办公大楼): the name starts with that word.
    const covering = tokenAt(ctx, ending);
    let start = covering && covering.start < ending ? covering.start : ending;
    let proper = !!covering && covering.start < ending && PROPER_TAG.test(covering.tag ?? "");
    let startsWithLevel = false;
    for (let words = 0; words < MAX_NAME_WORDS; words++) {
      const prev = tokenAt(ctx, start - 1);
      if (!prev || prev.end !== start || !isCjk(text, prev.start) || !NAME_WORD_TAG.test(prev.tag ?? "") || NOT_NAME_START.test(prev.text) || ending - prev.start > MAX_NAME) break;
      start = prev.start;
      proper ||= PROPER_TAG.test(prev.tag ?? "");
      startsWithLevel = LEVEL.test(prev.text);
    }
    if (start === ending || !(proper || startsWithLevel)) continue;
    out.push({ type: "Place", text: text.slice(start, end), start, end, rule: "venue", attrs: { level: "venue" } });
  }
  return out;
}
