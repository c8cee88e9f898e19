/**
 * The one place overlapping mentions are settled: within a type family, the earliest-starting
 * longest span wins (as spaCy's filter_spans); a person keeps the titles of every mention of it.
 */
import type { Mention, MentionType } from "../types.js";

// Rules that find the same kind of thing compete; different kinds may overlap (a title holds an
// organization, an event name holds a place) and are all kept.
const FAMILY: Record<MentionType, string> = {
  Person: "name",
  Organization: "org",
  Place: "org",
  Event: "event",
  Initiative: "initiative",
  Figure: "figure",
  Title: "title",
  Date: "date",
};

// When two spans are equal, the rule listed first is trusted more.
const PRIORITY = ["title-name", "name-title", "name-list", "gazetteer-organization", "title-organization"];

/** Drops mentions that overlap a better one of the same family; returns them in text order. */
export function filterSpans(mentions: Mention[]): Mention[] {
  const rank = (m: Mention) => {
    const p = PRIORITY.indexOf(m.rule);
    return p < 0 ? PRIORITY.length : p;
  };
  const sorted = [...mentions].sort(
    (a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start || rank(a) - rank(b),
  );
  const taken = new Map<string, Uint8Array>();
  const kept: Mention[] = [];
  const length = mentions.reduce((max, m) => Math.max(max, m.end), 0);
  for (const m of sorted) {
    const family = FAMILY[m.type];
    let used = taken.get(family);
    if (!used) taken.set(family, (used = new Uint8Array(length)));
    if (used.subarray(m.start, m.end).some((x) => x)) continue;
    used.fill(1, m.start, m.end);
    kept.push(m);
  }
  return kept.sort((a, b) => a.start - b.start || b.end - a.end);
}
