/**
 * Golden exports of the sample page, built from its frozen extraction records
 * (test/fixtures/graph/yiwu-page1.records.jsonl) so they change only with resolution or export.
 */
import { readFileSync } from "node:fs";
import { describe, it } from "vitest";
import { writeGexf } from "../../src/export/write-gexf.js";
import { writeGraphml } from "../../src/export/write-graphml.js";
import { writeJson } from "../../src/export/write-json.js";
import { neo4jCsvFiles } from "../../src/export/write-neo4j-csv.js";
import { applyDelta } from "../../src/graph/apply-delta.js";
import { createStoreGraph } from "../../src/graph/store-graph.js";
import { resolveRecords } from "../../src/resolve/resolve-records.js";
import type { ExtractionRecord } from "../../src/types.js";
import { expectGolden } from "./golden.js";

const frozen = readFileSync(new URL("../fixtures/graph/yiwu-page1.records.jsonl", import.meta.url), "utf8")
  .trim()
  .split("\n")
  .map((l) => JSON.parse(l) as ExtractionRecord);
const graph = createStoreGraph();
applyDelta(graph, resolveRecords(frozen, { home: "义乌市" }));

describe("sample page exports", () => {
  it("GEXF", () => expectGolden(writeGexf(graph), "sample-page.golden.gexf"));
  it("GraphML", () => expectGolden(writeGraphml(graph), "sample-page.golden.graphml"));
  it("JSON", () => expectGolden(writeJson(graph), "sample-page.golden.json"));
  it("CSV", () => expectGolden(neo4jCsvFiles(graph).map((f) => `=== ${f.name}\n${f.content}`).join(""), "sample-page.golden.csv.txt"));
});
