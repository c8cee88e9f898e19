/**
 * Rule: dates in the text (2022年12月6日, 12月6日、7日, 昨日上午, 日前), made absolute against the
 * article's publication date when the year or the day is left out.
 */
import type { Mention } from "../../types.js";
import type { RecognizeContext } from "../context.js";

const ABSOLUTE = /(?:(\d{4}|[〇零一二三四五六七八九]{4})年)?(\d{1,2})月(\d{1,2})[日号]/g;
const RELATIVE: [RegExp, number][] = [
  [/昨[日天]/g, -1],
  [/前[日天](?![后])/g, -2],
  [/今[日天]/g, 0],
  [/当[日天]/g, 0],
];

/** Date mentions with attrs.value = YYYY-MM-DD (null when no year can be known). */
export function dates(ctx: RecognizeContext): Mention[] {
  const { text, date } = ctx;
  const out: Mention[] = [];
  const pubYear = date ? Number(date.slice(0, 4)) : undefined;
  for (const m of text.matchAll(ABSOLUTE)) {
    const month = Number(m[2]);
    const day = Number(m[3]);
    if (month < 1 || month > 12 || day < 1 || day > 31) continue;
    let year = m[1] && /^\d{4}$/.test(m[1]) ? Number(m[1]) : pubYear;
    // A December event in a January paper is last year's.
    if (!m[1] && year !== undefined && date && month > Number(date.slice(5, 7)) + 1) year -= 1;
    const value = year === undefined ? null : iso(year, month, day);
    out.push({ type: "Date", text: m[0], start: m.index!, end: m.index! + m[0].length, rule: "date", attrs: { value } });
  }
  for (const [re, offset] of RELATIVE) {
    for (const m of text.matchAll(re)) {
      const value = date ? shift(date, offset) : null;
      out.push({ type: "Date", text: m[0], start: m.index!, end: m.index! + m[0].length, rule: "relative-date", attrs: { value } });
    }
  }
  return out;
}

function iso(y: number, m: number, d: number): string {
  return `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

/** `date` moved by `days`, in UTC so no time zone shifts it. */
export function shift(date: string, days: number): string {
  const t = Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) + days * 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}
