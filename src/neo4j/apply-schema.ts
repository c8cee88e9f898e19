/**
 * Applies cypher/schema.cypher (constraints and indexes, all IF NOT EXISTS) to a Neo4j database;
 * idempotent, and safe when several loaders apply it at once.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Neo4jClient } from "./connect.js";
import { neo4jCode, translateNeo4jError } from "./connect.js";
import { PROJECT_ROOT } from "./settings.js";

const SCHEMA_FILE = join(PROJECT_ROOT, "cypher", "schema.cypher");

/** The statements of a Cypher script: `//` comment lines dropped, split at `;` ending a line. */
export function splitStatements(script: string): string[] {
  return script
    .split("\n")
    .filter((line) => !line.trim().startsWith("//"))
    .join("\n")
    .split(/;\s*(?:\n|$)/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

/** The statements of cypher/schema.cypher. */
export function schemaStatements(): string[] {
  return splitStatements(readFileSync(SCHEMA_FILE, "utf8"));
}

/**
 * Runs every schema statement, each in its own managed write transaction. A concurrent loader
 * creating the same rule first is not an error (the rule exists, which is what was asked).
 */
export async function applySchema(client: Neo4jClient): Promise<number> {
  const statements = schemaStatements();
  const session = client.driver.session(client.sessionConfig);
  try {
    for (const statement of statements) {
      try {
        await session.executeWrite((tx) => tx.run(statement));
      } catch (err) {
        if (!/AlreadyExists/.test(neo4jCode(err))) throw translateNeo4jError(err, client.connection);
      }
    }
  } finally {
    await session.close();
  }
  return statements.length;
}
