import { describe, expect, it, vi } from "vitest";
import { main } from "../../src/cli/main.js";
import { FIXTURE_STORE, TWO_ROLES_STORE } from "./fixture-store.js";

/** Runs the CLI with stdout/stderr captured. */
async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const stdout = vi.spyOn(process.stdout, "write").mockImplementation((chunk) => {
    out += String(chunk);
    return true;
  });
  const stderr = vi.spyOn(process.stderr, "write").mockImplementation((chunk) => {
    err += String(chunk);
    return true;
  });
  try {
    const code = await main(["node", "zhkg", ...args]);
    return { code, out, err };
  } finally {
    stdout.mockRestore();
    stderr.mockRestore();
  }
}

describe("zhkg query", () => {
  it("prints a table of the rows", async () => {
    const { code, out } = await run(["query", "co-attendance", "--param", "person=李华", "--store", FIXTURE_STORE]);
    expect(code).toBe(0);
    const lines = out.trimEnd().split("\n");
    expect(lines[0]).toMatch(/^name\s+count\s+events\s+other$/);
    expect(lines.slice(2).map((l) => l.split(/\s{2,}/).slice(0, 2))).toEqual([["张明", "2"], ["王芳", "2"], ["赵强", "1"], ["陈刚", "1"]]);
  });

  it("prints every column with --all-columns and chains as arrows", async () => {
    const all = await run(["query", "co-attendance", "-p", "person=李华", "--all-columns", "--store", FIXTURE_STORE]);
    expect(all.out.split("\n")[0]).toMatch(/^person\s+other\s+name\s+count\s+events$/);
    const chain = await run(["query", "shortest-connection", "-p", "from=李华", "-p", "to=王芳", "--store", FIXTURE_STORE]);
    expect(chain.out).toContain("李华 → ");
  });

  it("prints JSON with --json", async () => {
    const { code, out } = await run(["query", "attendees-of-event", "-p", "event=金华市服务业发展大会", "--json", "--store", FIXTURE_STORE]);
    expect(code).toBe(0);
    const result = JSON.parse(out);
    expect(result.query).toBe("attendees-of-event");
    expect(result.rows.map((r: { name: string }) => r.name)).toEqual(["张明", "陈刚", "李华"]);
  });

  it("prints one row per attendee with all their roles, most specific first", async () => {
    const { code, out } = await run(["query", "attendees-of-event", "-p", "event=全县乡村振兴工作会议", "--store", TWO_ROLES_STORE]);
    expect(code).toBe(0);
    const lines = out.trimEnd().split("\n");
    expect(lines[0]).toMatch(/^date\s+eventName\s+order\s+name\s+roles\s+titles\s+evidence$/);
    expect(lines.slice(2).map((l) => l.split(/\s{2,}/).slice(2, 5))).toEqual([
      ["0", "孙伟", "presided、spoke、attended"],
      ["1", "刘洋", "attended"],
    ]);
  });

  it("lists the queries without a name", async () => {
    const { out } = await run(["query", "--store", FIXTURE_STORE]);
    expect(out).toContain("title-holder-at-date");
    expect(out).toContain("parameters: title (string), date (date)");
  });

  it.each([
    [["query", "events-of-person", "--store", FIXTURE_STORE], /"person" is required/],
    [["query", "events-of-person", "-p", "person=李华", "-p", "from=2022/01/01", "--store", FIXTURE_STORE], /YYYY-MM-DD/],
    [["query", "events-of-person", "-p", "person", "--store", FIXTURE_STORE], /name=value/],
    [["query", "no-such-query", "--store", FIXTURE_STORE], /known queries/],
    [["query", "person-profile", "-p", "person=李华", "--store", "/nonexistent/graph.json"], /zhkg build/],
  ])("fails clearly: %j", async (args, message) => {
    const { code, err } = await run(args);
    expect(code).not.toBe(0);
    expect(err).toMatch(message);
  });
});
