/**
 * The sample newspaper page through the real extractor, resolver and store: repeated people
 * merge, building twice changes nothing, two halves equal the whole. The records are also
 * frozen as a fixture (UPDATE=1 rewrites it) so export goldens do not move with the extractor.
 */
import { existsSync, writeFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { buildStore, type BuildItem } from "../../src/graph/build-store.js";
import { serializeStore } from "../../src/graph/save-store.js";
import { createStoreGraph, type ZhkgGraph } from "../../src/graph/store-graph.js";
import { extractSources } from "../../src/pipeline/extract-sources.js";
import type { ExtractionRecord } from "../../src/types.js";

const PAGE = "../shared/corpus/yiwu-2022-12-08-page1.txt";
const FROZEN = new URL("../fixtures/graph/yiwu-page1.records.jsonl", import.meta.url).pathname;
const HOME = "义乌市";
let records: ExtractionRecord[] = [];

const asItems = (rs: ExtractionRecord[]): BuildItem[] => rs.map((record) => ({ kind: "record", record }));
async function build(graph: ZhkgGraph, rs: ExtractionRecord[]): Promise<ZhkgGraph> {
  await buildStore(graph, asItems(rs), { home: HOME });
  return graph;
}
const text = (g: ZhkgGraph) => JSON.stringify(serializeStore(g));

beforeAll(async () => {
  for await (const item of extractSources([PAGE], { home: HOME })) if (item.kind === "record") records.push(item.record);
  if (process.env.UPDATE === "1" || !existsSync(FROZEN)) writeFileSync(FROZEN, records.map((r) => JSON.stringify(r)).join("\n") + "\n");
});

describe("sample page", () => {
  it("extracts several articles", () => expect(records.length).toBeGreaterThanOrEqual(4));

  it.each(["朱重烈", "王文序", "王健", "叶帮锐"])("%s is one node with every article and event attached", async (name) => {
    const graph = await build(createStoreGraph(), records);
    const nodes = graph.filterNodes((_id, a) => a.label === "Person" && a.name === name && a.reporter !== true);
    expect(nodes).toHaveLength(1);
    const node = nodes[0]!;
    const withName = records.filter((r) => r.entities.some((e) => e.type === "Person" && e.name === name));
    expect(withName.length).toBeGreaterThanOrEqual(2);
    const mentioning = new Set(graph.inNeighbors(node).filter((n) => graph.getNodeAttribute(n, "label") === "Article"));
    expect(mentioning).toEqual(new Set(withName.map((r) => `Article:${r.article.id}`)));
    const attendedInRecords = withName.flatMap((r) => {
      const ids = new Set(r.entities.filter((e) => e.type === "Person" && e.name === name).map((e) => e.id));
      return r.relations.filter((rel) => rel.type === "ATTENDED" && ids.has(rel.from));
    });
    const attended = graph.outEdges(node).filter((e) => graph.getEdgeAttribute(e, "type") === "ATTENDED");
    expect(attended).toHaveLength(attendedInRecords.length);
  });

  it("building the page twice leaves the store unchanged", async () => {
    const once = text(await build(createStoreGraph(), records));
    expect(text(await build(await build(createStoreGraph(), records), records))).toBe(once);
  });

  it("building two halves equals building the whole", async () => {
    const whole = text(await build(createStoreGraph(), records));
    const half = Math.ceil(records.length / 2);
    const halves = await build(await build(createStoreGraph(), records.slice(0, half)), records.slice(half));
    expect(text(halves)).toBe(whole);
  });
});
