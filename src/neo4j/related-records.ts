/**
 * Finds the extraction records of articles already in Neo4j that share a person's name with a
 * batch, so the batch is resolved together with them and loading A then B gives what A + B gives.
 */
import type { ExtractionRecord } from "../types.js";
import { translateNeo4jError, type Neo4jClient } from "./connect.js";

/** Article properties keeping the article's extraction record (JSON) and the home place it was resolved with. */
export const RECORD_PROPERTY = "record";
export const HOME_PROPERTY = "resolveHome";

const RELATED = `
MATCH (a:Article)-[:MENTIONS]->(p:Person)
WHERE p.name IN $names AND NOT a.id IN $ids AND a.record IS NOT NULL AND coalesce(a.resolveHome, '') = $home
RETURN DISTINCT a.id AS id, a.record AS record
ORDER BY id
LIMIT toInteger($room)`;

const personNames = (records: ExtractionRecord[]) =>
  records.flatMap((r) => r.entities.filter((e) => e.type === "Person").map((e) => e.name));

/**
 * Records of stored articles resolved with the same `home` and linked to `records` through
 * shared person names, followed transitively, at most `limit` of them (a name as common as 王伟
 * must not pull in the whole graph: past the limit, resolution falls back to what the database knows).
 */
export async function relatedRecords(client: Neo4jClient, records: ExtractionRecord[], home: string | undefined, limit = 500): Promise<ExtractionRecord[]> {
  const ids = new Set(records.map((r) => r.article.id));
  const found: ExtractionRecord[] = [];
  let names = new Set(personNames(records));
  const session = client.driver.session({ ...client.sessionConfig, defaultAccessMode: "READ" });
  try {
    while (names.size > 0 && found.length < limit) {
      const params = { names: [...names], ids: [...ids], room: limit - found.length, home: home ?? "" };
      const rows = await session.executeRead(async (tx) => (await tx.run(RELATED, params)).records.map((r) => r.toObject()));
      const fresh: ExtractionRecord[] = [];
      for (const row of rows) {
        try {
          fresh.push(JSON.parse(String(row.record)) as ExtractionRecord);
        } catch {
          // A record that no longer parses is simply not re-resolved; its article keeps what it has.
          continue;
        }
        ids.add(String(row.id));
      }
      found.push(...fresh);
      const seen = new Set([...names]);
      names = new Set(personNames(fresh).filter((n) => !seen.has(n)));
    }
  } catch (err) {
    throw translateNeo4jError(err, client.connection);
  } finally {
    await session.close();
  }
  return found;
}
