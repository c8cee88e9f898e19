/**
 * Picks and opens the backend a command reads: Neo4j when asked (`--neo4j`) or when
 * NEO4J_URI is set and no store was named, else the embedded store file.
 */
import { embeddedBackend } from "./embedded-backend.js";
import type { GraphBackend } from "./graph-backend.js";
import { openNeo4jBackend } from "./open-neo4j-backend.js";
import { loadStore } from "../graph/load-store.js";

/** Where the embedded store lives unless --store says otherwise. */
export const DEFAULT_STORE = ".zhkg/graph.json";

export interface BackendChoice {
  neo4j?: boolean;
  store?: string;
}

/** Opens the backend chosen by `choice` and the environment; the caller closes it. */
export async function openBackend(choice: BackendChoice, env: NodeJS.ProcessEnv = process.env): Promise<GraphBackend> {
  const useNeo4j = choice.neo4j === true || (choice.store === undefined && Boolean(env.NEO4J_URI));
  if (useNeo4j) return openNeo4jBackend(env);
  return embeddedBackend(await loadStore(choice.store ?? DEFAULT_STORE));
}
