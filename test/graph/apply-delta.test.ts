import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { applyDelta } from "../../src/graph/apply-delta.js";
import { knownEntitiesFromGraph } from "../../src/graph/known-entities-from-graph.js";
import { loadStore } from "../../src/graph/load-store.js";
import { saveStore, serializeStore } from "../../src/graph/save-store.js";
import { createStoreGraph, type ZhkgGraph } from "../../src/graph/store-graph.js";
import { resolveRecords } from "../../src/resolve/resolve-records.js";
import type { ExtractionRecord } from "../../src/types.js";
import { loadRecords } from "../resolve/make-records.js";

const records = loadRecords(new URL("../fixtures/resolve/articles.json", import.meta.url).pathname);

/** What `zhkg build` does with one batch: resolve against the store, then merge. */
function build(graph: ZhkgGraph, batch: ExtractionRecord[]): ZhkgGraph {
  applyDelta(graph, resolveRecords(batch, { home: "兰溪市", known: knownEntitiesFromGraph(graph) }));
  return graph;
}
const text = (g: ZhkgGraph) => JSON.stringify(serializeStore(g));

describe("applyDelta", () => {
  it("is idempotent: the same records twice leave the store unchanged", () => {
    const once = text(build(createStoreGraph(), records));
    expect(text(build(build(createStoreGraph(), records), records))).toBe(once);
  });

  it("building two halves equals building the whole", () => {
    const whole = text(build(createStoreGraph(), records));
    const halves = build(build(createStoreGraph(), records.slice(0, 3)), records.slice(3));
    expect(text(halves)).toBe(whole);
  });

  it("replaces what an article contributed before and drops orphans", () => {
    const graph = build(createStoreGraph(), records);
    const t5 = records.find((r) => r.article.id === "t5")!;
    const emptied = { ...t5, entities: [], relations: [] };
    applyDelta(graph, resolveRecords([emptied], { home: "兰溪市" }));
    expect(graph.hasNode("Person:person:钱思远@?t5")).toBe(false);
    expect(graph.hasNode("Place:place:440100")).toBe(false);
    expect(graph.hasNode("Article:t5")).toBe(true);
    expect(graph.hasNode("Person:person:钱思远@兰溪市")).toBe(true);
  });

  it("stores nodes as label:key with their props and edges under their delta key", () => {
    const delta = resolveRecords(records, { home: "兰溪市" });
    const graph = createStoreGraph();
    applyDelta(graph, delta);
    expect(graph.order).toBe(delta.nodes.length);
    expect(graph.size).toBe(delta.edges.length);
    const e = delta.edges[0]!;
    expect(graph.getEdgeAttributes(e.key)).toEqual({ ...e.props, type: e.type });
    expect(graph.getNodeAttribute("Person:person:赵立新@金华市", "key")).toBe("person:赵立新@金华市");
  });
});

describe("store file", () => {
  it("saves atomically and loads back whole", async () => {
    const dir = mkdtempSync(join(tmpdir(), "zhkg-store-"));
    const path = join(dir, "sub", "graph.json");
    const graph = build(createStoreGraph(), records);
    await saveStore(graph, path);
    const back = await loadStore(path);
    expect(text(back)).toBe(text(graph));
    expect(JSON.parse(readFileSync(path, "utf8")).attributes).toEqual({ schema: "zhkg/1" });
  });

  it("creates an empty store only when asked", async () => {
    const missing = join(tmpdir(), "zhkg-none", "graph.json");
    expect((await loadStore(missing, { createIfMissing: true })).order).toBe(0);
    await expect(loadStore(missing)).rejects.toMatchObject({ code: "ZHKG_INPUT" });
  });
});

describe("knownEntitiesFromGraph", () => {
  it("gives people their jurisdiction code, orgs and associates", () => {
    const known = knownEntitiesFromGraph(build(createStoreGraph(), records));
    const qian = known.people.find((p) => p.key === "person:钱思远@兰溪市")!;
    expect(qian.jurisdictionCode).toBe("330781");
    expect(qian.orgs).toContain("org:中共兰溪市委");
    expect(qian.associates).toContain("person:赵立新@金华市");
    expect(known.events.find((e) => e.key === "event:第五届兰江论坛@2023-03-02")!.attendees).toHaveLength(4);
  });
});

describe("store file layout", () => {
  it("is one JSON document with one node or edge per line, readable by JSON.parse and loadStore", async () => {
    const dir = mkdtempSync(join(tmpdir(), "zhkg-lines-"));
    const path = join(dir, "graph.json");
    const graph = build(createStoreGraph(), records);
    await saveStore(graph, path);
    const lines = readFileSync(path, "utf8").trimEnd().split("\n");
    expect(lines).toHaveLength(graph.order + graph.size + 3);
    expect(JSON.parse(lines.join("\n")).nodes).toHaveLength(graph.order);
    expect(text(await loadStore(path))).toBe(text(graph));
  });

  it("still loads a store written as one pretty JSON document", async () => {
    const dir = mkdtempSync(join(tmpdir(), "zhkg-pretty-"));
    const path = join(dir, "graph.json");
    const graph = build(createStoreGraph(), records);
    writeFileSync(path, JSON.stringify(serializeStore(graph), null, 2));
    expect(text(await loadStore(path))).toBe(text(graph));
  });

  it("refuses a file of another schema", async () => {
    const dir = mkdtempSync(join(tmpdir(), "zhkg-schema-"));
    const path = join(dir, "graph.json");
    writeFileSync(path, JSON.stringify({ attributes: { schema: "other" }, nodes: [], edges: [] }));
    await expect(loadStore(path)).rejects.toMatchObject({ code: "ZHKG_INPUT" });
  });
});
