/** title-holder-at-date on the embedded store: the most recently attested holder(s) of a title on a date. */
import type { Deadline } from "../deadline.js";
import type { QueryParams, StoreGraph } from "../query-types.js";
import { str } from "./store-lookup.js";

/** Rows of people whose HOLDS_POSITION with exactly `params.title` has the latest asOf on or before `params.date`. */
export function titleHolderAtDate(graph: StoreGraph, params: QueryParams, deadline: Deadline): Array<Record<string, unknown>> {
  const date = String(params.date);
  const candidates: Array<Record<string, unknown>> = [];
  graph.forEachEdge((_edge, attrs, _source, _target, person, holder) => {
    deadline.check();
    if (attrs.type !== "HOLDS_POSITION" || person.label !== "Person" || attrs.title !== params.title) return;
    const asOf = str(attrs, "asOf");
    if (asOf === null || asOf > date) return;
    candidates.push({
      title: params.title,
      person: person.key,
      name: person.name,
      organization: holder.name,
      organizationKey: holder.key,
      asOf,
      article: attrs.article,
      evidence: attrs.evidence,
    });
  });
  const latest = candidates.reduce<string>((max, row) => (String(row.asOf) > max ? String(row.asOf) : max), "");
  return candidates.filter((row) => row.asOf === latest);
}
