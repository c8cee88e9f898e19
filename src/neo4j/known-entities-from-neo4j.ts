/**
 * Reads from Neo4j what the resolver needs to join a new batch of articles to the graph (the
 * people of the batch's names, every event), as src/graph/known-entities-from-graph.ts does for the embedded store.
 */
import type { KnownEntities, KnownEvent, KnownPerson } from "../resolve/known-entities.js";
import { normalizeName } from "../resolve/text-utils.js";
import type { ExtractionRecord } from "../types.js";
import { translateNeo4jError, type Neo4jClient } from "./connect.js";

// Facts contributed by the articles being (re)resolved ($exclude) are left out: they are about to be replaced.
const PEOPLE = `
MATCH (p:Person) WHERE p.name IN $names AND coalesce(p.reporter, false) <> true
  AND EXISTS { MATCH (a:Article)-[m:MENTIONS]->(p) WHERE NOT a.id IN $exclude }
CALL (p) {
  OPTIONAL MATCH (p)-[h:HOLDS_POSITION]->(o:Organization) WHERE NOT h.article IN $exclude
  OPTIONAL MATCH (o)-[:LOCATED_IN]->(op:Place) WHERE op.name = p.jurisdiction
  OPTIONAL MATCH (p)-[hp:HOLDS_POSITION]->(pl:Place)
    WHERE NOT hp.article IN $exclude AND pl.name = p.jurisdiction AND pl.adcode IS NOT NULL
  RETURN collect(DISTINCT o.key) AS orgs, head(collect(op.adcode) + collect(pl.adcode)) AS jurisdictionCode
}
CALL (p) {
  OPTIONAL MATCH (p)<-[:MENTIONS]-(a:Article)-[:MENTIONS]->(x)
  WHERE NOT a.id IN $exclude
    AND ((x:Place AND x.adcode IS NOT NULL) OR (x:Person AND x <> p AND coalesce(x.reporter, false) <> true))
  RETURN collect(DISTINCT CASE WHEN x:Place THEN x.adcode END) AS places,
         collect(DISTINCT CASE WHEN x:Person THEN x.key END) AS associates
}
RETURN p.key AS key, p.name AS name, p.jurisdiction AS jurisdiction, jurisdictionCode, places, orgs, associates
ORDER BY key`;

const EVENTS = `
MATCH (e:Event) WHERE EXISTS { MATCH (a:Article)-[:MENTIONS|REPORTS]->(e) WHERE NOT a.id IN $exclude }
OPTIONAL MATCH (p:Person)-[r:ATTENDED]->(e) WHERE NOT r.article IN $exclude
RETURN e.key AS key, e.name AS name, e.date AS date, collect(DISTINCT p.key) AS attendees
ORDER BY key`;

const strings = (value: unknown): string[] => (Array.isArray(value) ? value.map(String) : []);
const stringOrNull = (value: unknown): string | null => (value === null || value === undefined ? null : String(value));

/**
 * The people named in `records` and all events already in the database, for
 * `resolveRecords(records, { known })`, so a later load joins the people and events of earlier
 * ones; what only `records`' own articles contributed before is left out.
 */
export async function knownEntitiesFromNeo4j(client: Neo4jClient, records: ExtractionRecord[]): Promise<KnownEntities> {
  const names = [...new Set(records.flatMap((r) => r.entities.filter((e) => e.type === "Person").map((e) => e.name)))];
  const exclude = records.map((r) => r.article.id);
  const session = client.driver.session({ ...client.sessionConfig, defaultAccessMode: "READ" });
  try {
    return await session.executeRead(async (tx) => {
      const people: KnownPerson[] = (await tx.run(PEOPLE, { names, exclude })).records.map((r) => ({
        key: String(r.get("key")),
        name: String(r.get("name")),
        jurisdiction: stringOrNull(r.get("jurisdiction")),
        jurisdictionCode: stringOrNull(r.get("jurisdictionCode")),
        places: strings(r.get("places")),
        orgs: strings(r.get("orgs")),
        associates: strings(r.get("associates")),
      }));
      const events: KnownEvent[] = (await tx.run(EVENTS, { exclude })).records.map((r) => ({
        key: String(r.get("key")),
        name: normalizeName(String(r.get("name"))),
        date: stringOrNull(r.get("date")),
        attendees: strings(r.get("attendees")),
      }));
      return { people, events };
    });
  } catch (err) {
    throw translateNeo4jError(err, client.connection);
  } finally {
    await session.close();
  }
}
