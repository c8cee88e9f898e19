/**
 * Builds the resolution stage's index of known people and events from the embedded store,
 * so a new article's title-less names can join people already in the graph.
 */
import type { KnownEntities, KnownEvent, KnownPerson } from "../resolve/known-entities.js";
import { normalizeName } from "../resolve/text-utils.js";
import type { ZhkgGraph } from "./store-graph.js";

/**
 * People (with jurisdiction code, places, orgs, associates, titles) and events (with
 * attendees); only people called one of `names` when given (a batch's names: joins are by name).
 */
export function knownEntitiesFromGraph(graph: ZhkgGraph, names?: ReadonlySet<string>): KnownEntities {
  const people: KnownPerson[] = [];
  const events: KnownEvent[] = [];
  graph.forEachNode((id, attrs) => {
    if (attrs.label === "Person") {
      if (attrs.reporter === true || (names && !names.has(String(attrs.name)))) return;
      const jurisdiction = typeof attrs.jurisdiction === "string" ? attrs.jurisdiction : null;
      let jurisdictionCode: string | null = null;
      const orgs = new Set<string>();
      graph.forEachOutEdge(id, (_e, edge, _s, target, _sa, targetAttrs) => {
        if (edge.type !== "HOLDS_POSITION") return;
        if (targetAttrs.label === "Organization") {
          orgs.add(targetAttrs.key);
          graph.forEachOutEdge(target, (_e2, e2, _s2, _t2, _sa2, placeAttrs) => {
            if (e2.type === "LOCATED_IN" && placeAttrs.name === jurisdiction) jurisdictionCode = String(placeAttrs.adcode);
          });
        } else if (targetAttrs.label === "Place" && targetAttrs.name === jurisdiction && targetAttrs.adcode) {
          jurisdictionCode = String(targetAttrs.adcode);
        }
      });
      const places = new Set<string>();
      const associates = new Set<string>();
      graph.forEachInEdge(id, (_e, edge, article) => {
        if (edge.type !== "MENTIONS") return;
        graph.forEachOutNeighbor(article, (_n, other) => {
          if (other.label === "Place" && typeof other.adcode === "string") places.add(other.adcode);
          if (other.label === "Person" && other.key !== attrs.key && other.reporter !== true) associates.add(other.key);
        });
      });
      const titles = Array.isArray(attrs.titles) ? attrs.titles.map(String) : [];
      people.push({ key: attrs.key, name: String(attrs.name), jurisdiction, jurisdictionCode, places: [...places], orgs: [...orgs], associates: [...associates], titles });
    } else if (attrs.label === "Event") {
      const attendees = new Set<string>();
      graph.forEachInEdge(id, (_e, edge, _s, _t, source) => {
        if (edge.type === "ATTENDED") attendees.add(source.key);
      });
      events.push({ key: attrs.key, name: normalizeName(String(attrs.name)), date: typeof attrs.date === "string" ? attrs.date : null, attendees: [...attendees] });
    }
  });
  return { people, events };
}
