/** attendees-of-event on the embedded store: who attended an event, in what role, in listing order. */
import type { Deadline } from "../deadline.js";
import type { QueryParams, StoreGraph } from "../query-types.js";
import { edgesOf, findNodes, str } from "./store-lookup.js";

/** Rows of attendees of the events named or keyed `params.event` (optionally on `params.date`). */
export function attendeesOfEvent(graph: StoreGraph, params: QueryParams, deadline: Deadline): Array<Record<string, unknown>> {
  const rows: Array<Record<string, unknown>> = [];
  for (const id of findNodes(graph, "Event", String(params.event))) {
    const event = graph.getNodeAttributes(id);
    if (params.date !== null && str(event, "date") !== params.date) continue;
    for (const { attrs, otherAttrs: person } of edgesOf(graph, id, "ATTENDED", "in")) {
      deadline.check();
      if (person.label !== "Person") continue;
      rows.push({
        event: event.key,
        eventName: event.name,
        date: event.date,
        order: attrs.order,
        person: person.key,
        name: person.name,
        titles: person.titles ?? [],
        role: attrs.role,
        article: attrs.article,
        evidence: attrs.evidence,
      });
    }
  }
  return rows;
}
