/**
 * The index of what a store already holds that resolution needs to join new mentions to it:
 * people with their context, events with their attendees. Build it with
 * `knownEntitiesFromGraph` (src/graph) or by hand in tests.
 */

/** A person already in the graph, with what an article must share to be about them. */
export interface KnownPerson {
  key: string;
  name: string;
  /** Canonical jurisdiction of their titles (`金华市`), null for people without one. */
  jurisdiction: string | null;
  /** Adcode of the jurisdiction when it is a place. */
  jurisdictionCode: string | null;
  /** Adcodes of the places named in their articles (for people without a jurisdiction). */
  places: string[];
  /** Organization keys they hold positions in. */
  orgs: string[];
  /** Person keys named in the same articles. */
  associates: string[];
  /** Titles seen for them (the same title in a new article is evidence of the same person). */
  titles?: string[];
}

/** An event already in the graph. */
export interface KnownEvent {
  key: string;
  /** Normalized name (text-utils normalizeName). */
  name: string;
  date: string | null;
  /** Person keys of its attendees. */
  attendees: string[];
}

export interface KnownEntities {
  people: KnownPerson[];
  events: KnownEvent[];
}
