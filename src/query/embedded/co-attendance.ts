/** co-attendance on the embedded store: who shares events with a person, and how many. */
import type { Deadline } from "../deadline.js";
import type { QueryParams, StoreGraph } from "../query-types.js";
import { edgesOf, findNodes, inRange, str } from "./store-lookup.js";

/** Rows of people who attended the same events as `params.person` (within the date range), with counts. */
export function coAttendance(graph: StoreGraph, params: QueryParams, deadline: Deadline): Array<Record<string, unknown>> {
  const rows: Array<Record<string, unknown>> = [];
  for (const id of findNodes(graph, "Person", String(params.person))) {
    const shared = new Map<string, Set<string>>();
    for (const { other: eventId, otherAttrs: event } of edgesOf(graph, id, "ATTENDED", "out")) {
      if (event.label !== "Event" || !inRange(str(event, "date"), params.from, params.to)) continue;
      for (const { other } of edgesOf(graph, eventId, "ATTENDED", "in")) {
        deadline.check();
        if (other === id || graph.getNodeAttribute(other, "label") !== "Person") continue;
        const events = shared.get(other) ?? new Set<string>();
        events.add(eventId);
        shared.set(other, events);
      }
    }
    for (const [other, events] of shared) {
      const attrs = graph.getNodeAttributes(other);
      rows.push({
        person: graph.getNodeAttribute(id, "key"),
        other: attrs.key,
        name: attrs.name,
        count: events.size,
        events: [...events].map((e) => graph.getNodeAttribute(e, "name")),
      });
    }
  }
  return rows;
}
