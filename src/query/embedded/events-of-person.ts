/** events-of-person on the embedded store: a person's events with roles and places in a date range. */
import type { Deadline } from "../deadline.js";
import type { QueryParams, StoreGraph } from "../query-types.js";
import { edgesOf, findNodes, inRange, str } from "./store-lookup.js";

/** Rows of events attended by the person named or keyed `params.person`, between `from` and `to`. */
export function eventsOfPerson(graph: StoreGraph, params: QueryParams, deadline: Deadline): Array<Record<string, unknown>> {
  const rows: Array<Record<string, unknown>> = [];
  for (const id of findNodes(graph, "Person", String(params.person))) {
    const person = graph.getNodeAttributes(id);
    for (const { attrs, other, otherAttrs: event } of edgesOf(graph, id, "ATTENDED", "out")) {
      deadline.check();
      if (event.label !== "Event" || !inRange(str(event, "date"), params.from, params.to)) continue;
      const places = new Set(
        edgesOf(graph, other, "HELD_IN", "out")
          .filter((v) => v.otherAttrs.label === "Place")
          .map((v) => v.otherAttrs.name),
      );
      rows.push({
        person: person.key,
        name: person.name,
        event: event.key,
        eventName: event.name,
        date: event.date,
        kind: event.kind,
        role: attrs.role,
        places: [...places],
        article: attrs.article,
        evidence: attrs.evidence,
      });
    }
  }
  return rows;
}
