/**
 * The sample newspaper page extracted, resolved and loaded into the real Neo4j: exact counts
 * per label and type (golden file, regenerate with UPDATE=1 after a deliberate extraction change),
 * a second load changes nothing, and the attendees of the forum come back from Cypher as in the gold file.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Neo4jClient } from "../../src/neo4j/connect.js";
import { loadRecords } from "../../src/neo4j/load-records.js";
import { PROJECT_ROOT } from "../../src/neo4j/settings.js";
import { extractSources } from "../../src/pipeline/extract-sources.js";
import { clearDatabase, connectForTest, counts, read, snapshot } from "./helpers.js";

const PAGE = join(PROJECT_ROOT, "..", "shared", "corpus", "yiwu-2022-12-08-page1.txt");
const GOLD = join(PROJECT_ROOT, "..", "shared", "eval", "seed-gold.jsonl");
const GOLDEN_COUNTS = new URL("../fixtures/neo4j/sample-page-counts.json", import.meta.url);
const EVENT = "第九届“西湖论善”活动";

interface GoldAttendance {
  person: string;
  event: string;
  role: string;
}

function goldAttendees(): Array<{ name: string; role: string }> {
  const out: Array<{ name: string; role: string }> = [];
  for (const line of readFileSync(GOLD, "utf8").split("\n")) {
    if (!line.trim()) continue;
    const record = JSON.parse(line) as { attendance?: GoldAttendance[] };
    for (const a of record.attendance ?? []) if (a.event === EVENT) out.push({ name: a.person, role: a.role });
  }
  return out;
}

let client: Neo4jClient;

beforeAll(async () => {
  client = await connectForTest();
  await clearDatabase(client);
});
afterAll(async () => {
  await client?.close();
});

/** Loads the page and checks the database holds exactly what the resolved delta had. */
async function loadPage(): Promise<void> {
  const result = await loadRecords(client, extractSources([PAGE], {}), { home: "义乌市" });
  expect(result.articles).toBeGreaterThan(0);
  expect(result.diagnostics.filter((d) => d.ruleId.startsWith("neo4j/"))).toEqual([]);
  expect(await counts(client)).toEqual({ ...result.nodes, ...result.relationships });
}

describe.runIf(existsSync(PAGE) && existsSync(GOLD))("the sample page in Neo4j", () => {
  it("has the golden number of nodes per label and relationships per type, and a second load changes nothing", async () => {
    await loadPage();
    const actual = await counts(client);
    if (process.env.UPDATE === "1") writeFileSync(GOLDEN_COUNTS, `${JSON.stringify(actual, Object.keys(actual).sort(), 2)}\n`);
    const golden = JSON.parse(readFileSync(GOLDEN_COUNTS, "utf8")) as Record<string, number>;
    expect(actual).toEqual(golden);
    const first = await snapshot(client);
    await loadPage();
    expect(await snapshot(client)).toEqual(first);
  });

  it("returns the attendees of the forum with their roles as the gold file lists them", async () => {
    // One row per person, on the most specific of their roles (the gold file's convention:
    // 出席并讲话 is "spoke"), since a person may hold several ATTENDED relations to one event.
    const rows = await read(
      client,
      `MATCH (p:Person)-[r:ATTENDED]->(e:Event {name: $event})
       WITH p, collect(r.role) AS roles
       RETURN p.name AS name, [role IN $specificity WHERE role IN roles][0] AS role
       ORDER BY name`,
      { event: EVENT, specificity: ["presided", "keynote", "spoke", "hosted", "inspected", "accompanied", "attended", "other"] },
    );
    const gold = goldAttendees();
    expect(gold).toHaveLength(12);
    const byName = (a: { name: string }, b: { name: string }) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
    expect(rows).toEqual([...gold].sort(byName));
  });
});
