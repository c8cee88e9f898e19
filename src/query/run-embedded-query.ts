/**
 * Runs a canned query on the embedded store: validates the parameters, calls the
 * query's graphology implementation under a deadline, and finishes the rows.
 */
import { Deadline } from "./deadline.js";
import { attendeesOfEvent } from "./embedded/attendees-of-event.js";
import { coAttendance } from "./embedded/co-attendance.js";
import { eventsAtPlace } from "./embedded/events-at-place.js";
import { eventsOfPerson } from "./embedded/events-of-person.js";
import { initiativeMentions } from "./embedded/initiative-mentions.js";
import { personProfile } from "./embedded/person-profile.js";
import { shortestConnection } from "./embedded/shortest-connection.js";
import { titleHolderAtDate } from "./embedded/title-holder-at-date.js";
import { finishRows } from "./finish-rows.js";
import { parseParams } from "./parse-params.js";
import type { QueryParams, QueryResult, StoreGraph } from "./query-types.js";
import { getQuery } from "./registry.js";

type EmbeddedQuery = (graph: StoreGraph, params: QueryParams, deadline: Deadline) => Array<Record<string, unknown>>;

const IMPLEMENTATIONS: Record<string, EmbeddedQuery> = {
  "attendees-of-event": attendeesOfEvent,
  "events-of-person": eventsOfPerson,
  "co-attendance": coAttendance,
  "person-profile": personProfile,
  "events-at-place": eventsAtPlace,
  "title-holder-at-date": titleHolderAtDate,
  "initiative-mentions": initiativeMentions,
  "shortest-connection": shortestConnection,
};

/** Default time limit of one query, on either backend. */
export const DEFAULT_QUERY_TIMEOUT_MS = 10_000;

/**
 * Runs query `name` with raw parameters on `graph`; throws NotFoundError for an unknown
 * query and QueryError for bad parameters or when it runs past `timeoutMs`.
 */
export function runEmbeddedQuery(
  graph: StoreGraph,
  name: string,
  raw: Record<string, string | number | undefined>,
  timeoutMs = DEFAULT_QUERY_TIMEOUT_MS,
): QueryResult {
  const def = getQuery(name);
  const params = parseParams(def, raw);
  const run = IMPLEMENTATIONS[def.name];
  if (!run) throw new Error(`bug: query ${def.name} has no embedded implementation`);
  const rows = run(graph, params, new Deadline(def.name, timeoutMs));
  return { query: def.name, params, columns: def.columns, rows: finishRows(def, params, rows) };
}
