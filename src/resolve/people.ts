/**
 * Person identity: the jurisdiction of a person's titles makes the key (`person:<name>@<place>`);
 * a person named without a usable title joins a same-named person only when the article's
 * context (places, organizations, co-attendees) agrees with that person's.
 */
import type { Division, DivisionIndex } from "./division-index.js";
import type { KnownPerson } from "./known-entities.js";
import { sharedPrefix } from "./places.js";
import { bareLevelAt, matchesLevel, parseTitle, type LevelContext, type TitleParse } from "./titles.js";
import { uniqueBest } from "./unique-best.js";

/** A title resolved to where it holds: a place, the whole country, or only a body's name. */
export interface ResolvedTitle extends TitleParse {
  /** Canonical place of the title (`金华市`), `全国`, the body itself, or null when unknown. */
  jurisdiction: string | null;
  jurisdictionPlace: Division | null;
}

/**
 * Resolves every title of one person. A bare level takes the place of an earlier title of the
 * same list at that level (`金华市委副书记、市长` → 金华市), else the paper's home, else the
 * one division of the article at that level.
 */
export function resolveTitles(
  titles: string[],
  index: DivisionIndex,
  levels: LevelContext,
  anchors: string[],
): ResolvedTitle[] {
  const out: ResolvedTitle[] = [];
  for (const title of titles) {
    const parse = parseTitle(title, index, anchors);
    let place: Division | null = parse.place;
    // Namesake divisions (two 朝阳区) must not make namesake officials one person.
    let jurisdiction: string | null = place ? index.distinctName(place.code) : parse.placeText;
    if (parse.national) jurisdiction = "全国";
    else if (parse.bareLevel) {
      const level = parse.bareLevel;
      const earlier = out
        .map((t) => t.jurisdictionPlace)
        .flatMap((p) => (p ? index.chain(p.code) : []))
        .find((d) => matchesLevel(d, level));
      place = earlier ?? bareLevelAt(level, levels);
      jurisdiction = place ? index.distinctName(place.code) : null;
    } else if (!place && parse.body) jurisdiction = parse.body;
    out.push({ ...parse, jurisdiction, jurisdictionPlace: place });
  }
  return out;
}

/** The jurisdiction that names the person: the first current title's, else any title's. */
export function personJurisdiction(titles: ResolvedTitle[]): ResolvedTitle | null {
  return titles.find((t) => !t.former && t.jurisdiction) ?? titles.find((t) => t.jurisdiction) ?? null;
}

/** The key of a person: `person:<name>@<jurisdiction>`. */
export function personKey(name: string, jurisdiction: string): string {
  return `person:${name}@${jurisdiction}`;
}

/** The key of a person no one else could be matched with: `person:<name>@?<articleId>`. */
export function looseKey(name: string, articleId: string): string {
  return `person:${name}@?${articleId}`;
}

/** What an article says around a person: places (adcodes), organizations, other people, titles. */
export interface PersonContext {
  places: string[];
  orgs: string[];
  /** Keys of the article's other people that are already resolved. */
  people: string[];
  /** Names of the article's other people, resolved or not. */
  names: string[];
  /** The person's own titles in this article. */
  titles: string[];
}

/** The name part of a person key (`person:李卫东@丽水市` → 李卫东). */
function nameOfKey(key: string): string {
  return key.slice("person:".length, key.lastIndexOf("@"));
}

/**
 * How well `context` agrees with a known person: a resolved co-attendee weighs 2; a
 * co-attendee's name, a shared organization, the same title or a nearby place weigh 1.
 */
export function agreement(candidate: KnownPerson, context: PersonContext): number {
  let score = 0;
  const associates = new Set(candidate.associates);
  const counted = new Set<string>();
  for (const key of context.people) {
    if (key !== candidate.key && associates.has(key)) {
      score += 2;
      counted.add(nameOfKey(key));
    }
  }
  // Co-attendees not resolved yet still count by name: people listed together in one article
  // (县领导甲、乙、丙) would otherwise wait on each other forever.
  const associateNames = new Set(candidate.associates.map(nameOfKey));
  for (const name of new Set(context.names)) if (!counted.has(name) && name !== candidate.name && associateNames.has(name)) score += 1;
  const titles = new Set(candidate.titles ?? []);
  if (context.titles.some((t) => titles.has(t))) score += 1;
  const orgs = new Set(candidate.orgs);
  for (const org of context.orgs) if (orgs.has(org)) score += 1;
  const home = candidate.jurisdictionCode;
  const places = home ? [home] : candidate.places;
  // City level is the least that counts: a shared province says little about a person.
  if (context.places.some((p) => places.some((q) => sharedPrefix(p, q) >= Math.min(4, q.replace(/0+$/, "").length)))) score += 1;
  return score;
}

/**
 * The known person a title-less `name` is, or null when none agrees or two agree equally
 * (namesakes stay apart rather than merge on a guess).
 */
export function matchPerson(name: string, context: PersonContext, known: Iterable<KnownPerson>): KnownPerson | null {
  return uniqueBest([...known].filter((candidate) => candidate.name === name), (candidate) => agreement(candidate, context));
}
