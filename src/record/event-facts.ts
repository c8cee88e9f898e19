/**
 * The facts of an event mention its record needs: the name to show, its absolute date and
 * the place it was held in, read from the sentence around it.
 */
import type { Mention, Span } from "../types.js";
import { spanAt } from "../recognize/scan.js";

/** The event's name: the built name of a tour, else the text as written. */
export function eventName(m: Mention): string {
  return typeof m.attrs.name === "string" ? m.attrs.name : m.text;
}

// A numbered body's session is written in full and in short in one article (嘉兴市第十届人民代表
// 大会常务委员会第二十五次会议, later 市十届人大常委会第二十五次会议).
const FULL_FORMS: [RegExp, string][] = [[/人民代表大会常务委员会/g, "人大常委会"], [/人民代表大会/g, "人大"], [/政治协商会议/g, "政协"]];
const TERM = /第?([一二三四五六七八九十百]+届)/;
const NTH_SITTING = /第(?=[一二三四五六七八九十百]+次)/g;
const PLACE_BEFORE_TERM = /^[\u4e00-\u9fff]{0,8}?[省市县区州盟旗](?=[一二三四五六七八九十百]+届)/;

/** The short form of a session's name (市十届人大常委会… → 十届人大常委会…); other names as they are. */
export function sessionForm(name: string): string {
  if (!TERM.test(name)) return name;
  let short = name;
  for (const [full, abbreviation] of FULL_FORMS) short = short.replace(full, abbreviation);
  short = short.replace(TERM, "$1").replace(NTH_SITTING, "");
  // The place goes (嘉兴市 = 市 in a Jiaxing paper); a body before it (政协包头市…) stays.
  const place = PLACE_BEFORE_TERM.exec(short)?.[0];
  return place && !/政协|中共|党/.test(place) ? short.slice(place.length) : short;
}

/**
 * The date of the event: a date earlier in its sentence, else one after it that says when it was
 * held (…全会，于11月28日至29日在南昌举行; …送别仪式10月21日在南昌举行), else the dateline's
 * (本报南昌11月29日讯 is when the report was filed), else (for the article's main event) the
 * first date of the lead sentence, else none.
 */
export function eventDate(text: string, m: Mention, mentions: Mention[], sents: Span[], isMain: boolean): string | null {
  const s = spanAt(sents, m.start);
  const dates = mentions.filter((d) => d.type === "Date" && d.attrs.value);
  const before = s ? dates.filter((d) => d.start >= s.start && d.end <= m.start) : [];
  const dateline = (d: Mention) => DATELINE_END.test(text.slice(d.end, d.end + 1));
  const heldOn = (d: Mention) => HELD_ON.test(text.slice(d.start - 1, d.end + 20)) || (d.start === m.end && HELD_AFTER_NAME.test(text.slice(d.end, d.end + 24)));
  const stated = before.find((d) => !dateline(d)) ?? (s ? dates.find((d) => d.start >= m.end && d.end <= s.end && heldOn(d)) : undefined);
  if (stated) return stated.attrs.value as string;
  if (before.length) return before[0]!.attrs.value as string;
  if (!isMain) return null;
  const lead = sents[0];
  const first = lead ? dates.find((d) => d.start >= lead.start && d.end <= lead.end) : undefined;
  return first ? (first.attrs.value as string) : null;
}

const DATELINE_END = /^[讯电]/;
// A date that says when the event before it was held: 于/在 that date, up to its 举行/召开.
const HELD_ON = /^[于在].+?[日号](?:至[0-9０-９]{1,2}[日号])?[^，。；]{0,12}?(?:举行|召开|举办|开幕)/;
// Or a date right after the event's name, up to its 举行/召开 (…送别仪式10月21日在南昌举行).
const HELD_AFTER_NAME = /^(?:至[0-9０-９]{1,2}[日号])?(?:[上下]午|晚)?(?:在[^，。；]{1,20}?)?(?:隆重)?(?:举行|召开|举办|开幕)/;

/** The place it was held in: 在X举行/召开, else a place just before the event in its sentence. */
export function eventPlace(text: string, m: Mention, places: Mention[], sents: Span[]): Mention | undefined {
  const s = spanAt(sents, m.start);
  if (!s) return undefined;
  const inSentence = places.filter((p) => p.start >= s.start && p.end <= s.end);
  const held = inSentence.find((p) => text.slice(p.start - 1, p.start) === "在" && /^(举行|召开|举办|开幕)/.test(text.slice(p.end, p.end + 2)));
  return held ?? [...inSentence].reverse().find((p) => p.end <= m.start && m.start - p.end <= 4);
}
