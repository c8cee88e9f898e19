/**
 * Event identity: the same event reported by two articles (same name and date, or same name
 * and overlapping attendees) is one node keyed `event:<normalized name>@<date>`.
 */
import { sessionForm } from "../record/event-facts.js";
import type { KnownEvent } from "./known-entities.js";
import { normalizeName } from "./text-utils.js";

/** The key of an event: `event:<normalized name>@<date>`; undated ones stay per article. */
export function eventKey(name: string, date: string | null, articleId: string): string {
  return `event:${normalizeName(name)}@${date ?? `?${articleId}`}`;
}

/**
 * The name without a leading place (`金华市服务业大会` → `服务业大会`), a session in its short
 * form (`嘉兴市第十届人民代表大会常务委员会…` → `十届人大常委会…`), as an index key.
 */
export function eventCore(name: string, placePrefix: (s: string) => string | null): string {
  const normalized = normalizeName(name);
  const head = placePrefix(normalized);
  return sessionForm(head && normalized.length - head.length >= 4 ? normalized.slice(head.length) : normalized);
}

/**
 * Whether two event names are the same once a leading place (`金华市`) is ignored, or are one
 * session written in full in one paper and in short in another (`嘉兴市第十届人民代表大会常务
 * 委员会第二十五次会议`, `市十届人大常委会第二十五次会议`) with no two different places.
 */
export function sameEventName(a: string, b: string, placePrefix: (s: string) => string | null): boolean {
  const x = normalizeName(a);
  const y = normalizeName(b);
  if (x === y) return true;
  const [long, short] = x.length > y.length ? [x, y] : [y, x];
  if (long.endsWith(short) && short.length >= 4) {
    const head = long.slice(0, long.length - short.length);
    if (placePrefix(head) === head) return true;
  }
  if (sessionForm(x) !== sessionForm(y)) return false;
  const [px, py] = [placePrefix(x), placePrefix(y)];
  return !px || !py || px === py;
}

/** Days a multi-day event may span; further apart, a same-named event is the next edition. */
const MAX_SPAN_DAYS = 7;

function nearDates(a: string | null, b: string | null): boolean {
  if (!a || !b) return true;
  return Math.abs(Date.parse(a) - Date.parse(b)) <= MAX_SPAN_DAYS * 86_400_000;
}

/**
 * The known event an event of this article is, if any: same name and date, or same name,
 * at least one attendee in common and dates within a week or unknown (a multi-day event
 * reported on two days; the same annual meeting a year later stays apart).
 */
export function matchEvent(
  name: string,
  date: string | null,
  attendees: string[],
  known: Iterable<KnownEvent>,
  placePrefix: (s: string) => string | null,
): KnownEvent | null {
  let byAttendees: KnownEvent | null = null;
  for (const event of known) {
    if (!sameEventName(name, event.name, placePrefix)) continue;
    if (date && event.date === date) return event;
    if (!byAttendees && nearDates(date, event.date) && attendees.some((a) => event.attendees.includes(a))) byAttendees = event;
  }
  return byAttendees;
}
