/** events-at-place on the embedded store: events held at a place or anywhere inside it. */
import type { Deadline } from "../deadline.js";
import type { QueryParams, StoreGraph } from "../query-types.js";
import { edgesOf, findNodes, inRange, str } from "./store-lookup.js";

/** Same bound as the Cypher pattern PART_OF*0..10, so both backends walk equally deep. */
const MAX_DEPTH = 10;

/** Rows of events held in `params.place` or places PART_OF it (any depth up to 10), within the dates. */
export function eventsAtPlace(graph: StoreGraph, params: QueryParams, deadline: Deadline): Array<Record<string, unknown>> {
  const rows = new Map<string, Record<string, unknown>>();
  for (const top of findNodes(graph, "Place", String(params.place))) {
    const topAttrs = graph.getNodeAttributes(top);
    const inside = new Set([top]);
    let frontier = [top];
    for (let depth = 0; depth < MAX_DEPTH && frontier.length > 0; depth += 1) {
      const next: string[] = [];
      for (const place of frontier) {
        for (const { other, otherAttrs } of edgesOf(graph, place, "PART_OF", "in")) {
          deadline.check();
          if (otherAttrs.label !== "Place" || inside.has(other)) continue;
          inside.add(other);
          next.push(other);
        }
      }
      frontier = next;
    }
    for (const place of inside) {
      const placeAttrs = graph.getNodeAttributes(place);
      for (const { otherAttrs: event } of edgesOf(graph, place, "HELD_IN", "in")) {
        deadline.check();
        if (event.label !== "Event" || !inRange(str(event, "date"), params.from, params.to)) continue;
        const row = {
          place: topAttrs.key,
          placeName: topAttrs.name,
          event: event.key,
          eventName: event.name,
          date: event.date,
          kind: event.kind,
          heldIn: placeAttrs.name,
          heldInKey: placeAttrs.key,
        };
        rows.set(JSON.stringify(row), row);
      }
    }
  }
  return [...rows.values()];
}
