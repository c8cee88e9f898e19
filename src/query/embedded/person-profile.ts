/** person-profile on the embedded store: titles over time, organizations, places, initiatives. */
import type { Deadline } from "../deadline.js";
import type { QueryParams, StoreGraph, StoreNodeAttributes } from "../query-types.js";
import { edgesOf, findNodes } from "./store-lookup.js";

/** Facet rows (title, organization, place, initiative) of the person named or keyed `params.person`. */
export function personProfile(graph: StoreGraph, params: QueryParams, deadline: Deadline): Array<Record<string, unknown>> {
  const rows = new Map<string, Record<string, unknown>>();
  for (const id of findNodes(graph, "Person", String(params.person))) {
    const person = graph.getNodeAttributes(id);
    // Keyed by content so a fact seen through two routes is one row, as Cypher's UNION does.
    const add = (row: Record<string, unknown>) => {
      const full = { person: person.key, name: person.name, target: null, asOf: null, article: null, ...row };
      rows.set(JSON.stringify(full), full);
    };
    const addNode = (facet: string, node: StoreNodeAttributes) => add({ facet, value: node.name, targetKey: node.key });
    for (const { attrs, otherAttrs: target } of edgesOf(graph, id, "HOLDS_POSITION", "out")) {
      deadline.check();
      add({ facet: "title", value: attrs.title, target: target.name, targetKey: target.key, asOf: attrs.asOf, article: attrs.article });
      if (target.label === "Organization") addNode("organization", target);
      if (target.label === "Place") addNode("place", target);
    }
    for (const { otherAttrs: initiative } of edgesOf(graph, id, "ADDRESSED", "out")) {
      if (initiative.label === "Initiative") addNode("initiative", initiative);
    }
    for (const { other: event, otherAttrs: eventAttrs } of edgesOf(graph, id, "ATTENDED", "out")) {
      if (eventAttrs.label !== "Event") continue;
      for (const { otherAttrs: place } of edgesOf(graph, event, "HELD_IN", "out")) {
        deadline.check();
        if (place.label === "Place") addNode("place", place);
      }
      for (const { otherAttrs: initiative } of edgesOf(graph, event, "ADDRESSED", "out")) {
        deadline.check();
        if (initiative.label === "Initiative") addNode("initiative", initiative);
      }
    }
  }
  return [...rows.values()];
}
