import type { FastifyInstance } from "fastify";
import graphology from "graphology";
import { parse as parseGexf } from "graphology-gexf";
import { parse as parseGraphml } from "graphology-graphml";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { embeddedBackend } from "../../src/query/embedded-backend.js";
import { QUERIES } from "../../src/query/registry.js";
import { createServer } from "../../src/server/create-server.js";
import { denseGraph, loadFixture } from "../query/fixture-store.js";

let app: FastifyInstance;
beforeAll(async () => {
  app = createServer(embeddedBackend(await loadFixture()));
});
afterAll(() => app.close());

const get = async (url: string, headers: Record<string, string> = {}) => {
  const res = await app.inject({ method: "GET", url: encodeURI(url), headers });
  return { status: res.statusCode, body: res.headers["content-type"]?.toString().includes("json") ? res.json() : res.body, headers: res.headers };
};
const qs = (params: Record<string, string>) => new URLSearchParams(params).toString();

describe("HTTP API over the embedded store", () => {
  it("lists the queries with their parameters", async () => {
    const { status, body } = await get("/api/queries");
    expect(status).toBe(200);
    expect(body.queries.map((q: { name: string }) => q.name)).toEqual(QUERIES.map((q) => q.name));
    expect(body.backend).toBe("embedded");
  });

  it.each(QUERIES.map((q) => [q.name, q.example]))("GET /api/query/%s answers its example with rows", async (name, example) => {
    const res = await app.inject({ method: "GET", url: `/api/query/${name}?${qs(example)}` });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.columns).toEqual(QUERIES.find((q) => q.name === name)?.columns);
    expect(body.rows.length).toBeGreaterThan(0);
  });

  it("answers attendees in the article's order, one row per person with roles and articles", async () => {
    const res = await app.inject({ method: "GET", url: `/api/query/attendees-of-event?${qs({ event: "金华市服务业发展大会" })}` });
    const rows: Array<{ name: string; role: string; roles: string[]; articles: string[]; evidence: string[] }> = res.json().rows;
    expect(rows.map((r) => `${r.name}:${r.role}:${r.roles.join("+")}:${r.articles.join("+")}`)).toEqual([
      "张明:spoke:spoke:a1",
      "陈刚:presided:presided:a1",
      "李华:attended:attended:a1",
    ]);
    expect(rows.every((r) => r.evidence.length === 1)).toBe(true);
  });

  it.each([
    ["/api/query/events-of-person", 400, "ZHKG_QUERY"],
    ["/api/query/events-of-person?person=李华&from=12/07/2022", 400, "ZHKG_QUERY"],
    ["/api/query/co-attendance?person=李华&limit=100000", 400, "ZHKG_QUERY"],
    ["/api/query/person-profile?person=李华&person=张明", 400, "ZHKG_USAGE"],
    ["/api/query/person-profile?who=李华", 400, "ZHKG_QUERY"],
    ["/api/query/no-such-query", 404, "ZHKG_NOT_FOUND"],
    ["/api/search", 400, "ZHKG_USAGE"],
    ["/api/search?q=李&types=Alien", 400, "ZHKG_USAGE"],
    ["/api/neighbourhood", 400, "ZHKG_USAGE"],
    ["/api/neighbourhood?key=Person:person:李华@义乌市&depth=9", 400, "ZHKG_USAGE"],
    ["/api/export?key=Person:person:李华@义乌市&format=pdf", 400, "ZHKG_USAGE"],
    ["/api/node/Person:nobody", 404, "ZHKG_NOT_FOUND"],
  ])("GET %s → %i with a JSON error", async (url, status, code) => {
    const res = await get(url);
    expect(res.status).toBe(status);
    expect(res.body.error.code).toBe(code);
    expect(res.body.error.message.length).toBeGreaterThan(10);
  });

  it("unknown names give empty results, not errors", async () => {
    const res = await get("/api/query/events-of-person?person=查无此人");
    expect(res.status).toBe(200);
    expect(res.body.rows).toEqual([]);
    expect((await get("/api/search?q=查无此人")).body.results).toEqual([]);
  });

  it("searches names partially, filtered by type, exact matches first", async () => {
    const { body } = await get("/api/search?q=义乌市&types=Place,Organization");
    expect(body.results[0].name).toBe("义乌市");
    expect(body.results.map((n: { label: string }) => n.label)).not.toContain("Event");
    expect(body.results.map((n: { name: string }) => n.name)).toContain("中共义乌市委");
  });

  it("returns a node with its edges, and a neighbourhood within the date filter", async () => {
    const node = await get("/api/node/Event:event:金华市服务业发展大会@2022-12-07");
    expect(node.status).toBe(200);
    expect(node.body.node.name).toBe("金华市服务业发展大会");
    expect(node.body.edges.filter((e: { edge: { type: string } }) => e.edge.type === "ATTENDED")).toHaveLength(3);
    const all = await get("/api/neighbourhood?key=Person:person:李华@义乌市&depth=1");
    expect(all.body.nodes.map((n: { label: string }) => n.label)).not.toContain("Article");
    expect(all.body.nodes.filter((n: { label: string }) => n.label === "Event")).toHaveLength(3);
    const late = await get("/api/neighbourhood?key=Person:person:李华@义乌市&depth=2&from=2022-12-07");
    expect(late.body.nodes.filter((n: { label: string }) => n.label === "Event").map((n: { name: string }) => n.name)).toEqual(["金华市服务业发展大会"]);
    for (const e of late.body.edges) {
      const ids = new Set(late.body.nodes.map((n: { id: string }) => n.id));
      expect(ids.has(e.source) && ids.has(e.target)).toBe(true);
    }
  });

  it.each([
    ["gexf", /<gexf[\s\S]*李华/],
    ["graphml", /<graphml[\s\S]*<edge [\s\S]*李华/],
    ["csv", /^id,type,source,sourceName,target,targetName,role,title,asOf,article,evidence\r\n/],
  ])("exports the current view as %s", async (format, pattern) => {
    const res = await get(`/api/export?key=Person:person:李华@义乌市&depth=1&format=${format}`);
    expect(res.status).toBe(200);
    expect(res.headers["content-disposition"]).toContain(`.${format}`);
    expect(res.body).toMatch(pattern);
  });

  it.each([
    ["gexf", parseGexf],
    ["graphml", parseGraphml],
  ])("the %s export reads back as the same graph", async (format, parse) => {
    const url = "/api/neighbourhood?key=Person:person:李华@义乌市&depth=2";
    const view = (await get(url)).body;
    const file = (await get(url.replace("/api/neighbourhood", "/api/export") + `&format=${format}`)).body;
    const graph = parse(graphology.MultiDirectedGraph, file);
    expect(graph.order).toBe(view.nodes.length);
    expect(graph.size).toBe(view.edges.length);
    expect(graph.hasNode("Event:event:第三届“丝路论坛”活动@2022-12-06")).toBe(true);
  });

  it("is read-only and limits the URL", async () => {
    expect((await app.inject({ method: "POST", url: "/api/query/person-profile", payload: { person: "x" } })).statusCode).toBe(405);
    expect((await app.inject({ method: "DELETE", url: "/api/node/x" })).statusCode).toBe(405);
    expect((await get(`/api/search?q=${"李".repeat(3000)}`)).status).toBe(414);
  });

  it("serves the dashboard and the browser bundles", async () => {
    const page = await get("/");
    expect(page.status).toBe(200);
    expect(page.body).toContain("<html");
    expect((await get("/vendor/sigma.min.js")).status).toBe(200);
    expect((await get("/vendor/graphology.umd.min.js")).status).toBe(200);
  });
});

describe("HTTP API limits", () => {
  it("requires the bearer token when one is set", async () => {
    const secured = createServer(embeddedBackend(await loadFixture()), { token: "s3cret" });
    const url = "/api/queries";
    expect((await secured.inject({ method: "GET", url })).statusCode).toBe(401);
    expect((await secured.inject({ method: "GET", url, headers: { authorization: "Bearer wrong!" } })).statusCode).toBe(401);
    expect((await secured.inject({ method: "GET", url, headers: { authorization: "Bearer s3cret" } })).statusCode).toBe(200);
    expect((await secured.inject({ method: "GET", url: "/" })).statusCode).toBe(200);
    await secured.close();
  });

  it("stops a query that runs past the time limit with a clear error", async () => {
    const slow = createServer(embeddedBackend(denseGraph(300, 300)), { queryTimeoutMs: 1 });
    const res = await slow.inject({ method: "GET", url: "/api/query/co-attendance?person=p0" });
    expect(res.statusCode).toBe(503);
    expect(res.json().error).toMatchObject({ code: "ZHKG_QUERY", timeout: true });
    expect(res.json().error.message).toContain("limit");
    await slow.close();
  });
});
