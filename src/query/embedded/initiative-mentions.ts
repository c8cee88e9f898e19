/** initiative-mentions on the embedded store: which people and events raised which initiatives. */
import type { Deadline } from "../deadline.js";
import type { QueryParams, StoreGraph } from "../query-types.js";
import { edgesOf, findNodes, str } from "./store-lookup.js";

/** Rows of ADDRESSED edges from a Person or Event into `params.initiative` (every initiative when null). */
export function initiativeMentions(graph: StoreGraph, params: QueryParams, deadline: Deadline): Array<Record<string, unknown>> {
  const initiatives =
    params.initiative === null
      ? graph.filterNodes((_id, attrs) => attrs.label === "Initiative")
      : findNodes(graph, "Initiative", String(params.initiative));
  const rows: Array<Record<string, unknown>> = [];
  for (const id of initiatives) {
    const initiative = graph.getNodeAttributes(id);
    for (const { attrs, otherAttrs: by } of edgesOf(graph, id, "ADDRESSED", "in")) {
      deadline.check();
      if (by.label !== "Person" && by.label !== "Event") continue;
      const article = str(attrs, "article");
      const articleNode = article === null ? null : `Article:${article}`;
      const articleDate = articleNode && graph.hasNode(articleNode) ? str(graph.getNodeAttributes(articleNode), "date") : null;
      rows.push({
        initiative: initiative.key,
        initiativeName: initiative.name,
        raisedByLabel: by.label,
        raisedBy: by.key,
        raisedByName: by.name,
        date: str(by, "date") ?? articleDate,
        article,
        evidence: attrs.evidence,
      });
    }
  }
  return rows;
}
