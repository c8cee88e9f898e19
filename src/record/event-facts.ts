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

/**
 * The date of the event: a date earlier in its sentence, else one after it that says when it was
 * held (…全会，于11月28日至29日在南昌举行), else the dateline's (本报南昌11月29日讯 is when the
 * report was filed), else (for the article's main event) the first date of the lead sentence,
 * else none.
 */
export function eventDate(text: string, m: Mention, mentions: Mention[], sents: Span[], isMain: boolean): string | null {
  const s = spanAt(sents, m.start);
  const dates = mentions.filter((d) => d.type === "Date" && d.attrs.value);
  const before = s ? dates.filter((d) => d.start >= s.start && d.end <= m.start) : [];
  const dateline = (d: Mention) => DATELINE_END.test(text.slice(d.end, d.end + 1));
  const stated = before.find((d) => !dateline(d)) ?? (s ? dates.find((d) => d.start >= m.end && d.end <= s.end && HELD_ON.test(text.slice(d.start - 1, d.end + 20))) : undefined);
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

/** The place it was held in: 在X举行/召开, else a place just before the event in its sentence. */
export function eventPlace(text: string, m: Mention, places: Mention[], sents: Span[]): Mention | undefined {
  const s = spanAt(sents, m.start);
  if (!s) return undefined;
  const inSentence = places.filter((p) => p.start >= s.start && p.end <= s.end);
  const held = inSentence.find((p) => text.slice(p.start - 1, p.start) === "在" && /^(举行|召开|举办|开幕)/.test(text.slice(p.end, p.end + 2)));
  return held ?? [...inSentence].reverse().find((p) => p.end <= m.start && m.start - p.end <= 4);
}
