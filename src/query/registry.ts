/**
 * The canned analyst queries: names, parameter specs, result columns and row order.
 * Both backends answer every query listed here with the same columns and ordering.
 */
import { NotFoundError } from "../errors.js";
import type { ParamSpec, QueryDef } from "./query-types.js";

const from: ParamSpec = { name: "from", kind: "date", required: false, description: "earliest event date, YYYY-MM-DD" };
const to: ParamSpec = { name: "to", kind: "date", required: false, description: "latest event date, YYYY-MM-DD" };
const person: ParamSpec = { name: "person", kind: "string", required: true, description: "person name or key" };

/** Every canned query, in the order they are listed to users. */
export const QUERIES: readonly QueryDef[] = [
  {
    name: "attendees-of-event",
    description: "Who attended an event, one row per person with all their roles (most specific first), in the order the article lists them",
    params: [
      { name: "event", kind: "string", required: true, description: "event name or key" },
      { name: "date", kind: "date", required: false, description: "only the event held on this date, YYYY-MM-DD" },
    ],
    columns: ["event", "eventName", "date", "order", "person", "name", "titles", "role", "roles", "articles", "evidence"],
    display: ["date", "eventName", "order", "name", "roles", "titles", "evidence"],
    setColumns: ["titles", "articles"],
    sort: [{ column: "date" }, { column: "event" }, { column: "order" }, { column: "name" }, { column: "person" }],
    example: { event: "第三届“丝路论坛”活动" },
  },
  {
    name: "events-of-person",
    description: "The events a person attended, with roles and places, optionally between two dates",
    params: [person, from, to],
    columns: ["person", "name", "event", "eventName", "date", "kind", "role", "places", "article", "evidence"],
    display: ["date", "name", "eventName", "role", "places", "kind", "evidence"],
    setColumns: ["places"],
    sort: [{ column: "date" }, { column: "event" }, { column: "person" }, { column: "role" }, { column: "article" }],
    example: { person: "李华", from: "2022-01-01", to: "2022-12-31" },
  },
  {
    name: "co-attendance",
    description: "People who attended the same events as a person, with how many events they shared",
    params: [
      person,
      from,
      to,
      { name: "limit", kind: "int", required: false, default: 50, min: 1, max: 1000, description: "most rows returned" },
    ],
    columns: ["person", "other", "name", "count", "events"],
    display: ["name", "count", "events", "other"],
    setColumns: ["events"],
    sort: [{ column: "count", desc: true }, { column: "name" }, { column: "other" }, { column: "person" }],
    limitParam: "limit",
    example: { person: "李华" },
  },
  {
    name: "person-profile",
    description: "A person's titles over time, organizations, places and initiatives",
    params: [person],
    columns: ["person", "name", "facet", "value", "target", "targetKey", "asOf", "article"],
    display: ["name", "facet", "value", "target", "asOf", "article"],
    setColumns: [],
    sort: [
      { column: "person" },
      { column: "facet" },
      { column: "asOf" },
      { column: "value" },
      { column: "targetKey" },
      { column: "article" },
    ],
    example: { person: "李华" },
  },
  {
    name: "events-at-place",
    description: "Events held at a place or at any place inside it (PART_OF, any depth)",
    params: [{ name: "place", kind: "string", required: true, description: "place name or key (adcode)" }, from, to],
    columns: ["place", "placeName", "event", "eventName", "date", "kind", "heldIn", "heldInKey"],
    display: ["date", "eventName", "kind", "heldIn", "placeName"],
    setColumns: [],
    sort: [{ column: "date" }, { column: "event" }, { column: "heldInKey" }, { column: "place" }],
    example: { place: "金华市" },
  },
  {
    name: "title-holder-at-date",
    description: "Who held a title on a date: the holder(s) most recently attested on or before it",
    params: [
      { name: "title", kind: "string", required: true, description: "title exactly as written, e.g. 市长" },
      { name: "date", kind: "date", required: true, description: "the date, YYYY-MM-DD" },
    ],
    columns: ["title", "person", "name", "organization", "organizationKey", "asOf", "article", "evidence"],
    display: ["title", "name", "organization", "asOf", "evidence"],
    setColumns: [],
    sort: [{ column: "person" }, { column: "organizationKey" }, { column: "article" }],
    example: { title: "义乌市长", date: "2022-01-01" },
  },
  {
    name: "initiative-mentions",
    description: "Initiatives and the people and events that raised them",
    params: [{ name: "initiative", kind: "string", required: false, description: "initiative name or key; all when omitted" }],
    columns: ["initiative", "initiativeName", "raisedByLabel", "raisedBy", "raisedByName", "date", "article", "evidence"],
    display: ["initiativeName", "raisedByLabel", "raisedByName", "date", "evidence"],
    setColumns: [],
    sort: [
      { column: "initiativeName" },
      { column: "initiative" },
      { column: "raisedByLabel" },
      { column: "raisedByName" },
      { column: "raisedBy" },
      { column: "article" },
    ],
    example: { initiative: "数字化改革" },
  },
  {
    name: "shortest-connection",
    description: "The shortest chains of events, organizations, places and initiatives linking two people",
    params: [
      { name: "from", kind: "string", required: true, description: "first person, name or key" },
      { name: "to", kind: "string", required: true, description: "second person, name or key" },
      { name: "maxHops", kind: "int", required: false, default: 6, min: 1, max: 10, description: "longest chain searched" },
      { name: "limit", kind: "int", required: false, default: 10, min: 1, max: 100, description: "most paths returned" },
    ],
    columns: ["from", "to", "hops", "keys", "names", "labels"],
    display: ["hops", "names", "labels"],
    chainColumns: ["keys", "names", "labels"],
    setColumns: [],
    sort: [{ column: "hops" }, { column: "from" }, { column: "to" }, { column: "keys" }],
    limitParam: "limit",
    example: { from: "王芳", to: "陈刚" },
  },
];

/** Relationship types a connection may run through (articles and figures would shortcut everything). */
export const CONNECTION_EDGE_TYPES = [
  "ATTENDED",
  "HOLDS_POSITION",
  "HELD_IN",
  "ORGANIZED_BY",
  "ADDRESSED",
  "PART_OF",
  "LOCATED_IN",
] as const;

/** Returns the query named `name`; throws NotFoundError listing the known names otherwise. */
export function getQuery(name: string): QueryDef {
  const def = QUERIES.find((q) => q.name === name);
  if (!def) {
    throw new NotFoundError(`no query named "${name}"; known queries: ${QUERIES.map((q) => q.name).join(", ")}`);
  }
  return def;
}
