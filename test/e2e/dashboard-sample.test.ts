import { existsSync, mkdirSync } from "node:fs";
import type { AddressInfo } from "node:net";
import type { FastifyInstance } from "fastify";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadStore } from "../../src/graph/load-store.js";
import { embeddedBackend } from "../../src/query/embedded-backend.js";
import { createServer } from "../../src/server/create-server.js";
import { COUNT_NETWORK_PIXELS, hasChromium, launchBrowser } from "./browser.js";
import { buildSampleStore, SAMPLE_PAGE } from "./sample-store.js";

const SHOTS = new URL("../output/screenshots/", import.meta.url);
const shot = (page: Page, name: string) => page.screenshot({ path: new URL(`${name}.png`, SHOTS).pathname, fullPage: true });

describe.skipIf(!hasChromium || !existsSync(SAMPLE_PAGE))("dashboard in headless Chromium on the sample page", () => {
  let app: FastifyInstance;
  let browser: Browser;
  let page: Page;
  let base: string;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    app = createServer(embeddedBackend(await loadStore(await buildSampleStore())));
    await app.listen({ port: 0, host: "127.0.0.1" });
    base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
    page.on("pageerror", (err) => pageErrors.push(err.message));
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it("finds 朱重烈 by search", async () => {
    await page.goto(`${base}/`);
    await page.fill("#search", "朱重烈");
    await page.selectOption("#search-types", "Person");
    await page.click("#search-form button[type=submit]");
    await page.waitForSelector("#search-results a");
    expect(await page.textContent("#search-results li:first-child a")).toBe("朱重烈");
    await shot(page, "search");
  });

  it("opens him and shows both his events with his roles, and draws his network", async () => {
    await page.click("#search-results li:first-child a");
    await page.waitForSelector("table.events");
    expect(await page.textContent("#page-title")).toBe("朱重烈");
    const events = await page.$$eval("table.events tbody tr", (trs) => trs.map((tr) => tr.textContent ?? ""));
    expect(events).toHaveLength(2);
    expect(events.some((e) => e.includes("第九届“西湖论善”活动") && /spoke/.test(e))).toBe(true);
    expect(events.some((e) => e.includes("服务业高质量发展大会") && /spoke/.test(e))).toBe(true);
    expect(await page.textContent("table.titles")).toContain("金华市委书记");
    await page.waitForFunction("window.zhkgNetwork && window.zhkgNetwork.nodes > 2");
    const pixels = await page.evaluate<Record<string, number>>(COUNT_NETWORK_PIXELS);
    expect(pixels["sigma-nodes"]).toBeGreaterThan(0);
    await shot(page, "person");
    await page.locator("#network").screenshot({ path: new URL("network.png", SHOTS).pathname });
  });

  it("opens 第九届“西湖论善”活动 and lists its attendees, one row each, with roles and evidence", async () => {
    await page.click('table.events a:text("第九届“西湖论善”活动")');
    await page.waitForSelector("table.attendees");
    expect(await page.textContent("#page-title")).toBe("第九届“西湖论善”活动");
    const rows = await page.evaluate<string[][]>(
      'Array.from(document.querySelectorAll("table.attendees tbody tr"), (tr) => Array.from(tr.cells, (td) => td.textContent))',
    );
    const names = rows.map((cells) => cells[1]);
    expect(names.length).toBeGreaterThanOrEqual(12);
    expect(new Set(names).size).toBe(names.length);
    const rolesOf = (name: string) => rows.find((cells) => cells[1] === name)?.[3];
    expect(rolesOf("朱重烈")).toMatch(/spoke/);
    expect(rows.some((cells) => /presided/.test(cells[3] ?? ""))).toBe(true);
    expect(await page.$$eval("table.attendees a.evidence-link", (as) => as.length)).toBeGreaterThanOrEqual(names.length);
    expect(await page.textContent("#event-date")).toBe("2022-12-06");
    await page.waitForFunction("window.zhkgNetwork && window.zhkgNetwork.nodes >= 13");
    await shot(page, "event");
  });

  it("runs a canned query from the home page", async () => {
    await page.goto(`${base}/#/?query=co-attendance&person=${encodeURIComponent("朱重烈")}`);
    await page.waitForSelector("table.query-result");
    const names = await page.evaluate<string[]>('Array.from(document.querySelectorAll("table.query-result tbody tr"), (tr) => tr.cells[0].textContent)');
    expect(names.length).toBeGreaterThanOrEqual(11);
    expect(names).toContain("施利民");
    await shot(page, "query");
    await page.goto(`${base}/#/search?q=${encodeURIComponent("西湖论善")}&types=Event`);
    await page.click("#search-results li:first-child a");
    await page.waitForSelector("table.attendees");
  });

  it("follows an evidence link back to the sentence in the article", async () => {
    await page.click("table.attendees tbody tr:first-child a.evidence-link");
    await page.waitForSelector(".sentence.highlight");
    expect((await page.textContent(".sentence.highlight"))?.length).toBeGreaterThan(10);
    await shot(page, "article");
    expect(pageErrors, pageErrors.join("\n")).toEqual([]);
  });
});
