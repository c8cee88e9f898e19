/**
 * The whole `zhkg load` path (extract, resolve with the related stored articles, load) on real
 * articles: one file at a time, in any order, gives the graph of one load of them all.
 */
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Neo4jClient } from "../../src/neo4j/connect.js";
import { loadRecords } from "../../src/neo4j/load-records.js";
import { PROJECT_ROOT } from "../../src/neo4j/settings.js";
import { extractSources } from "../../src/pipeline/extract-sources.js";
import { clearDatabase, connectForTest, snapshot } from "./helpers.js";

const DEV = join(PROJECT_ROOT, "..", "shared", "corpus", "dev");
const files = existsSync(DEV) ? readdirSync(DEV).filter((f) => f.endsWith(".txt")).sort().slice(0, 4).map((f) => join(DEV, f)) : [];

let client: Neo4jClient;

/** Label and key of every node (list properties may keep titles a superseded resolution gave; see load-delta.ts). */
async function nodeKeys(): Promise<string[]> {
  return nodeKeysOf(await snapshot(client));
}
async function nodeKeysOf(graph: { nodes: string[] }): Promise<string[]> {
  return graph.nodes
    .map((line) => JSON.parse(line) as { labels: string[]; props: { key?: string; id?: string } })
    .map((n) => `${n.labels.join(":")}:${n.props.key ?? n.props.id}`)
    .sort();
}

beforeAll(async () => {
  client = await connectForTest();
});
afterAll(async () => {
  await client?.close();
});

describe.runIf(files.length >= 2)("loadRecords on real articles", () => {
  it("loading articles one file at a time, in any order, equals loading them together; reloading changes nothing", async () => {
    await clearDatabase(client);
    const together = await loadRecords(client, extractSources(files, {}));
    expect(together.articles).toBeGreaterThanOrEqual(files.length);
    const expected = await snapshot(client);
    await loadRecords(client, extractSources(files, {}));
    expect(await snapshot(client)).toEqual(expected);

    for (const order of [[...files].reverse(), files]) {
      await clearDatabase(client);
      for (const file of order) await loadRecords(client, extractSources([file], {}));
      const actual = await snapshot(client);
      expect(actual.relationships).toEqual(expected.relationships);
      expect(await nodeKeys()).toEqual(await nodeKeysOf(expected));
    }
  });
});
