// `zhkg extract` as a user runs it: the built CLI in a child process, its output formats, and
// how it reports bad files, bad lines, missing paths and a bad --date.
import { execFile, execFileSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import { beforeAll, describe, expect, it } from "vitest";
import type { ExtractionRecord } from "../../src/types.js";
import { PROJECT_ROOT } from "../pipeline/score-extraction.js";

const run = promisify(execFile);
const BIN = path.join(PROJECT_ROOT, "bin", "zhkg.js");
const MAIN = path.join(PROJECT_ROOT, "dist", "cli", "main.js");
const MIXED = path.join(PROJECT_ROOT, "test", "fixtures", "extract", "mixed");
const GOOD = path.join(MIXED, "good.txt");

interface Result {
  code: number;
  stdout: string;
  stderr: string;
}

async function zhkg(...args: string[]): Promise<Result> {
  try {
    const { stdout, stderr } = await run(process.execPath, [BIN, ...args], { cwd: PROJECT_ROOT, encoding: "utf8", maxBuffer: 64 << 20 });
    return { code: 0, stdout, stderr };
  } catch (err) {
    const e = err as { code?: number; stdout?: string; stderr?: string };
    if (typeof e.code !== "number") throw err;
    return { code: e.code, stdout: e.stdout ?? "", stderr: e.stderr ?? "" };
  }
}

function newestSource(dir: string): number {
  return Math.max(
    0,
    ...readdirSync(dir, { withFileTypes: true }).map((e) =>
      e.isDirectory() ? newestSource(path.join(dir, e.name)) : statSync(path.join(dir, e.name)).mtimeMs,
    ),
  );
}

const parseLines = (stdout: string) =>
  stdout
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as ExtractionRecord);

// The record shape of DESIGN.md, field by field.
function expectRecordShape(r: ExtractionRecord): void {
  expect(Object.keys(r).sort()).toEqual(["article", "entities", "relations"]);
  expect(Object.keys(r.article).sort()).toEqual(["correspondents", "date", "id", "reporters", "source", "subtitle", "text", "title"]);
  for (const e of r.entities) {
    expect(typeof e.id).toBe("string");
    expect(["Person", "Organization", "Place", "Event", "Initiative", "Figure"]).toContain(e.type);
    expect(typeof e.name).toBe("string");
    for (const m of e.mentions) expect(0 <= m.start && m.start <= m.end && m.end <= r.article.text.length).toBe(true);
  }
  for (const rel of r.relations) {
    expect(typeof rel.type).toBe("string");
    expect(0 <= rel.evidence.start && rel.evidence.end <= r.article.text.length).toBe(true);
  }
}

describe("zhkg extract (built CLI)", () => {
  let mixed: Result;
  let json: Result;
  let table: Result;

  beforeAll(async () => {
    // The CLI runs from dist/: build it when it is missing or older than the sources.
    if (!existsSync(MAIN) || statSync(MAIN).mtimeMs < newestSource(path.join(PROJECT_ROOT, "src"))) {
      // Incremental (build info kept under node_modules/.cache) unless dist/ is gone, which it cannot see.
      const incremental = existsSync(MAIN) ? ["--incremental", "--tsBuildInfoFile", path.join(PROJECT_ROOT, "node_modules", ".cache", "zhkg-test-build.tsbuildinfo")] : [];
      try {
        execFileSync(process.execPath, [path.join(PROJECT_ROOT, "node_modules", "typescript", "bin", "tsc"), "-p", "tsconfig.build.json", ...incremental], { cwd: PROJECT_ROOT, stdio: "pipe" });
      } catch (err) {
        // tsc still emits when another module of the tree has a type error; only a missing build is fatal.
        if (!existsSync(MAIN)) throw err;
      }
    }
    [mixed, json, table] = await Promise.all([
      zhkg("extract", MIXED, "--format", "jsonl", "--date", "2023-05-10"),
      zhkg("extract", GOOD, "--format", "json", "--date", "2023-05-10", "--home", "丽水市"),
      zhkg("extract", GOOD, "--format", "table", "--date", "2023-05-10"),
    ]);
  }, 180_000);

  it("jsonl: one record per line in the DESIGN.md shape", () => {
    const records = parseLines(mixed.stdout);
    expect(records.length).toBe(3);
    for (const r of records) expectRecordShape(r);
    const good = records.find((r) => r.article.source.endsWith("good.txt"))!;
    expect(good.article.title).toBe("数字经济发展大会召开");
    expect(good.article.date).toBe("2023-05-10");
    const persons = good.entities.filter((e) => e.type === "Person").map((e) => [e.name, e.titles]);
    expect(persons).toEqual([
      ["张建国", ["市委书记"]],
      ["李卫东", ["市长"]],
      ["王志明", []],
      ["刘晓燕", []],
    ]);
    const event = good.entities.find((e) => e.type === "Event")!;
    expect(event).toMatchObject({ name: "丽水市数字经济发展大会", date: "2023-05-09" });
    const roles = good.relations.filter((r) => r.type === "ATTENDED").map((r) => r.role);
    expect(roles).toEqual(["spoke", "presided", "attended", "attended"]);
  });

  it("a directory with a binary file and a JSONL file with a bad line 2: both reported, the rest extracted, exit 1", () => {
    expect(mixed.code).toBe(1);
    expect(mixed.stderr).toContain("scan.txt");
    expect(mixed.stderr).toMatch(/feed\.jsonl:2\b/u);
    expect(mixed.stderr).not.toMatch(/feed\.jsonl:[13]\b/u);
    const ids = parseLines(mixed.stdout).map((r) => r.article.id);
    expect(ids).toEqual(expect.arrayContaining(["j1", "j3"]));
    expect(ids.some((id) => id.endsWith("good"))).toBe(true);
  });

  it("json: an array of the same records; --home gives bare local titles their place", () => {
    expect(json.code).toBe(0);
    const records = JSON.parse(json.stdout) as ExtractionRecord[];
    expect(Array.isArray(records)).toBe(true);
    expect(records).toHaveLength(1);
    expectRecordShape(records[0]!);
    const fromJsonl = parseLines(mixed.stdout).find((r) => r.article.source.endsWith("good.txt"))!;
    const summary = (r: ExtractionRecord) => r.entities.map((e) => `${e.type}:${e.name}`);
    expect(summary(records[0]!)).toEqual(summary(fromJsonl));
    expect(records[0]!.relations.map((r) => r.type)).toEqual(fromJsonl.relations.map((r) => r.type));
    const ids = records[0]!.entities.filter((e) => e.type === "Person").map((e) => e.id);
    expect(ids).toContain("person:张建国@丽水市");
    expect(ids).toContain("person:李卫东@丽水市");
    expect(fromJsonl.entities.filter((e) => e.type === "Person").map((e) => e.id)).toContain("person:张建国");
  });

  it("table: prints the names, titles and attendance", () => {
    expect(table.code).toBe(0);
    expect(table.stdout).toContain("数字经济发展大会召开");
    for (const name of ["张建国", "李卫东", "王志明", "刘晓燕", "丽水市数字经济发展大会"]) expect(table.stdout).toContain(name);
    expect(table.stdout).toContain("市委书记");
    expect(table.stdout).toMatch(/李卫东 -\[presided\]-> 丽水市数字经济发展大会/u);
  });

  it("a missing path: a diagnostic naming it, exit 1", async () => {
    const missing = path.join("test", "fixtures", "extract", "no-such-file.txt");
    const r = await zhkg("extract", missing);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain("no-such-file.txt");
  });

  it.each(["20230510", "yesterday", "2023/05/10"])("a bad --date %s: a message, exit 2", async (date) => {
    const r = await zhkg("extract", GOOD, "--date", date);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain("--date");
  });
});
