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

// When two spans are equal, the rule listed first is trusted more. A venue's ending (会展中心)
// is also a body's (中心), but a name that ends in one is the building.
const PRIORITY = ["title-name", "name-title", "name-list", "gazetteer-organization", "title-organization", "venue"];

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
  const keptVenues: Mention[] = [];
  for (const m of sorted) {
    const family = FAMILY[m.type];
    let used = taken.get(family);
    if (!used) taken.set(family, (used = new Uint8Array(length)));
    // A division a venue is named after (义乌市 of 义乌市人民会堂) is mentioned too: the venue
    // has no code of its own to place it.
    const inVenue = m.rule === "gazetteer-place" && keptVenues.some((v) => v.start <= m.start && m.end <= v.end);
    if (used.subarray(m.start, m.end).some((x) => x) && !inVenue) continue;
    used.fill(1, m.start, m.end);
    kept.push(m);
    if (m.rule === "venue") keptVenues.push(m);
  }
  return kept.sort((a, b) => a.start - b.start || b.end - a.end);
}
