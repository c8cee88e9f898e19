// The extraction record (DESIGN.md): article fields, one entity per name (per occurrence for
// figures), ids unique and stable, relations that point at entities and carry evidence.
import { describe, expect, it } from "vitest";
import { buildRecord } from "../../src/record/build-record.js";
import { sessionForm } from "../../src/record/event-facts.js";
import { jurisdictionOf } from "../../src/record/jurisdiction.js";
import type { Mention } from "../../src/types.js";
import { articleOf, recordOf } from "../recognize/run-recognize.js";

const TEXT = "5月9日，丽水市数字经济发展大会召开。丽水市委书记张建国讲话，市长李卫东主持。张建国强调，全市投资50822万元，新增企业300多家。";

describe("record shape", () => {
  const record = recordOf(TEXT, "2023-05-10", { title: "数字经济大会召开", reporters: ["吴晓梅"], correspondents: ["钱立"] });

  it("carries the article as given", () => {
    expect(record.article).toEqual({
      id: "t1",
      source: "test.txt",
      title: "数字经济大会召开",
      subtitle: null,
      date: "2023-05-10",
      reporters: ["吴晓梅"],
      correspondents: ["钱立"],
      text: TEXT,
    });
  });

  it("has unique entity ids and relations between them", () => {
    const ids = record.entities.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of record.relations) {
      expect(ids).toContain(r.from);
      expect(ids).toContain(r.to);
      expect(0 <= r.evidence.start && r.evidence.start < r.evidence.end && r.evidence.end <= TEXT.length).toBe(true);
    }
  });

  it("gives each entity type its fields", () => {
    for (const e of record.entities) {
      expect(["Person", "Organization", "Place", "Event", "Initiative", "Figure"]).toContain(e.type);
      expect(e.mentions.length).toBeGreaterThan(0);
      for (const m of e.mentions) expect(TEXT.slice(m.start, m.end).length).toBe(m.end - m.start);
    }
    const person = record.entities.find((e) => e.name === "张建国")!;
    expect(person).toMatchObject({ id: "person:张建国@丽水市", type: "Person", titles: ["丽水市委书记"], jurisdiction: "丽水市" });
    expect(person.mentions.map((m) => TEXT.slice(m.start, m.end))).toEqual(["张建国", "张建国"]);
    const event = record.entities.find((e) => e.type === "Event")!;
    expect(event).toMatchObject({ name: "丽水市数字经济发展大会", kind: "conference", date: "2023-05-09" });
    const figure = record.entities.find((e) => e.type === "Figure" && e.text === "50822万元")!;
    expect(figure).toMatchObject({ value: 508220000, unit: "元", approx: false });
  });

  it("is plain JSON (round-trips unchanged)", () => {
    expect(JSON.parse(JSON.stringify(record))).toEqual(record);
  });

  it("is the same for the same input", () => {
    expect(recordOf(TEXT, "2023-05-10", { title: "数字经济大会召开", reporters: ["吴晓梅"], correspondents: ["钱立"] })).toEqual(record);
  });
});

describe("buildRecord from hand-made mentions", () => {
  const text = "市长李卫东出席。李卫东说，投资3万元。";
  const person = (start: number, titles: string[], rule: string): Mention => ({ type: "Person", text: "李卫东", start, end: start + 3, rule, attrs: { titles } });
  const mentions: Mention[] = [
    { type: "Title", text: "市长", start: 0, end: 2, rule: "title-name", attrs: { head: "市长" } },
    person(2, ["市长"], "title-name"),
    person(8, [], "bare-name"),
    { type: "Figure", text: "3万元", start: 15, end: 18, rule: "figure", attrs: { value: 30000, unit: "元", approx: false } },
  ];

  it("merges a person's mentions and titles into one entity; bare local titles take the home place", () => {
    const record = buildRecord(articleOf(text), mentions, [], { home: "丽水市" });
    expect(record.entities).toEqual([
      { id: "person:李卫东@丽水市", type: "Person", name: "李卫东", titles: ["市长"], jurisdiction: "丽水市", mentions: [{ start: 2, end: 5 }, { start: 8, end: 11 }] },
      { id: "figure:15", type: "Figure", name: "3万元", text: "3万元", value: 30000, unit: "元", approx: false, mentions: [{ start: 15, end: 18 }] },
    ]);
    expect(record.relations).toEqual([]);
  });

  it("without a home place, a bare local title gives no jurisdiction", () => {
    const record = buildRecord(articleOf(text), mentions, []);
    expect(record.entities[0]).toMatchObject({ id: "person:李卫东", jurisdiction: null });
  });

  it("a bylined reporter without a title is not a person entity", () => {
    const record = buildRecord(articleOf(text, undefined, { reporters: ["李卫东"] }), [person(8, [], "bare-name")], []);
    expect(record.entities).toEqual([]);
  });
});

describe("events of the record", () => {
  it("a session named in full and then in short is one event; attending 会议 after a ceremony is attending it", () => {
    const text =
      "6月26日，嘉兴市第十届人民代表大会常务委员会第二十五次会议在市行政中心举行。会后，市人大常委会主任褚建峰主持宪法宣誓仪式。" +
      "副市长姚建华列席会议。市十届人大常委会第二十五次会议应出席委员43人。";
    const record = recordOf(text);
    const events = record.entities.filter((e) => e.type === "Event");
    expect(events.map((e) => e.name)).toEqual(["嘉兴市第十届人民代表大会常务委员会第二十五次会议", "宪法宣誓仪式"]);
    expect(events[0]!.mentions).toHaveLength(2);
    const attended = record.relations.filter((r) => r.type === "ATTENDED" && r.from.startsWith("person:姚建华"));
    expect(attended.map((r) => r.to)).toEqual([events[0]!.id]);
  });

  it.each([
    ["县第十八届人民代表大会第三次会议", "县十八届人大三次会议"],
    ["嘉兴市第十届人民代表大会常务委员会第二十五次会议", "市十届人大常委会第二十五次会议"],
  ])("sessionForm: %s and %s have one short form", (full, short) => {
    expect(sessionForm(full)).toBe(sessionForm(short));
  });

  it("sessionForm keeps the body before a place (政协包头市…) and leaves other names alone", () => {
    expect(sessionForm("政协包头市第十四届委员会第四次会议")).not.toBe(sessionForm("中共包头市第十四届委员会第四次会议"));
    expect(sessionForm("全市经济工作会议")).toBe("全市经济工作会议");
  });
});

describe("jurisdictionOf", () => {
  it.each([
    [["丽水市委书记"], undefined, "丽水市"],
    [["青田县委书记"], undefined, "青田县"],
    [["浙江省人大常委会副主任"], undefined, "浙江省"],
    [["市委书记"], "丽水市", "丽水市"],
    [["市委书记"], undefined, undefined],
    [["县委常委", "宣传部部长"], "青田县", "青田县"],
    // A session number is no place: 十一届省政协 is the home province's.
    [["十一届省政协副主席"], "浙江省", "浙江省"],
  ])("%j (home %s) → %s", (titles, home, expected) => {
    expect(jurisdictionOf(titles, home)).toBe(expected);
  });
});

describe("relations of the record", () => {
  const byName = (text: string) => {
    const record = recordOf(text);
    const id = (name: string) => record.entities.find((e) => e.name === name)!.id;
    return { record, id };
  };

  it("HOLDS_POSITION: one per title that opens with a body, titled as written", () => {
    const { record, id } = byName("丽水市委常委、青田县委书记黄立军出席。");
    expect(record.relations.filter((r) => r.type === "HOLDS_POSITION").map((r) => [r.from, r.to, r.title])).toEqual([
      [id("黄立军"), id("丽水市委"), "丽水市委常委"],
      [id("黄立军"), id("青田县委"), "青田县委书记"],
    ]);
  });

  it("HOLDS_POSITION: also to a well-known body a title starts with (中共中央 in 中共中央总书记)", () => {
    const { record, id } = byName("中共中央总书记王海军出席。");
    expect(record.relations.filter((r) => r.type === "HOLDS_POSITION").map((r) => [r.from, r.to, r.title])).toEqual([[id("王海军"), id("中共中央"), "中共中央总书记"]]);
  });

  it("ADDRESSED: an initiative no one is said to speak of belongs to the article's event", () => {
    const { record, id } = byName("5月9日，丽水市数字经济发展大会召开，会议明确了“两个先行”目标。");
    expect(record.relations.filter((r) => r.type === "ADDRESSED").map((r) => [r.from, r.to])).toEqual([[id("丽水市数字经济发展大会"), id("两个先行")]]);
  });

  it("QUANTIFIES: a figure counts for the body named before it in its sentence", () => {
    const text = "丽水市人民医院今年接诊120万人次。";
    const { record, id } = byName(text);
    const figure = record.entities.find((e) => e.type === "Figure")!;
    expect(record.relations.filter((r) => r.type === "QUANTIFIES")).toEqual([
      { type: "QUANTIFIES", from: figure.id, to: id("丽水市人民医院"), evidence: { start: 0, end: text.length } },
    ]);
  });

  it("relation keys are not repeated", () => {
    const { record } = byName("市委书记张建国出席。张建国讲话。市委书记张建国强调，要抓好落实。");
    const keys = record.relations.map((r) => `${r.type}|${r.from}|${r.to}|${r.role ?? r.title ?? ""}`);
    expect(new Set(keys).size).toBe(keys.length);
  });
});
