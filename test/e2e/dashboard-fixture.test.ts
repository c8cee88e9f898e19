import { mkdirSync } from "node:fs";
import type { AddressInfo } from "node:net";
import type { FastifyInstance } from "fastify";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadStore } from "../../src/graph/load-store.js";
import { embeddedBackend } from "../../src/query/embedded-backend.js";
import { createServer } from "../../src/server/create-server.js";
import { loadFixture, TWO_ROLES_STORE } from "../query/fixture-store.js";
import { COUNT_NETWORK_PIXELS, hasChromium, launchBrowser } from "./browser.js";

const SHOTS = new URL("../output/screenshots/", import.meta.url);

describe.skipIf(!hasChromium)("dashboard in headless Chromium (fixture graph)", () => {
  let app: FastifyInstance;
  let browser: Browser;
  let page: Page;
  let base: string;

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    app = createServer(embeddedBackend(await loadFixture()));
    await app.listen({ port: 0, host: "127.0.0.1" });
    base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1280, height: 1600 } });
    page.on("pageerror", (err) => console.error("page error:", err.message));
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it("searches, opens a person with titles, events and co-attendees, draws the network", async () => {
    await page.goto(`${base}/`);
    await page.fill("#search", "李华");
    await page.click("#search-form button[type=submit]");
    await page.click('#search-results a[data-node="Person:person:李华@义乌市"]');
    await page.waitForSelector("table.events");
    expect(await page.textContent("#page-title")).toBe("李华");
    const events = await page.$$eval("table.events tbody tr", (trs) => trs.map((tr) => tr.textContent ?? ""));
    expect(events).toHaveLength(3);
    expect(events.join("\n")).toMatch(/第三届“丝路论坛”活动[\s\S]*presided/);
    expect(await page.$$eval("table.titles tbody tr", (trs) => trs.length)).toBe(2);
    expect(await page.$$eval("table.co-attendees tbody tr", (trs) => trs.length)).toBe(4);
    await page.waitForFunction("window.zhkgNetwork && window.zhkgNetwork.nodes > 0");
    const drawn = await page.evaluate<number>("window.zhkgNetwork.nodes");
    expect(drawn).toBeGreaterThan(3);
    const pixels = await page.evaluate<Record<string, number>>(COUNT_NETWORK_PIXELS);
    expect(pixels["sigma-nodes"]).toBeGreaterThan(0);
    expect(pixels["sigma-edges"]).toBeGreaterThan(0);
    await page.screenshot({ path: new URL("fixture-person.png", SHOTS).pathname, fullPage: true });
  });

  it("date filters narrow the person's events", async () => {
    await page.fill("#filter-from", "2022-12-07");
    await page.click("#filter-apply");
    await page.waitForFunction('document.querySelectorAll("table.events tbody tr").length === 1');
    expect(await page.textContent("table.events tbody tr")).toContain("金华市服务业发展大会");
  });

  it("opens an event with its attendees, roles, place and evidence linking to the article", async () => {
    await page.goto(`${base}/#/node/${encodeURIComponent("Person:person:李华@义乌市")}`);
    await page.click('table.events a:text("第三届“丝路论坛”活动")');
    await page.waitForSelector("table.attendees");
    const rows = await page.$$eval("table.attendees tbody tr", (trs) => trs.map((tr) => tr.textContent ?? ""));
    expect(rows).toHaveLength(4);
    expect(rows[1]).toMatch(/张明.*keynote/);
    expect(await page.textContent("#event-place")).toBe("义乌市");
    expect(await page.textContent("#event-date")).toBe("2022-12-06");
    await page.screenshot({ path: new URL("fixture-event.png", SHOTS).pathname, fullPage: true });
    await page.click("table.attendees a.evidence-link");
    await page.waitForSelector(".sentence.highlight");
    expect(await page.textContent(".sentence.highlight")).toContain("李华主持");
  });

  it("shows a person with several roles at an event as one row listing every role and sentence", async () => {
    const twoRoles = createServer(embeddedBackend(await loadStore(TWO_ROLES_STORE)));
    try {
      await twoRoles.listen({ port: 0, host: "127.0.0.1" });
      const url = `http://127.0.0.1:${(twoRoles.server.address() as AddressInfo).port}`;
      await page.goto(`${url}/#/node/${encodeURIComponent("Event:event:全县乡村振兴工作会议@2023-03-02")}`);
      await page.waitForSelector("table.attendees");
      const rows = await page.evaluate<string[][]>(
        'Array.from(document.querySelectorAll("table.attendees tbody tr"), (tr) => Array.from(tr.cells, (td) => td.textContent))',
      );
      expect(rows.map((cells) => [cells[0], cells[1], cells[3]])).toEqual([
        ["1", "孙伟", "主持 presided、讲话 spoke、出席 attended"],
        ["2", "刘洋", "出席 attended"],
      ]);
      expect(await page.$$eval("table.attendees tbody tr:first-child a.evidence-link", (as) => as.map((a) => a.getAttribute("href")))).toEqual([
        expect.stringContaining("Article%3Ab1"),
        expect.stringContaining("Article%3Ab2"),
      ]);
    } finally {
      await twoRoles.close();
    }
  });

  it("runs a canned query from the home page form", async () => {
    await page.goto(`${base}/`);
    await page.selectOption("#query-name", "title-holder-at-date");
    await page.fill('#query-form input[name="title"]', "义乌市长");
    await page.fill('#query-form input[name="date"]', "2021-06-01");
    await page.click("#query-form button[type=submit]");
    await page.waitForSelector("table.query-result");
    expect(await page.$$eval("table.query-result tbody tr", (trs) => trs.length)).toBe(1);
    expect(await page.textContent("table.query-result tbody tr")).toContain("李华");
  });

  it("exports the current view", async () => {
    await page.goto(`${base}/#/node/${encodeURIComponent("Person:person:李华@义乌市")}`);
    await page.waitForSelector("button[data-export=gexf]");
    const [download] = await Promise.all([page.waitForEvent("download"), page.click("button[data-export=gexf]")]);
    expect(download.suggestedFilename()).toBe("zhkg-view.gexf");
  });
});

describe.skipIf(!hasChromium)("dashboard behind a bearer token", () => {
  it("works when opened with ?token= and says what is wrong without it", async () => {
    const app = createServer(embeddedBackend(await loadFixture()), { token: "t0ken" });
    await app.listen({ port: 0, host: "127.0.0.1" });
    const base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
    const browser = await launchBrowser();
    try {
      const denied = await browser.newPage();
      await denied.goto(`${base}/#/search?q=${encodeURIComponent("李华")}`);
      await denied.waitForSelector(".error");
      expect(await denied.textContent(".error")).toContain("bearer token");
      const allowed = await browser.newPage();
      await allowed.goto(`${base}/?token=t0ken#/search?q=${encodeURIComponent("李华")}`);
      await allowed.waitForSelector("#search-results a");
      expect(await allowed.textContent("#search-results a")).toBe("李华");
    } finally {
      await browser.close();
      await app.close();
    }
  });
});
