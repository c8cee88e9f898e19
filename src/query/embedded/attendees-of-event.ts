/** attendees-of-event on the embedded store: who attended an event, one row per person with all their roles. */
import type { Deadline } from "../deadline.js";
import type { QueryParams, StoreEdgeAttributes, StoreGraph } from "../query-types.js";
import { edgesOf, findNodes, str } from "./store-lookup.js";

/** Attendance roles, most specific first; cypher/queries/attendees-of-event.cypher lists them alike. */
export const ROLE_RANK = ["presided", "keynote", "spoke", "hosted", "inspected", "accompanied", "attended", "other"] as const;

/**
 * Rows of attendees of the events named or keyed `params.event` (optionally on `params.date`):
 * one per person and event, merging that person's ATTENDED edges (one per role and article).
 */
export function attendeesOfEvent(graph: StoreGraph, params: QueryParams, deadline: Deadline): Array<Record<string, unknown>> {
  const rows: Array<Record<string, unknown>> = [];
  for (const id of findNodes(graph, "Event", String(params.event))) {
    const event = graph.getNodeAttributes(id);
    if (params.date !== null && str(event, "date") !== params.date) continue;
    const byPerson = new Map<string, StoreEdgeAttributes[]>();
    for (const { attrs, other, otherAttrs: person } of edgesOf(graph, id, "ATTENDED", "in")) {
      deadline.check();
      if (person.label !== "Person") continue;
      byPerson.set(other, [...(byPerson.get(other) ?? []), attrs]);
    }
    for (const [personId, edges] of byPerson) {
      const person = graph.getNodeAttributes(personId);
      const roles = distinct(edges.map((e) => str(e, "role")).sort(byRank));
      // Evidence in reading order (article, then position), the order the Cypher collects it in.
      const read = [...edges].sort((a, b) => cmp(str(a, "article"), str(b, "article")) || cmp(num(a.evidenceStart), num(b.evidenceStart)) || cmp(str(a, "evidence"), str(b, "evidence")));
      const orders = edges.map((e) => e.order).filter((o): o is number => typeof o === "number");
      rows.push({
        event: event.key,
        eventName: event.name,
        date: event.date,
        order: orders.length ? Math.min(...orders) : null,
        person: person.key,
        name: person.name,
        titles: person.titles ?? [],
        role: roles[0] ?? null,
        roles,
        articles: distinct(edges.map((e) => str(e, "article"))),
        evidence: distinct(read.map((e) => str(e, "evidence"))).filter((s) => s !== ""),
      });
    }
  }
  return rows;
}

/** Most specific role first (ROLE_RANK order), roles outside the list after it by name. */
function byRank(a: string | null, b: string | null): number {
  return rank(a) - rank(b) || cmp(a, b);
}

function rank(role: string | null): number {
  const i = (ROLE_RANK as readonly (string | null)[]).indexOf(role);
  return i === -1 ? ROLE_RANK.length : i;
}

/** Nulls last, like Cypher's ORDER BY; strings by UTF-16 code units. */
function cmp(a: string | number | null, b: string | number | null): number {
  if (a === null || b === null) return a === b ? 0 : a === null ? 1 : -1;
  return a < b ? -1 : a > b ? 1 : 0;
}

function num(v: unknown): number | null {
  return typeof v === "number" ? v : null;
}

/** Non-null values, first occurrence kept (Cypher's collect(DISTINCT x) skips nulls too). */
function distinct(values: Array<string | null>): string[] {
  return [...new Set(values.filter((v): v is string => v !== null))];
}
