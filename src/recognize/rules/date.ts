/**
 * Rule: dates in the text (2022年12月6日, 12月6日、7日, 20日在, 昨日上午, 日前), made absolute against the
 * article's publication date when the year or the day is left out.
 */
import type { Mention } from "../../types.js";
import type { RecognizeContext } from "../context.js";

const ABSOLUTE = /(?:(\d{4}|[〇零一二三四五六七八九]{4})年)?(\d{1,2})月(\d{1,2})[日号]/g;
const RELATIVE: [RegExp, number][] = [
  [/昨[日天]/g, -1],
  [/前[日天](?![后])/g, -2],
  [/今[日天]/g, 0],
];
// 当天: the day the text spoke of last (5月20日上午…。当天下午), else the paper's.
const THAT_DAY = /当[日天]/g;

// A day alone (习某20日在合肥主持, 12月6日、7日, 会议于14日召开): not a count of days (3日内, 每月15日)
// nor part of a full date, so only where a time of day, a place, a verb of meeting or a
// separator follows.
const DAY_ONLY = /(?<![\d０-９月第每初廿])(\d{1,2})[日号](?=上午|下午|晚|早|凌晨|中午|傍晚|在|至|起|召开|举行|开幕|闭幕|抵达|出席|会见|会晤|主持|同|与|[，、）)电讯])/g;

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
  const full = [...out];
  for (const m of text.matchAll(DAY_ONLY)) {
    const day = Number(m[1]);
    if (day < 1 || day > 31) continue;
    const start = m.index!;
    const value = monthOfDay(text, start, day, full, date);
    out.push({ type: "Date", text: m[0], start, end: start + m[0].length, rule: "day-date", attrs: { value } });
  }
  for (const [re, offset] of RELATIVE) {
    for (const m of text.matchAll(re)) {
      const value = date ? shift(date, offset) : null;
      out.push({ type: "Date", text: m[0], start: m.index!, end: m.index! + m[0].length, rule: "relative-date", attrs: { value } });
    }
  }
  const stated = [...out].sort((a, b) => a.start - b.start);
  for (const m of text.matchAll(THAT_DAY)) {
    const last = stated.filter((d) => d.end <= m.index!).pop();
    const value = last ? last.attrs.value : date ?? null;
    out.push({ type: "Date", text: m[0], start: m.index!, end: m.index! + m[0].length, rule: "relative-date", attrs: { value } });
  }
  return out;
}

// The month of a day written alone: that of the full date before it in its sentence (12月6日、
// 7日), else the paper's, or the month before when the day is still to come in the paper's.
function monthOfDay(text: string, at: number, day: number, full: Mention[], date: string | null | undefined): string | null {
  const before = full.filter((d) => d.end <= at && !/[。！？\n]/.test(text.slice(d.end, at))).pop();
  if (before) return before.attrs.value ? `${(before.attrs.value as string).slice(0, 8)}${String(day).padStart(2, "0")}` : null;
  if (!date) return null;
  let year = Number(date.slice(0, 4));
  let month = Number(date.slice(5, 7));
  if (day > Number(date.slice(8, 10))) [year, month] = month === 1 ? [year - 1, 12] : [year, month - 1];
  return iso(year, month, day);
}

function iso(y: number, m: number, d: number): string {
  return `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

/** `date` moved by `days`, in UTC so no time zone shifts it. */
export function shift(date: string, days: number): string {
  const t = Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) + days * 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}
