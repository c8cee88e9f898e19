/**
 * Test helper: runs the extraction pipeline on shared corpus paths, writes the records as JSON
 * Lines and scores them with the shared scorer (../shared/eval/score.mjs), as issue 2 asks.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { extractSources } from "../../src/pipeline/extract-sources.js";
import type { ExtractionRecord } from "../../src/types.js";

/** The project root; CI and the work tree both keep shared/ beside it. */
export const PROJECT_ROOT = fileURLToPath(new URL("../../", import.meta.url));
export const SHARED = path.resolve(PROJECT_ROOT, "..", "shared");
export const SAMPLE_PAGE = path.join(SHARED, "corpus", "yiwu-2022-12-08-page1.txt");
export const DEV_DIR = path.join(SHARED, "corpus", "dev");
export const SEED_GOLD = path.join(SHARED, "eval", "seed-gold.jsonl");
export const DEV_GOLD = path.join(SHARED, "eval", "dev-gold.jsonl");
const SCORER = path.join(SHARED, "eval", "score.mjs");

export interface CategoryScore {
  tp: number;
  np: number;
  ng: number;
  p: number;
  r: number;
  f: number;
}
export interface ScoreReport {
  report: Record<string, CategoryScore>;
  overall: number;
  misses: string[];
  extras: string[];
}

/** Extraction records of every article under `paths`; input errors fail the call. */
export async function extractAll(paths: string[]): Promise<ExtractionRecord[]> {
  const records: ExtractionRecord[] = [];
  for await (const item of extractSources(paths)) {
    if (item.kind === "record") records.push(item.record);
    else if (item.diagnostic.severity === "error") throw new Error(`extraction failed: ${item.diagnostic.source}: ${item.diagnostic.reason}`);
  }
  return records;
}

/** The shared scorer's JSON report of `records` against `gold`. */
export function score(records: ExtractionRecord[], gold: string): ScoreReport {
  const dir = mkdtempSync(path.join(tmpdir(), "zhkg-score-"));
  try {
    const pred = path.join(dir, "pred.jsonl");
    writeFileSync(pred, records.map((r) => JSON.stringify(r)).join("\n") + "\n");
    const out = execFileSync(process.execPath, [SCORER, "--gold", gold, "--pred", pred, "--json"], { encoding: "utf8" });
    return JSON.parse(out) as ScoreReport;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
