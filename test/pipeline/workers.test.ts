import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { articleExtractor } from "../../src/pipeline/article-extractor.js";
import { extractSources, type ExtractItem } from "../../src/pipeline/extract-sources.js";
import { articleOf } from "../recognize/run-recognize.js";
import { DEV_DIR, SAMPLE_PAGE } from "./score-extraction.js";

async function collect(paths: string[], workers: number): Promise<ExtractItem[]> {
  const items: ExtractItem[] = [];
  for await (const item of extractSources(paths, { workers, home: "义乌市" })) items.push(item);
  return items;
}

describe("extraction in worker threads", () => {
  // The sample page and the dev articles make several batches, a missing file a diagnostic
  // between them: the order of everything must survive the pool.
  const inputs = [SAMPLE_PAGE, path.join(DEV_DIR, "no-such-file.txt"), ...readdirSync(DEV_DIR).sort().map((f) => path.join(DEV_DIR, f))];

  it("gives the same records and diagnostics, in the same order, with 1, 2 and 3 workers", async () => {
    const one = await collect(inputs, 1);
    expect(one.filter((i) => i.kind === "record").length).toBeGreaterThan(20);
    expect(one.filter((i) => i.kind === "diagnostic").length).toBe(1);
    expect(await collect(inputs, 2)).toEqual(one);
    expect(await collect(inputs, 3)).toEqual(one);
  }, 60_000);

  it("extracts articles over the size limit in this thread, in their place among the others", async () => {
    const articles = readdirSync(DEV_DIR).sort().filter((f) => f.endsWith(".txt")).map((f) => ({ ...articleOf(readFileSync(path.join(DEV_DIR, f), "utf8")), id: f }));
    const limit = 1500;
    expect(articles.some((a) => a.text.length > limit) && articles.some((a) => a.text.length <= limit)).toBe(true);
    const here = articleExtractor(1, {});
    const pool = articleExtractor(2, {}, limit);
    try {
      expect(await pool.extractBatch(articles)).toEqual(await here.extractBatch(articles));
    } finally {
      await pool.close();
      await here.close();
    }
  }, 60_000);
});
