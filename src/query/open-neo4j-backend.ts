/** Opens the Neo4j backend: the connection src/neo4j resolves from the environment, read through a CypherRunner. */
import { openNeo4j } from "../neo4j/connect.js";
import { resolveConnection } from "../neo4j/settings.js";
import { runnerFromDriver } from "./cypher-runner.js";
import type { GraphBackend } from "./graph-backend.js";
import { neo4jBackend } from "./neo4j-backend.js";

/**
 * Connects to NEO4J_URI (NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE) or else the project's own
 * server, and returns a backend whose `close` closes the driver.
 */
export async function openNeo4jBackend(env: NodeJS.ProcessEnv): Promise<GraphBackend> {
  const client = await openNeo4j(resolveConnection(env));
  return neo4jBackend(runnerFromDriver(client.driver, client.sessionConfig.database), () => client.close());
}
