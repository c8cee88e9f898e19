// Issue 2 "Done when": the extraction of the sample page, scored by the shared scorer against
// its gold, stays above the floors; the dev articles stay above an overall floor.
import { beforeAll, describe, expect, it } from "vitest";
import { DEV_DIR, DEV_GOLD, extractAll, SAMPLE_PAGE, score, SEED_GOLD, type ScoreReport } from "./score-extraction.js";

// The floors of issue 2; a category below its floor fails with the scorer's misses and extras.
const PAGE_FLOORS: Record<string, number> = {
  persons: 0.95,
  titles: 0.9,
  events: 0.85,
  attendance: 0.9,
  roles: 0.9,
  figures: 0.9,
  reporters: 0.95,
  places: 0.8,
  organizations: 0.8,
};
// Overall F1 (mean of persons, titles, events, attendance) on the dev articles: a regression guard.
const DEV_OVERALL_FLOOR = 0.82;

const explain = (r: ScoreReport, cat: string) =>
  `${cat} F1 ${r.report[cat]?.f.toFixed(3)}\n${[...r.misses, ...r.extras].filter((m) => m.includes(` ${cat} `)).join("\n")}`;

describe("sample page score (seed gold)", () => {
  let result: ScoreReport;
  beforeAll(async () => {
    const records = await extractAll([SAMPLE_PAGE]);
    expect(records.length).toBeGreaterThan(1);
    result = score(records, SEED_GOLD);
  });

  it.each(Object.entries(PAGE_FLOORS))("%s F1 ≥ %s", (cat, floor) => {
    expect(result.report[cat], `the scorer reports no ${cat}`).toBeDefined();
    expect(result.report[cat]!.f, explain(result, cat)).toBeGreaterThanOrEqual(floor);
  });

  it("every gold article is aligned with a record", () => {
    expect(result.misses.filter((m) => m.includes("no predicted record aligned"))).toEqual([]);
  });

  it("the floors can fail: records without entities score below them", async () => {
    const empty = (await extractAll([SAMPLE_PAGE])).map((r) => ({ ...r, entities: [], relations: [] }));
    const report = score(empty, SEED_GOLD).report;
    expect(report.persons!.f).toBeLessThan(PAGE_FLOORS.persons!);
    expect(report.events!.f).toBeLessThan(PAGE_FLOORS.events!);
  });
});

describe("dev articles score (dev gold)", () => {
  let result: ScoreReport;
  beforeAll(async () => {
    result = score(await extractAll([DEV_DIR]), DEV_GOLD);
  });

  it(`overall F1 ≥ ${DEV_OVERALL_FLOOR}`, () => {
    expect(result.overall, JSON.stringify(result.report, null, 1)).toBeGreaterThanOrEqual(DEV_OVERALL_FLOOR);
  });

  it("every dev article is aligned with a record", () => {
    expect(result.misses.filter((m) => m.includes("no predicted record aligned"))).toEqual([]);
  });
});
