/**
 * Shared pieces of the integration tests: a client for the server the global setup chose, a way
 * to empty it, and a canonical snapshot of the whole graph to compare loads by.
 */
import { inject } from "vitest";
import { openNeo4j, type Neo4jClient } from "../../src/neo4j/connect.js";
import type { Neo4jConnection } from "../../src/neo4j/settings.js";

/** The connection the global setup provided. */
export function testConnection(): Neo4jConnection {
  return inject("neo4j");
}

/** Opens a client; `maxRetryTimeMs` short so a dead server fails fast. */
export function connectForTest(connection: Neo4jConnection = testConnection(), maxRetryTimeMs = 15_000): Promise<Neo4jClient> {
  return openNeo4j(connection, { maxRetryTimeMs });
}

/** Runs one statement in a managed write transaction and returns plain row objects. */
export async function write(client: Neo4jClient, cypher: string, params: Record<string, unknown> = {}): Promise<Array<Record<string, unknown>>> {
  const session = client.driver.session(client.sessionConfig);
  try {
    return await session.executeWrite(async (tx) => (await tx.run(cypher, params)).records.map((r) => r.toObject()));
  } finally {
    await session.close();
  }
}

/** Runs one read statement and returns plain row objects. */
export async function read(client: Neo4jClient, cypher: string, params: Record<string, unknown> = {}): Promise<Array<Record<string, unknown>>> {
  const session = client.driver.session(client.sessionConfig);
  try {
    return await session.executeRead(async (tx) => (await tx.run(cypher, params)).records.map((r) => r.toObject()));
  } finally {
    await session.close();
  }
}

/** Deletes every node and relationship (schema stays). */
export async function clearDatabase(client: Neo4jClient): Promise<void> {
  await write(client, "MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS", {}).catch(async () => {
    // CALL … IN TRANSACTIONS needs an implicit transaction; fall back to a plain delete.
    await write(client, "MATCH (n) DETACH DELETE n");
  });
}

/** Every node (labels and properties) and relationship (type, ends, properties), sorted, as JSON lines. */
export async function snapshot(client: Neo4jClient): Promise<{ nodes: string[]; relationships: string[] }> {
  const nodes = await read(client, "MATCH (n) RETURN labels(n) AS labels, properties(n) AS props");
  const rels = await read(
    client,
    "MATCH (a)-[r]->(b) RETURN type(r) AS type, coalesce(a.key, a.id) AS from, coalesce(b.key, b.id) AS to, properties(r) AS props",
  );
  return {
    nodes: nodes.map((n) => stable(n)).sort(),
    relationships: rels.map((r) => stable(r)).sort(),
  };
}

/** Node counts per label and relationship counts per type. */
export async function counts(client: Neo4jClient): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const row of await read(client, "MATCH (n) RETURN head(labels(n)) AS label, count(*) AS n")) out[String(row.label)] = Number(row.n);
  for (const row of await read(client, "MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS n")) out[String(row.type)] = Number(row.n);
  return out;
}

/** JSON with object keys sorted, so equal graphs give equal strings. */
function stable(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === "object" && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}
