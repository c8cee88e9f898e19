/**
 * The whole `zhkg load` path (extract, resolve against what Neo4j holds, load) on real articles:
 * loading the same input again changes nothing, for one batch and for one file at a time.
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
const files = existsSync(DEV) ? readdirSync(DEV).filter((f) => f.endsWith(".txt")).sort().slice(0, 3).map((f) => join(DEV, f)) : [];

let client: Neo4jClient;

beforeAll(async () => {
  client = await connectForTest();
});
afterAll(async () => {
  await client?.close();
});

describe.runIf(files.length >= 2)("loadRecords on real articles", () => {
  it("reloading changes nothing, whether the articles came together or one file at a time", async () => {
    await clearDatabase(client);
    const together = await loadRecords(client, extractSources(files, {}));
    expect(together.articles).toBeGreaterThanOrEqual(files.length);
    const once = await snapshot(client);
    await loadRecords(client, extractSources(files, {}));
    expect(await snapshot(client)).toEqual(once);

    await clearDatabase(client);
    for (const file of files) await loadRecords(client, extractSources([file], {}));
    const oneByOne = await snapshot(client);
    for (const file of files) await loadRecords(client, extractSources([file], {}));
    expect(await snapshot(client)).toEqual(oneByOne);
    // One-by-one need not equal together: resolution is incremental, so a title-less name loaded
    // before the article that gives its title keeps an article-scoped key (see the README).
  });
});
