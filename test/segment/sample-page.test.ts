import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { segmentDocument } from "../../src/segment/segment-document.js";

// The sample page and its gold live next to the project (../shared), not in it.
const shared = fileURLToPath(new URL("../../../shared/", import.meta.url));
const pagePath = `${shared}corpus/yiwu-2022-12-08-page1.txt`;
const goldPath = `${shared}eval/seed-gold.jsonl`;
const goldenPath = fileURLToPath(new URL("../fixtures/segment/sample-page.golden.json", import.meta.url));

interface GoldArticle {
  id: string;
  anchor: string;
  title: string | null;
  subtitle?: string;
  reporters: string[];
}

const noSpace = (s: string): string => s.replace(/\s+/gu, "");

describe.skipIf(!existsSync(pagePath) || !existsSync(goldPath))("segmentDocument on the sample page", () => {
  const { articles, diagnostics } = segmentDocument({ id: "page1", source: pagePath, text: readFileSync(pagePath, "utf8") });
  const gold = readFileSync(goldPath, "utf8")
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => JSON.parse(line) as GoldArticle);

  it("matches the golden file (UPDATE=1 rewrites it)", () => {
    const summary = articles.map((a) => ({
      id: a.id,
      title: a.title,
      subtitle: a.subtitle,
      reporters: a.reporters,
      correspondents: a.correspondents,
      dateline: a.dateline,
      date: a.date,
      start: a.text.slice(0, 30),
    }));
    if (process.env.UPDATE === "1") writeFileSync(goldenPath, `${JSON.stringify(summary, null, 2)}\n`);
    expect(summary).toEqual(JSON.parse(readFileSync(goldenPath, "utf8")));
    expect(diagnostics).toEqual([]);
  });

  it("has the gold's articles in order", () => {
    expect(articles).toHaveLength(gold.length);
    expect(gold).toHaveLength(6);
  });

  it.each([0, 1, 2, 3, 4, 5])("article %i has the gold headline, reporters and anchor", (i) => {
    const g = gold[i] as GoldArticle;
    const a = articles[i];
    expect(a?.title).toBe(g.title);
    expect(a?.subtitle).toBe(g.subtitle ?? null);
    expect(a?.reporters).toEqual(g.reporters);
    expect(noSpace(a?.text ?? "")).toContain(noSpace(g.anchor));
    expect(a?.date).toBe("2022-12-08");
  });

  it("keeps page references and headlines out of the bodies", () => {
    for (const a of articles) {
      expect(a.text).not.toMatch(/>>>|\d版/u);
      expect(a.text).not.toContain("▢");
      // Every body ends with its last sentence, not with a headline line.
      expect(a.text).toMatch(/[。！？”]$/u);
      if (a.subtitle !== null) expect(a.text).not.toContain(a.subtitle);
    }
  });
});
