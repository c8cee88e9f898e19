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
 * Runs every schema statement whose named rule is missing, each in its own managed write
 * transaction. A concurrent loader creating the same rule first is not an error (the rule
 * exists, which is what was asked). Resolves to the number of statements of the schema.
 */
export async function applySchema(client: Neo4jClient): Promise<number> {
  const statements = schemaStatements();
  const session = client.driver.session(client.sessionConfig);
  try {
    // One read tells which named rules exist, so an up-to-date database costs no schema writes.
    const existing = new Set(
      await session.executeRead(async (tx) => {
        const names: string[] = [];
        for (const show of ["SHOW CONSTRAINTS YIELD name", "SHOW INDEXES YIELD name"]) {
          for (const record of (await tx.run(show)).records) names.push(String(record.get("name")));
        }
        return names;
      }),
    );
    for (const statement of statements) {
      const name = /^CREATE\s+(?:CONSTRAINT|INDEX)\s+(\w+)/i.exec(statement)?.[1];
      if (name !== undefined && existing.has(name)) continue;
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
