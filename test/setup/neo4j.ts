/**
 * Vitest global setup of the integration tests: the Neo4j they run against. With NEO4J_URI set,
 * that server; otherwise the project's own (started here unless already running, stopped after).
 */
import type { TestProject } from "vitest/node";
import { resolveConnection, localServerOptions, type Neo4jConnection } from "../../src/neo4j/settings.js";
import { startNeo4jServer, stopNeo4jServer } from "../../src/neo4j/server.js";

declare module "vitest" {
  export interface ProvidedContext {
    neo4j: Neo4jConnection;
  }
}

export default async function setup(project: TestProject): Promise<(() => Promise<void>) | undefined> {
  if (process.env.NEO4J_URI) {
    project.provide("neo4j", resolveConnection());
    return undefined;
  }
  const options = localServerOptions();
  const result = await startNeo4jServer(options, { log: (line) => process.stderr.write(`neo4j: ${line}\n`) });
  project.provide("neo4j", resolveConnection(process.env, options));
  // A server this run started is stopped after it; one that was already running stays up.
  if (!result.started || process.env.ZHKG_NEO4J_KEEP === "1") return undefined;
  return async () => {
    await stopNeo4jServer(options);
  };
}
