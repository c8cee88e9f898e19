/**
 * Runs a canned query on Neo4j: validates the parameters, runs cypher/queries/<name>.cypher
 * through a CypherRunner with a transaction timeout, and finishes the rows like the embedded store.
 */
import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import type { CypherRunner } from "./cypher-runner.js";
import { finishRows } from "./finish-rows.js";
import { parseParams } from "./parse-params.js";
import type { QueryResult } from "./query-types.js";
import { getQuery } from "./registry.js";
import { DEFAULT_QUERY_TIMEOUT_MS } from "./run-embedded-query.js";

/** cypher/queries/ sits two levels above this file both in src/query/ and in dist/query/. */
const QUERY_DIR = new URL("../../cypher/queries/", import.meta.url);
const cache = new Map<string, string>();

/** The text of cypher/queries/<name>.cypher. */
export async function loadCypher(name: string): Promise<string> {
  const cached = cache.get(name);
  if (cached !== undefined) return cached;
  const text = await readFile(fileURLToPath(new URL(`${name}.cypher`, QUERY_DIR)), "utf8");
  cache.set(name, text);
  return text;
}

/**
 * Runs query `name` with raw parameters through `runner`; throws NotFoundError for an
 * unknown query and QueryError for bad parameters or when Neo4j stops it at `timeoutMs`.
 */
export async function runNeo4jQuery(
  runner: CypherRunner,
  name: string,
  raw: Record<string, string | number | undefined>,
  timeoutMs = DEFAULT_QUERY_TIMEOUT_MS,
): Promise<QueryResult> {
  const def = getQuery(name);
  const params = parseParams(def, raw);
  const cypher = await loadCypher(def.name);
  const rows = await runner.read(cypher, params, timeoutMs);
  return { query: def.name, params, columns: def.columns, rows: finishRows(def, params, rows) };
}
