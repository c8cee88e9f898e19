/**
 * The Neo4j loader against a real server: schema idempotence, reloads, order independence,
 * concurrent loaders, hostile names and the replacement of a changed article's contribution.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { applySchema, schemaStatements } from "../../src/neo4j/apply-schema.js";
import type { Neo4jClient } from "../../src/neo4j/connect.js";
import { loadDelta } from "../../src/neo4j/load-delta.js";
import type { GraphDelta } from "../../src/types.js";
import { articleDelta, bulkDelta, combine } from "./fixture-deltas.js";
import { clearDatabase, connectForTest, counts, read, snapshot } from "./helpers.js";

let client: Neo4jClient;

beforeAll(async () => {
  client = await connectForTest();
});
afterAll(async () => {
  await client?.close();
});
beforeEach(async () => {
  await clearDatabase(client);
});

describe.sequential("loadDelta", () => {
  it("applies the schema twice without change and creates every constraint", async () => {
    await applySchema(client);
    const first = await read(client, "SHOW CONSTRAINTS YIELD name, type, labelsOrTypes, properties RETURN * ORDER BY name");
    const indexes = await read(client, "SHOW INDEXES YIELD name RETURN count(*) AS n");
    expect(await applySchema(client)).toBe(schemaStatements().length);
    expect(await read(client, "SHOW CONSTRAINTS YIELD name, type, labelsOrTypes, properties RETURN * ORDER BY name")).toEqual(first);
    expect(await read(client, "SHOW INDEXES YIELD name RETURN count(*) AS n")).toEqual(indexes);
    const names = first.map((c) => `${String(c.labelsOrTypes)}.${String(c.properties)}`);
    for (const key of ["Article.id", "Person.key", "Organization.key", "Place.key", "Event.key", "Initiative.key", "Figure.key", "ATTENDED.key", "LOCATED_IN.key"]) {
      expect(names).toContain(key);
    }
  });

  it("writes nodes, relationships and evidence, and a second load changes nothing", async () => {
    const delta = articleDelta("art-a");
    const summary = await loadDelta(client, delta);
    expect(summary.diagnostics).toEqual([]);
    const after = await counts(client);
    expect(after).toMatchObject({ Article: 1, Person: 3, Event: 1, Place: 2, Organization: 1, Initiative: 1, Figure: 1 });
    expect(after).toMatchObject({ ATTENDED: 2, HOLDS_POSITION: 2, WROTE: 1, REPORTS: 1, MENTIONS: 7, HELD_IN: 1, ORGANIZED_BY: 1, ADDRESSED: 1, QUANTIFIES: 1, PART_OF: 1, LOCATED_IN: 1 });
    const [row] = await read(
      client,
      "MATCH (p:Person {name: $name})-[r:ATTENDED]->(e:Event) RETURN r.role AS role, r.article AS article, r.evidence AS evidence, r.evidenceStart AS start, r.evidenceEnd AS end, e.name AS event",
      { name: "陈华" },
    );
    expect(row).toEqual({ role: "spoke", article: "art-a", evidence: "市长王明主持会议，副市长陈华讲话。", start: 14, end: 31, event: "杭州市数字经济大会" });
    const first = await snapshot(client);
    await loadDelta(client, delta);
    expect(await snapshot(client)).toEqual(first);
  });

  it("loads A then B like A and B together, uniting shared list properties", async () => {
    await loadDelta(client, articleDelta("art-a"));
    await loadDelta(client, articleDelta("art-b"));
    const sequential = await snapshot(client);
    await clearDatabase(client);
    await loadDelta(client, combine(articleDelta("art-a"), articleDelta("art-b")));
    expect(await snapshot(client)).toEqual(sequential);
    await clearDatabase(client);
    await loadDelta(client, articleDelta("art-b"));
    await loadDelta(client, articleDelta("art-a"));
    expect(await snapshot(client)).toEqual(sequential);
    const [wang] = await read(client, "MATCH (p:Person {name: '王明'}) RETURN p.titles AS titles");
    expect(wang?.titles).toEqual(["市委副书记", "市长"].sort());
    const [city] = await read(client, "MATCH (p:Place {key: 'place:330100'}) RETURN p.aliases AS aliases, p.name AS name");
    expect(city).toEqual({ aliases: ["杭州", "杭州市区"], name: "杭州市" });
  });

  it("leaves the same graph when two loaders run at once on overlapping input", async () => {
    const ab = combine(articleDelta("art-a"), articleDelta("art-b"), bulkDelta(80));
    const b = combine(articleDelta("art-b"), bulkDelta(80, 40));
    await loadDelta(client, ab);
    await loadDelta(client, b);
    const expected = await snapshot(client);
    await clearDatabase(client);
    const other = await connectForTest();
    try {
      await Promise.all([loadDelta(client, ab, { batchSize: 25 }), loadDelta(other, b, { batchSize: 25 })]);
    } finally {
      await other.close();
    }
    expect(await snapshot(client)).toEqual(expected);
  });

  it("stores names with quotes, backticks, braces and Cypher verbatim and harms nothing", async () => {
    await loadDelta(client, articleDelta("art-b"));
    const before = await counts(client);
    const hostile = ["O'Brien \"Q\" `tick` {brace} '}) DETACH DELETE n //", "`}]->() MATCH (m) DETACH DELETE m //", "\\'; MATCH (x) DELETE x; //"];
    const delta: GraphDelta = {
      articles: ["art-hostile"],
      nodes: [
        { label: "Article", key: "art-hostile", props: { id: "art-hostile", title: hostile[1] ?? "" } },
        ...hostile.map((name) => ({ label: "Person" as const, key: `person:${name}`, props: { name, titles: [name] } })),
      ],
      edges: hostile.map((name) => ({
        type: "MENTIONS" as const,
        key: `MENTIONS|Article:art-hostile|Person:person:${name}|art-hostile|`,
        from: { label: "Article" as const, key: "art-hostile" },
        to: { label: "Person" as const, key: `person:${name}` },
        props: { article: "art-hostile", evidence: name, evidenceStart: 0, evidenceEnd: name.length },
      })),
    };
    await loadDelta(client, delta);
    const names = await read(client, "MATCH (:Article {id: 'art-hostile'})-[r:MENTIONS]->(p:Person) RETURN p.name AS name, p.titles AS titles, r.evidence AS evidence ORDER BY name");
    expect(names).toEqual([...hostile].sort().map((name) => ({ name, titles: [name], evidence: name })));
    const after = await counts(client);
    expect(after).toEqual({ ...before, Article: (before.Article ?? 0) + 1, Person: (before.Person ?? 0) + 3, MENTIONS: (before.MENTIONS ?? 0) + 3 });
  });

  it("reloading a changed article removes only what it no longer supports", async () => {
    await loadDelta(client, combine(articleDelta("art-a"), articleDelta("art-b")));
    const bOnly = await read(client, "MATCH ()-[r {article: 'art-b'}]->() RETURN r.key AS key ORDER BY key");
    const summary = await loadDelta(client, articleDelta("art-a-changed"));
    expect(summary.removedRelationships).toBe(9);
    expect(summary.removedNodes).toBe(3);
    // 陈华 and the figure were only in the old text; the organization of art-a too.
    const people = await read(client, "MATCH (p:Person) RETURN p.name AS name ORDER BY name");
    expect(people.map((p) => p.name)).toEqual(["刘强", "周婷", "王明", "赵敏"].sort());
    const after = await counts(client);
    expect(after.Figure).toBeUndefined();
    expect(after).toMatchObject({ Organization: 1, Place: 2, PART_OF: 1, ATTENDED: 4 });
    expect(await read(client, "MATCH ()-[r {article: 'art-b'}]->() RETURN r.key AS key ORDER BY key")).toEqual(bOnly);
    const reloaded = await snapshot(client);
    await clearDatabase(client);
    await loadDelta(client, combine(articleDelta("art-a-changed"), articleDelta("art-b")));
    const clean = await snapshot(client);
    // Shared node properties keep their first values (王明's titles include art-a's old ones), so compare relationships.
    expect(reloaded.relationships).toEqual(clean.relationships);
  });

  it("merges a relationship whose key already exists under another article instead of failing", async () => {
    // A new article's relationships are created without looking for them first; a key that is
    // already taken breaks the key constraint and must be merged instead.
    const base = articleDelta("art-b");
    await loadDelta(client, base);
    const before = await counts(client);
    const taken = base.edges[0];
    if (!taken) throw new Error("art-b has no relationships");
    const moved: GraphDelta = {
      articles: ["art-moved"],
      nodes: base.nodes.filter((n) => n.key === taken.from.key || n.key === taken.to.key),
      edges: [{ ...taken, props: { ...taken.props, article: "art-moved", evidence: "moved" } }],
    };
    const summary = await loadDelta(client, moved);
    expect(summary.relationships[taken.type]).toBe(1);
    expect(await counts(client)).toEqual(before);
    const rows = await read(client, `MATCH ()-[r:${taken.type} {key: $key}]->() RETURN r.article AS article, r.evidence AS evidence`, { key: taken.key });
    expect(rows).toEqual([{ article: "art-moved", evidence: "moved" }]);
  });

  it("creates new nodes and relationships with exactly the values and types a merge stores", async () => {
    // A first load creates (columns of values); loading the same delta over bare nodes and
    // a stale relationship of each type merges (maps of values). Both must leave one graph.
    const delta = combine(articleDelta("art-a"), bulkDelta(6));
    delta.nodes.push(
      { label: "Figure", key: "figure:whole", props: { name: "98方面", value: 98, unit: "方面", approx: false } },
      { label: "Figure", key: "figure:fraction", props: { name: "2.5亿元", value: 2.5, unit: "亿元", approx: true } },
      { label: "Person", key: "person:列表@测试市", props: { name: "列表", titles: ["乙", "甲", "乙"], jurisdiction: null, order: [3, 1] } },
    );
    delta.edges.push({
      type: "QUANTIFIES",
      key: "QUANTIFIES|Figure:figure:fraction|Place:place:330100|art-a|",
      from: { label: "Figure", key: "figure:fraction" },
      to: { label: "Place", key: "place:330100" },
      props: { article: "art-a", evidence: null, evidenceStart: 2.5, order: 0, role: null },
    });
    await loadDelta(client, delta);
    const created = await snapshot(client);
    await clearDatabase(client);
    const stale: GraphDelta = {
      articles: delta.articles,
      nodes: delta.nodes.map((n) => ({ ...n, props: {} })),
      edges: [...new Map(delta.edges.map((e) => [e.type, { ...e, key: `${e.key}stale`, props: { article: e.props.article ?? null } }])).values()],
    };
    await loadDelta(client, stale);
    const summary = await loadDelta(client, delta);
    expect(summary.removedRelationships).toBe(stale.edges.length);
    expect(await snapshot(client)).toEqual(created);
    // The client reads integers as JS numbers, so the stored types are asked of the server.
    const [list] = await read(client, "MATCH (p:Person {key: 'person:列表@测试市'}) RETURN p.titles AS titles, valueType(p.order) AS order, keys(p) AS keys");
    expect(list).toMatchObject({ titles: ["乙", "甲"].sort(), order: "LIST<INTEGER NOT NULL> NOT NULL" });
    expect(list?.keys).not.toContain("jurisdiction");
    const types = await read(client, "MATCH (f:Figure) WHERE f.key IN ['figure:fraction', 'figure:whole'] RETURN f.value AS value, valueType(f.value) AS type ORDER BY f.key");
    expect(types).toEqual([{ value: 2.5, type: "FLOAT NOT NULL" }, { value: 98, type: "INTEGER NOT NULL" }]);
    const [edge] = await read(client, "MATCH ()-[r:QUANTIFIES]->() WHERE r.key STARTS WITH 'QUANTIFIES|Figure:figure:fraction|' RETURN valueType(r.evidenceStart) AS start, valueType(r.order) AS order, keys(r) AS keys");
    expect(edge).toMatchObject({ start: "FLOAT NOT NULL", order: "INTEGER NOT NULL" });
    expect(edge?.keys).not.toContain("role");
    const [mention] = await read(client, "MATCH ()-[r:ATTENDED {article: 'bulk-0'}]->() RETURN valueType(r.order) AS order, valueType(r.evidenceEnd) AS end LIMIT 1");
    expect(mention).toEqual({ order: "INTEGER NOT NULL", end: "INTEGER NOT NULL" });
  });

  it("reports relationships whose end node is missing instead of failing", async () => {
    const delta = articleDelta("art-b");
    delta.nodes = delta.nodes.filter((n) => n.key !== "person:刘强@?art-b");
    const summary = await loadDelta(client, delta);
    expect(summary.diagnostics.map((d) => d.ruleId)).toEqual(["neo4j/missing-end", "neo4j/missing-end"]);
    expect(summary.relationships.ATTENDED).toBe(1);
  });
});
