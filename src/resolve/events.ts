/**
 * Event identity: the same event reported by two articles (same name and date, or same name
 * and overlapping attendees) is one node keyed `event:<normalized name>@<date>`.
 */
import type { KnownEvent } from "./known-entities.js";
import { normalizeName } from "./text-utils.js";

/** The key of an event: `event:<normalized name>@<date>`; undated ones stay per article. */
export function eventKey(name: string, date: string | null, articleId: string): string {
  return `event:${normalizeName(name)}@${date ?? `?${articleId}`}`;
}

/** The name without a leading place (`金华市服务业大会` → `服务业大会`), as an index key. */
export function eventCore(name: string, placePrefix: (s: string) => string | null): string {
  const normalized = normalizeName(name);
  const head = placePrefix(normalized);
  return head && normalized.length - head.length >= 4 ? normalized.slice(head.length) : normalized;
}

/** Whether two event names are the same once a leading place (`金华市`) is ignored. */
export function sameEventName(a: string, b: string, placePrefix: (s: string) => string | null): boolean {
  const x = normalizeName(a);
  const y = normalizeName(b);
  if (x === y) return true;
  const [long, short] = x.length > y.length ? [x, y] : [y, x];
  if (!long.endsWith(short) || short.length < 4) return false;
  const head = long.slice(0, long.length - short.length);
  return placePrefix(head) === head;
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
