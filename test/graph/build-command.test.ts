import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { main } from "../../src/cli/main.js";
import { loadRecords } from "../resolve/make-records.js";

const records = loadRecords(new URL("../fixtures/resolve/articles.json", import.meta.url).pathname);

/** Runs the CLI and returns its exit status and what it printed. */
async function run(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const o = vi.spyOn(process.stdout, "write").mockImplementation((s) => ((out += String(s)), true));
  const e = vi.spyOn(process.stderr, "write").mockImplementation((s) => ((err += String(s)), true));
  try {
    const code = await main(["node", "zhkg", ...args]);
    return { code, out, err };
  } finally {
    o.mockRestore();
    e.mockRestore();
  }
}

afterEach(() => vi.restoreAllMocks());

describe("zhkg build / export / review", () => {
  const dir = mkdtempSync(join(tmpdir(), "zhkg-build-"));
  const input = join(dir, "records.jsonl");
  writeFileSync(input, records.map((r) => JSON.stringify(r)).join("\n") + "\n");
  const store = join(dir, "store", "graph.json");

  it("creates the store and prints counts and the busiest people and events", async () => {
    const { code, out } = await run("build", "--records", input, "--store", store, "--home", "兰溪市");
    expect(code).toBe(0);
    expect(out).toContain("6 article(s) merged");
    expect(out).toMatch(/nodes: Article 6, /);
    expect(out).toMatch(/busiest people:\n {2}钱思远 {2}3 event\(s\)/);
    expect(out).toContain("problems: none");
  });

  it("leaves the store byte-identical when built again", async () => {
    const before = readFileSync(store, "utf8");
    const { out } = await run("build", "--records", input, "--store", store, "--home", "兰溪市");
    expect(out).toContain("+0 nodes, +0 edges");
    expect(readFileSync(store, "utf8")).toBe(before);
  });

  it("reports a bad line with file and line, keeps the rest and exits 1", async () => {
    const bad = join(dir, "bad.jsonl");
    writeFileSync(bad, `${JSON.stringify(records[0])}\n{"not": "a record"}\n`);
    const { code, err, out } = await run("build", "--records", bad, "--store", join(dir, "other.json"));
    expect(code).toBe(1);
    expect(err).toContain(`${bad}:2:`);
    expect(out).toContain("1 article(s) merged");
  });

  it("exports GEXF to a file and CSV to a directory", async () => {
    const gexf = join(dir, "out.gexf");
    expect((await run("export", "--format", "gexf", "--store", store, "--out", gexf, "--around", "赵立新", "--depth", "1")).code).toBe(0);
    expect(readFileSync(gexf, "utf8")).toContain('label="赵立新"');
    const csv = join(dir, "csv");
    expect((await run("export", "--format", "csv", "--store", store, "--out", csv)).code).toBe(0);
    expect(readFileSync(join(csv, "nodes-Person.csv"), "utf8")).toMatch(/^key:ID\(Person\),/);
  });

  it("refuses an unknown format or label with a usage error", async () => {
    expect((await run("export", "--format", "dot", "--store", store)).code).toBe(2);
    expect((await run("export", "--format", "json", "--types", "Persons", "--store", store)).code).toBe(2);
  });

  it("prints the review list", async () => {
    const { code, out } = await run("review", "--store", store);
    expect(code).toBe(0);
    expect(out).toContain("== person-unplaced");
    expect(out).toContain("周海涛");
  });

  it("says how to build a store that is missing", async () => {
    const { code, err } = await run("review", "--store", join(dir, "none.json"));
    expect(code).toBe(1);
    expect(err).toContain("zhkg build");
  });
});
