import { describe, expect, it } from "vitest";
import { selectSubgraph } from "../../src/export/select-subgraph.js";
import { fixtureGraph } from "./fixture-graph.js";

const graph = fixtureGraph();
const labels = (g: ReturnType<typeof fixtureGraph>) => new Set(g.mapNodes((_id, a) => a.label));

describe("selectSubgraph", () => {
  it("copies the whole graph without options", () => {
    const all = selectSubgraph(graph);
    expect([all.order, all.size]).toEqual([graph.order, graph.size]);
  });

  it("takes the neighbourhood of a key to a depth", () => {
    const one = selectSubgraph(graph, { around: "person:钱思远@阜平县", depth: 1 });
    expect(one.nodes().sort()).toEqual([
      "Article:t4",
      "Event:event:阜平县全县工作会议@2023-03-07",
      "Person:person:钱思远@阜平县",
      "Place:place:130624",
    ]);
    expect(selectSubgraph(graph, { around: "person:钱思远@阜平县", depth: 2 }).order).toBeGreaterThan(one.order);
  });

  it("seeds from every node with the name (namesakes included)", () => {
    const sub = selectSubgraph(graph, { around: "钱思远", depth: 0 });
    expect(sub.order).toBe(3);
  });

  it("keeps only the asked labels", () => {
    const sub = selectSubgraph(graph, { types: ["Person", "Event"] });
    expect(labels(sub)).toEqual(new Set(["Person", "Event"]));
    sub.forEachEdge((_e, a) => expect(a.type).toBe("ATTENDED"));
  });

  it("keeps relations from articles in the date range", () => {
    const sub = selectSubgraph(graph, { from: "2023-03-06", to: "2023-03-07" });
    sub.forEachEdge((_e, a) => expect(["t3", "t4"]).toContain(a.article));
    expect(sub.hasNode("Article:t1")).toBe(false);
    expect(sub.hasNode("Article:t3")).toBe(true);
  });

  it("refuses an unknown name and a bad date", () => {
    expect(() => selectSubgraph(graph, { around: "无此人" })).toThrow(expect.objectContaining({ code: "ZHKG_NOT_FOUND" }));
    expect(() => selectSubgraph(graph, { from: "March" })).toThrow(expect.objectContaining({ code: "ZHKG_USAGE" }));
  });
});
