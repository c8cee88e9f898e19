// The whole pipeline on a small invented newspaper page (bylines, lines wrapped mid-word,
// trailing headlines, a page reference, date from the file name): what a reader would list.
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { ExtractionRecord } from "../../src/types.js";
import { extractAll, PROJECT_ROOT } from "./score-extraction.js";

const PAGE = path.join(PROJECT_ROOT, "test", "fixtures", "extract", "lishui-2023-05-10-page1.txt");

describe("an invented page through ingest, segment and extraction", () => {
  let records: ExtractionRecord[];
  beforeAll(async () => {
    records = await extractAll([PAGE]);
  });

  const names = (r: ExtractionRecord, type: string) => r.entities.filter((e) => e.type === type).map((e) => e.name);
  const attended = (r: ExtractionRecord) => {
    const name = new Map(r.entities.map((e) => [e.id, e.name]));
    return r.relations.filter((x) => x.type === "ATTENDED").map((x) => `${name.get(x.from)} ${x.role} ${name.get(x.to)}`);
  };

  it("cuts two articles dated by the file name, with their bylines", () => {
    expect(records).toHaveLength(2);
    expect(records.map((r) => r.article.date)).toEqual(["2023-05-10", "2023-05-10"]);
    expect(records[0]!.article.title).toBe("丽水市数字经济发展大会召开");
    expect(records[0]!.article.reporters).toEqual(["吴晓梅", "钱立"]);
    expect(records[1]!.article.reporters).toEqual(["孔德华"]);
    for (const r of records) expect(r.article.text).not.toMatch(/>>>|▢|本报讯/u);
  });

  it("finds the people of the first article across wrapped lines, reporters excluded", () => {
    const [first] = records;
    const persons = first!.entities.filter((e) => e.type === "Person").map((e) => [e.name, e.titles]);
    expect(persons).toEqual([
      ["张建国", ["市委书记"]],
      ["李卫东", ["市委副书记", "市长"]],
      ["王志明", []],
      ["刘晓燕", []],
      ["陈国平", []],
    ]);
    expect(names(first!, "Event")).toEqual(["丽水市数字经济发展大会"]);
    expect(first!.entities.find((e) => e.type === "Event")!.date).toBe("2023-05-09");
    expect(names(first!, "Initiative")).toEqual(["两个先行"]);
    expect(first!.entities.filter((e) => e.type === "Figure").map((e) => [e.text, e.value, e.unit, e.approx])).toEqual([
      ["126.5亿元", 12650000000, "元", false],
      ["300余家", 300, "家", true],
    ]);
  });

  it("states who attended the conference and how", () => {
    const roles = attended(records[0]!);
    expect(roles).toContain("李卫东 presided 丽水市数字经济发展大会");
    expect(roles).toContain("张建国 spoke 丽水市数字经济发展大会");
    for (const p of ["王志明", "刘晓燕", "陈国平"]) expect(roles).toContain(`${p} attended 丽水市数字经济发展大会`);
  });

  it("reads the second article as an inspection tour with its host", () => {
    const second = records[1]!;
    expect(names(second, "Person")).toEqual(["赵德华", "张建国"]);
    expect(second.entities.find((e) => e.name === "赵德华")!.titles).toEqual(["省委常委", "副省长"]);
    const tour = second.entities.find((e) => e.type === "Event")!;
    expect(tour).toMatchObject({ name: "青田县调研", kind: "inspection", date: "2023-05-08" });
    expect(attended(second)).toEqual(["赵德华 inspected 青田县调研", "张建国 accompanied 青田县调研"]);
  });
});
