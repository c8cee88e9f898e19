import { beforeAll, describe, expect, it } from "vitest";
import { QueryError } from "../../src/errors.js";
import { loadStore } from "../../src/graph/load-store.js";
import type { ZhkgGraph } from "../../src/graph/store-graph.js";
import { formatTable } from "../../src/query/format-table.js";
import { QueryTimeoutError } from "../../src/query/query-timeout-error.js";
import { QUERIES } from "../../src/query/registry.js";
import { runEmbeddedQuery } from "../../src/query/run-embedded-query.js";
import { denseGraph, loadFixture, TWO_ROLES_STORE } from "./fixture-store.js";

let graph: ZhkgGraph;
beforeAll(async () => {
  graph = await loadFixture();
});

const run = (name: string, params: Record<string, string>) => runEmbeddedQuery(graph, name, params).rows;

describe("embedded canned queries on the fixture graph", () => {
  it("attendees-of-event lists attendees in the article's order with roles", () => {
    const rows = run("attendees-of-event", { event: "第三届“丝路论坛”活动" });
    expect(rows.map((r) => [r.name, r.role, r.order])).toEqual([
      ["李华", "presided", 0],
      ["张明", "keynote", 1],
      ["王芳", "attended", 2],
      ["赵强", "attended", 3],
    ]);
    expect(rows[0]?.evidence).toEqual([expect.stringContaining("李华主持")]);
    expect(rows[0]?.articles).toEqual(["a2"]);
  });

  it("attendees-of-event gives one row per person, merging roles and articles", async () => {
    const twoRoles = await loadStore(TWO_ROLES_STORE);
    const rows = runEmbeddedQuery(twoRoles, "attendees-of-event", { event: "全县乡村振兴工作会议" }).rows;
    expect(rows.map((r) => [r.order, r.name, r.role, r.roles, r.articles])).toEqual([
      [0, "孙伟", "presided", ["presided", "spoke", "attended"], ["b1", "b2"]],
      [1, "刘洋", "attended", ["attended"], ["b1", "b2"]],
    ]);
    const evidence = rows[0]?.evidence as string[];
    expect(evidence).toHaveLength(2);
    expect(evidence[0]).toContain("主持会议并讲话");
    expect(evidence[1]).toContain("出席");
  });

  it("events-of-person honours the date range", () => {
    expect(run("events-of-person", { person: "李华" }).map((r) => r.date)).toEqual(["2021-05-10", "2022-12-06", "2022-12-07"]);
    const in2022 = run("events-of-person", { person: "person:李华@义乌市", from: "2022-01-01", to: "2022-12-06" });
    expect(in2022.map((r) => [r.eventName, r.role, r.places])).toEqual([["第三届“丝路论坛”活动", "presided", ["义乌市"]]]);
  });

  it("co-attendance counts shared events, most first", () => {
    const rows = run("co-attendance", { person: "李华" });
    expect(rows.map((r) => [r.name, r.count])).toEqual([
      ["张明", 2],
      ["王芳", 2],
      ["赵强", 1],
      ["陈刚", 1],
    ]);
    expect(run("co-attendance", { person: "李华", limit: "1" })).toHaveLength(1);
  });

  it("person-profile gives titles over time, organizations, places and initiatives", () => {
    const rows = run("person-profile", { person: "李华" });
    const titles = rows.filter((r) => r.facet === "title").map((r) => [r.value, r.asOf]);
    expect(titles).toEqual([
      ["义乌市长", "2021-05-10"],
      ["义乌市委书记", "2022-12-07"],
    ]);
    const facet = (f: string) => rows.filter((r) => r.facet === f).map((r) => r.value);
    expect(facet("organization")).toEqual(["中共义乌市委", "义乌市人民政府"]);
    expect(facet("place").sort()).toEqual(["义乌市", "稠城街道", "金华市"].sort());
    expect(facet("initiative").sort()).toEqual(["共同富裕", "数字化改革"].sort());
  });

  it("events-at-place includes places inside it through PART_OF", () => {
    expect(run("events-at-place", { place: "金华市" }).map((r) => r.heldIn)).toEqual(["稠城街道", "义乌市", "金华市"]);
    expect(run("events-at-place", { place: "place:330000" })).toHaveLength(4);
    expect(run("events-at-place", { place: "稠城街道" }).map((r) => r.eventName)).toEqual(["义乌市项目推进会"]);
  });

  it.each([
    ["2021-06-01", ["李华"]],
    ["2022-12-08", ["王芳"]],
    ["2020-01-01", []],
  ])("title-holder-at-date 义乌市长 on %s", (date, names) => {
    expect(run("title-holder-at-date", { title: "义乌市长", date }).map((r) => r.name)).toEqual(names);
  });

  it("initiative-mentions lists the people and events that raised an initiative", () => {
    const rows = run("initiative-mentions", { initiative: "数字化改革" });
    expect(rows.map((r) => [r.raisedByLabel, r.raisedByName, r.date])).toEqual([
      ["Event", "金华市服务业发展大会", "2022-12-07"],
      ["Person", "张明", "2022-12-08"],
      ["Person", "赵强", "2022-11-02"],
    ]);
    expect(run("initiative-mentions", {})).toHaveLength(5);
  });

  it("shortest-connection returns every shortest chain, never through articles", () => {
    const rows = run("shortest-connection", { from: "王芳", to: "陈刚" });
    expect(rows.length).toBeGreaterThan(1);
    expect(new Set(rows.map((r) => r.hops))).toEqual(new Set([4]));
    for (const r of rows) expect(r.labels).not.toContain("Article");
    expect(run("shortest-connection", { from: "王芳", to: "陈刚", maxHops: "3" })).toEqual([]);
    expect(run("shortest-connection", { from: "李华", to: "王芳" })[0]?.hops).toBe(2);
  });

  it.each(QUERIES.map((q) => [q.name, q]))("%s: unknown names give no rows, not an error", (_name, q) => {
    const params: Record<string, string> = {};
    for (const p of q.params) {
      if (p.kind === "string") params[p.name] = "不存在的名字";
      else if (p.required) params[p.name] = "2022-01-01";
    }
    expect(runEmbeddedQuery(graph, q.name, params).rows).toEqual([]);
  });

  it.each([
    ["attendees-of-event", {}],
    ["events-of-person", { person: "李华", from: "2022-13-01" }],
    ["events-of-person", { person: "李华", from: "2022-02-30" }],
    ["events-of-person", { person: "李华", from: "2022-12-31", to: "2022-01-01" }],
    ["co-attendance", { person: "李华", limit: "0" }],
    ["co-attendance", { person: "李华", limit: "ten" }],
    ["person-profile", { person: "李华", colour: "red" }],
    ["title-holder-at-date", { title: "义乌市长" }],
  ])("%s rejects bad parameters %j with QueryError", (name, params) => {
    expect(() => runEmbeddedQuery(graph, name, params)).toThrow(QueryError);
  });

  it("rows are the same whichever order the graph was built in", async () => {
    const reversed = await loadFixture();
    reversed.clear();
    const data = graph.export();
    reversed.import({ ...data, nodes: [...data.nodes].reverse(), edges: [...(data.edges ?? [])].reverse() });
    for (const q of QUERIES) {
      expect(runEmbeddedQuery(reversed, q.name, q.example).rows).toEqual(runEmbeddedQuery(graph, q.name, q.example).rows);
    }
  });

  it("a query that runs past its limit is stopped with QueryTimeoutError", () => {
    const dense = denseGraph(300, 300);
    expect(() => runEmbeddedQuery(dense, "co-attendance", { person: "p0" }, 1)).toThrow(QueryTimeoutError);
    expect(runEmbeddedQuery(dense, "co-attendance", { person: "p0", limit: "3" }, 60_000).rows.map((r) => r.count)).toEqual([300, 300, 300]);
  });

  it("formats rows as an aligned table", () => {
    const { columns, rows } = runEmbeddedQuery(graph, "co-attendance", { person: "李华" });
    const lines = formatTable(columns, rows).trimEnd().split("\n");
    expect(lines).toHaveLength(rows.length + 2);
    expect(lines[0]).toMatch(/^person\s+other\s+name\s+count\s+events$/);
    expect(formatTable(columns, [])).toBe("(no rows)\n");
  });
});
