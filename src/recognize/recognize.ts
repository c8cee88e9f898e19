/**
 * Recognition: runs the rules in order over one article's text and tokens and returns its
 * mentions, overlaps resolved once by filterSpans.
 */
import type { Mention, Token } from "../types.js";
import { makeContext } from "./context.js";
import { isFullDivisionName } from "./place-gazetteer.js";
import { filterSpans } from "./filter-spans.js";
import { lexicon } from "./lexicon.js";
import { repeatedNames, speakingNames } from "./rules/bare-names.js";
import { dates } from "./rules/date.js";
import { withDottedNames } from "./rules/dotted-name.js";
import { events } from "./rules/event.js";
import { figures } from "./rules/figure.js";
import { initiatives } from "./rules/initiative.js";
import { appointmentItems, nameLists } from "./rules/name-list.js";
import { organizations } from "./rules/organization.js";
import { places } from "./rules/place.js";
import { titledPersons } from "./rules/titled-person.js";
import { venues } from "./rules/venue.js";

/** Mentions of persons, titles, organizations, places, events, initiatives, figures and dates. */
export function recognize(text: string, tokens: Token[], date: string | null): Mention[] {
  const ctx = makeContext(text, tokens, lexicon(), date);
  const titled = titledPersons(ctx);
  const names = new Set(titled.filter((m) => m.type === "Person").map((m) => m.text));
  const found = withDottedNames(ctx, [...titled, ...nameLists(ctx), ...appointmentItems(ctx), ...repeatedNames(ctx, names), ...speakingNames(ctx)]);
  // A name first met without a title (张某说) is a person wherever else it occurs.
  const more = new Set(found.filter((m) => m.type === "Person").map((m) => m.text));
  const all = [
    ...found,
    ...repeatedNames(ctx, [...more].filter((n) => !names.has(n))),
    ...organizations(ctx),
    ...places(ctx),
    ...venues(ctx),
    ...dates(ctx),
    ...events(ctx),
    ...initiatives(ctx),
    ...figures(ctx),
  ];
  return filterSpans(dropInsideOthers(all));
}

// A place or organization inside a person's name (王府井 in 王府井某) or an event name is part of
// that name; a person inside an organization name (张某公司) is not a person, nor is a country
// or region read as a name, nor a name that cuts into a division of the gazetteer (高峰 of
// 高峰镇, 田镇梅 across 濯田镇梅某村): the segmenter's guesses at names lose to a known place.
// A division's short form that starts inside the title before a name (县长/沙马某: 长沙) is no
// place; a full name (镇长/林朱村: 长林朱村) is.
function dropInsideOthers(mentions: Mention[]): Mention[] {
  const { countries, geographicNames } = lexicon();
  const length = mentions.reduce((max, m) => Math.max(max, m.end), 0);
  const cutsDivision = divisionCutter(mentions, length);
  const titleEnds = new Set(mentions.filter((m) => m.type === "Title").map((m) => m.end));
  const afterTitle = (m: Mention) =>
    m.rule === "title-name" && titleEnds.has(m.start) &&
    !mentions.some((p) => p.rule === "gazetteer-place" && p.start < m.start && p.end > m.start && isFullDivisionName(p.text));
  mentions = mentions.filter((m) => m.type !== "Person" || !(countries.has(m.text) || geographicNames.has(m.text) || (cutsDivision(m) && !afterTitle(m))));
  // Per offset: whether a person covers it, and the furthest end of an organization covering it
  // (an organization covering a person's start and reaching its end contains it): linear in the
  // text where comparing every pair made a book-length article quadratic.
  const personAt = new Uint8Array(length);
  const orgEnd = new Int32Array(length);
  for (const m of mentions) {
    if (m.type === "Person") personAt.fill(1, m.start, m.end);
    if (m.type === "Organization" && m.rule !== "title-organization") {
      for (let i = m.start; i < m.end; i++) orgEnd[i] = Math.max(orgEnd[i]!, m.end);
    }
  }
  return mentions.filter((m) => {
    if (m.type === "Place" || m.type === "Organization") {
      if (personAt.subarray(m.start, m.end).includes(1)) return false;
    }
    if (m.type === "Person" && m.rule !== "title-name" && orgEnd[m.start]! >= m.end) return false;
    return true;
  });
}

/**
 * Tells whether a mention covers part of a division the gazetteer found but not all of it, or
 * is one by its full name (旺苍县, which the segmenter may tag a person's name).
 */
function divisionCutter(mentions: Mention[], length: number): (m: Mention) => boolean {
  // The division covering each offset, by its start + 1 (0: none) and its end.
  const divisionStart = new Int32Array(length);
  const divisionEnd = new Int32Array(length);
  for (const m of mentions) {
    if (m.rule !== "gazetteer-place") continue;
    divisionStart.fill(m.start + 1, m.start, m.end);
    divisionEnd.fill(m.end, m.start, m.end);
  }
  return (m) => {
    if (divisionStart[m.start] === m.start + 1 && divisionEnd[m.start] === m.end && isFullDivisionName(m.text)) return true;
    for (let i = m.start; i < m.end; i++) {
      if (divisionStart[i] && (divisionStart[i]! - 1 < m.start || divisionEnd[i]! > m.end)) return true;
    }
    return false;
  };
}
