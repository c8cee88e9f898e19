/**
 * The canned queries, search, node and neighbourhood on a real Neo4j give exactly what the
 * embedded store gives, on the fixture graph and on the sample page; bad parameters, unknown
 * names and the time limit behave alike. Runs where a Neo4j is provided (the integration
 * project's global setup, or NEO4J_URI); skipped otherwise.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { QueryError } from "../../src/errors.js";
import type { ZhkgGraph } from "../../src/graph/store-graph.js";
import { loadStore } from "../../src/graph/load-store.js";
import { openNeo4j, type Neo4jClient } from "../../src/neo4j/connect.js";
import { loadDelta } from "../../src/neo4j/load-delta.js";
import { resolveConnection, type Neo4jConnection } from "../../src/neo4j/settings.js";
import { runnerFromDriver, type CypherRunner } from "../../src/query/cypher-runner.js";
import { embeddedBackend } from "../../src/query/embedded-backend.js";
import type { GraphBackend } from "../../src/query/graph-backend.js";
import { neo4jBackend } from "../../src/query/neo4j-backend.js";
import { QueryTimeoutError } from "../../src/query/query-timeout-error.js";
import { QUERIES } from "../../src/query/registry.js";
import { createServer } from "../../src/server/create-server.js";
import { buildSampleStore } from "../e2e/sample-store.js";
import { loadFixture, TWO_ROLES_STORE } from "./fixture-store.js";
import { storeToDelta } from "./store-to-delta.js";

function providedConnection(): Neo4jConnection | null {
  const provided = inject("neo4j");
  if (provided) return provided;
  return process.env.NEO4J_URI ? resolveConnection() : null;
}

const connection = providedConnection();

/** Every parameter set worth asking on `graph`: each query for each person, event, place, initiative, title in it. */
function questions(graph: ZhkgGraph): Array<[string, Record<string, string>]> {
  const names = (label: string) => [...new Set(graph.filterNodes((_id, a) => a.label === label).map((id) => String(graph.getNodeAttribute(id, "name"))))];
  const keys = (label: string) => graph.filterNodes((_id, a) => a.label === label).map((id) => String(graph.getNodeAttribute(id, "key")));
  const titles = new Set<string>();
  const dates = new Set<string>();
  graph.forEachEdge((_e, a) => {
    if (a.type === "HOLDS_POSITION" && typeof a.title === "string") titles.add(a.title);
    if (typeof a.asOf === "string") dates.add(a.asOf);
  });
  const people = [...names("Person"), ...keys("Person").slice(0, 5)];
  const out: Array<[string, Record<string, string>]> = [];
  for (const event of [...names("Event"), ...keys("Event")]) out.push(["attendees-of-event", { event }]);
  for (const person of people) {
    out.push(["events-of-person", { person }], ["events-of-person", { person, from: "2022-12-07" }]);
    out.push(["co-attendance", { person }], ["co-attendance", { person, to: "2022-12-06", limit: "3" }]);
    out.push(["person-profile", { person }]);
  }
  for (const place of [...names("Place"), ...keys("Place")]) out.push(["events-at-place", { place }]);
  for (const title of titles) for (const date of [...dates, "2000-01-01"]) out.push(["title-holder-at-date", { title, date }]);
  out.push(["initiative-mentions", {}]);
  for (const initiative of names("Initiative")) out.push(["initiative-mentions", { initiative }]);
  const pairs = people.slice(0, 6);
  for (const from of pairs) for (const to of pairs) if (from !== to) out.push(["shortest-connection", { from, to }]);
  return out;
}

describe.skipIf(connection === null).sequential("canned queries on Neo4j", () => {
  let client: Neo4jClient;
  let runner: CypherRunner;
  let neo: GraphBackend;

  async function replaceDatabase(graph: ZhkgGraph): Promise<void> {
    const session = client.driver.session(client.sessionConfig);
    try {
      await session.executeWrite((tx) => tx.run("MATCH (n) DETACH DELETE n"));
    } finally {
      await session.close();
    }
    const summary = await loadDelta(client, storeToDelta(graph));
    expect(summary.diagnostics).toEqual([]);
  }

  async function expectSameAnswers(graph: ZhkgGraph): Promise<number> {
    const embedded = embeddedBackend(graph);
    let rows = 0;
    for (const [name, params] of questions(graph)) {
      const expected = await embedded.query(name, params);
      const actual = await neo.query(name, params);
      expect(actual.rows, `${name} ${JSON.stringify(params)}`).toEqual(expected.rows);
      rows += expected.rows.length;
    }
    return rows;
  }

  beforeAll(async () => {
    client = await openNeo4j(connection!, { maxRetryTimeMs: 15_000 });
    runner = runnerFromDriver(client.driver, client.sessionConfig.database);
    neo = neo4jBackend(runner);
  });
  afterAll(async () => {
    await client?.close();
  });

  describe.sequential("fixture graph", () => {
    let graph: ZhkgGraph;
    beforeAll(async () => {
      graph = await loadFixture();
      await replaceDatabase(graph);
    });

    it("answers every query exactly as the embedded store does", async () => {
      expect(await expectSameAnswers(graph)).toBeGreaterThan(50);
    });

    it("gives the expected attendees in listing order", async () => {
      const { rows } = await neo.query("attendees-of-event", { event: "第三届“丝路论坛”活动" });
      expect(rows.map((r) => `${r.order}:${r.name}:${r.role}`)).toEqual(["0:李华:presided", "1:张明:keynote", "2:王芳:attended", "3:赵强:attended"]);
    });

    it.each(QUERIES.map((q) => [q.name, q]))("%s: unknown names give no rows", async (_name, q) => {
      const params: Record<string, string> = {};
      for (const p of q.params) {
        if (p.kind === "string") params[p.name] = "不存在的名字";
        else if (p.required) params[p.name] = "2022-01-01";
      }
      expect((await neo.query(q.name, params)).rows).toEqual([]);
    });

    it("rejects bad parameters before reaching Neo4j", async () => {
      await expect(neo.query("events-of-person", { person: "李华", from: "yesterday" })).rejects.toThrow(QueryError);
      await expect(neo.query("co-attendance", {})).rejects.toThrow(QueryError);
    });

    it("search, node and neighbourhood match the embedded store", async () => {
      const embedded = embeddedBackend(graph);
      const ids = (nodes: Array<{ id: string }>) => nodes.map((n) => n.id);
      for (const [q, types] of [["义乌", []], ["李", ["Person"]], ["论坛", ["Event", "Initiative"]]] as const) {
        const options = { types: [...types], limit: 20 };
        expect(ids(await neo.search(q, options))).toEqual(ids(await embedded.search(q, options)));
      }
      const person = "Person:person:李华@义乌市";
      const edgeIds = (d: Awaited<ReturnType<GraphBackend["node"]>>) => d?.edges.map((e) => e.edge.id);
      expect(edgeIds(await neo.node(person))).toEqual(edgeIds(await embedded.node(person)));
      for (const depth of [1, 2, 3]) {
        const options = { depth, maxNodes: 200, from: null, to: null, timeoutMs: 10_000 };
        const [a, b] = [await neo.neighbourhood(person, options), await embedded.neighbourhood(person, options)];
        expect(ids(a.nodes)).toEqual(ids(b.nodes));
        expect(ids(a.edges)).toEqual(ids(b.edges));
      }
      expect(await neo.node("Person:person:nobody")).toBeNull();
      const evidence = (await neo.evidence("a2", 10_000)).map((e) => `${e.type}|${e.source.id}|${e.target.id}`);
      expect(evidence).toEqual((await embedded.evidence("a2", 10_000)).map((e) => `${e.type}|${e.source.id}|${e.target.id}`));
    });

    it("serves the API from Neo4j, 4xx on bad parameters", async () => {
      const app = createServer(neo, { queryTimeoutMs: 10_000 });
      const ok = await app.inject({ method: "GET", url: `/api/query/co-attendance?person=${encodeURIComponent("李华")}` });
      expect(ok.statusCode).toBe(200);
      expect(ok.json().rows.map((r: { name: string; count: number }) => `${r.name}:${r.count}`)).toEqual(["张明:2", "王芳:2", "赵强:1", "陈刚:1"]);
      const bad = await app.inject({ method: "GET", url: "/api/query/title-holder-at-date?title=x&date=2022-02-31" });
      expect(bad.statusCode).toBe(400);
      expect(bad.json().error.code).toBe("ZHKG_QUERY");
      await app.close();
    });

    it("stops a statement that runs past its limit with QueryTimeoutError", async () => {
      const started = Date.now();
      const slow = "UNWIND range(1, 2000000000) AS x WITH x WHERE x % 7 = 3 RETURN count(x) AS n";
      await expect(runner.read(slow, {}, 500)).rejects.toThrow(QueryTimeoutError);
      expect(Date.now() - started).toBeLessThan(30_000);
    });
  });

  describe.sequential("a person with several roles", () => {
    let graph: ZhkgGraph;
    beforeAll(async () => {
      graph = await loadStore(TWO_ROLES_STORE);
      await replaceDatabase(graph);
    });

    it("merges their ATTENDED relationships into one row, as the embedded store does", async () => {
      expect(await expectSameAnswers(graph)).toBeGreaterThan(5);
      const { rows } = await neo.query("attendees-of-event", { event: "全县乡村振兴工作会议" });
      expect(rows.map((r) => `${r.order}:${r.name}:${r.role}:${String(r.roles)}:${String(r.articles)}`)).toEqual([
        "0:孙伟:presided:presided,spoke,attended:b1,b2",
        "1:刘洋:attended:attended:b1,b2",
      ]);
    });
  });

  describe.sequential("sample page", () => {
    let graph: ZhkgGraph;
    beforeAll(async () => {
      graph = await loadStore(await buildSampleStore());
      await replaceDatabase(graph);
    });

    it("answers every query exactly as the embedded store does", async () => {
      expect(await expectSameAnswers(graph)).toBeGreaterThan(100);
      const { rows } = await neo.query("attendees-of-event", { event: "第九届“西湖论善”活动" });
      const people = new Set<string>();
      graph.forEachEdge((_e, a, source, _t, _s, target) => {
        if (a.type === "ATTENDED" && target.name === "第九届“西湖论善”活动") people.add(source);
      });
      expect(people.size).toBeGreaterThanOrEqual(12);
      expect(rows).toHaveLength(people.size);
    });
  });
});
