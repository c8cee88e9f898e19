// The rules generalise: no person of the gold files (sample page and dev articles) is named in
// src/ or dictionaries/, no dictionary is a list of people, and persons are still found on the
// sample page with the dictionaries as shipped (which hold no people).
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { DEV_GOLD, extractAll, PROJECT_ROOT, SAMPLE_PAGE, score, SEED_GOLD } from "./score-extraction.js";

interface GoldRow {
  persons?: (string | { name: string })[];
}

function goldNames(file: string): Set<string> {
  const names = new Set<string>();
  for (const line of readFileSync(file, "utf8").split("\n")) {
    if (!line.trim()) continue;
    for (const p of (JSON.parse(line) as GoldRow).persons ?? []) names.add(typeof p === "string" ? p : p.name);
  }
  return names;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    return e.isDirectory() ? filesUnder(full) : [full];
  });
}

const NAMES = new Set([...goldNames(SEED_GOLD), ...goldNames(DEV_GOLD)]);
const DICTIONARIES = path.join(PROJECT_ROOT, "dictionaries");
const SRC = path.join(PROJECT_ROOT, "src");

// Doc comments that still use a gold name as their example, reported to their owners: this list
// may only shrink. Each entry is "file (relative to the project) → name".

describe("no sample names in code or dictionaries", () => {
  it("the gold files name enough people for the check to mean something", () => {
    expect(NAMES.size).toBeGreaterThan(30);
  });

  it("no file under dictionaries/ names a gold person", () => {
    const hits = filesUnder(DICTIONARIES).flatMap((f) => {
      const text = readFileSync(f, "utf8");
      return [...NAMES].filter((n) => text.includes(n)).map((n) => `${path.relative(PROJECT_ROOT, f)} → ${n}`);
    });
    expect(hits).toEqual([]);
  });

  it("no file under src/ names a gold person, not even in a comment", () => {
    const hits = filesUnder(SRC).flatMap((f) => {
      const text = readFileSync(f, "utf8");
      return [...NAMES].filter((n) => text.includes(n)).map((n) => `${path.relative(PROJECT_ROOT, f).split(path.sep).join("/")} → ${n}`);
    });
    expect(hits).toEqual([]);
  });

  it("no dictionary is a people list", () => {
    for (const f of filesUnder(DICTIONARIES)) {
      const lines = readFileSync(f, "utf8").split("\n").filter((l) => l.trim() && !l.startsWith("#"));
      const rows = lines.map((l) => l.split("\t")[0]!.trim());
      expect(rows.filter((r) => NAMES.has(r)), f).toEqual([]);
      // The user dictionary of DESIGN.md would be (name, title, jurisdiction): none ships.
      const header = (lines[0] ?? "").split("\t").map((c) => c.trim().toLowerCase());
      const peopleHeader = ["name", "person", "people", "姓名"].includes(header[0] ?? "") && header.some((c) => ["title", "jurisdiction", "职务"].includes(c));
      expect(peopleHeader, f).toBe(false);
    }
  });

  it("persons on the sample page are found without any people dictionary (F1 ≥ 0.95)", async () => {
    const report = score(await extractAll([SAMPLE_PAGE]), SEED_GOLD).report;
    expect(report.persons!.f).toBeGreaterThanOrEqual(0.95);
  });
});
