import { describe, expect, it } from "vitest";
import { resolveRecords } from "../../src/resolve/resolve-records.js";
import type { GraphDelta } from "../../src/types.js";
import { loadRecords, makeRecord } from "./make-records.js";

const records = loadRecords(new URL("../fixtures/resolve/articles.json", import.meta.url).pathname);
const delta = resolveRecords(records, { home: "兰溪市" });

const nodes = (d: GraphDelta, label: string) => d.nodes.filter((n) => n.label === label);
const edgesOf = (d: GraphDelta, type: string, from: string) => d.edges.filter((e) => e.type === type && e.from.key === from);

describe("people", () => {
  it("keys a titled person by the jurisdiction of the title, once across articles", () => {
    const zhao = nodes(delta, "Person").filter((n) => n.props.name === "赵立新");
    expect(zhao.map((n) => n.key)).toEqual(["person:赵立新@金华市"]);
    expect(edgesOf(delta, "ATTENDED", "person:赵立新@金华市")).toHaveLength(2);
  });

  it("keeps namesakes of different jurisdictions apart", () => {
    const keys = nodes(delta, "Person").filter((n) => n.props.name === "钱思远").map((n) => n.key);
    expect(keys).toContain("person:钱思远@兰溪市");
    expect(keys).toContain("person:钱思远@阜平县");
  });

  it("joins a title-less name to the known person whose context agrees", () => {
    const events = edgesOf(delta, "ATTENDED", "person:钱思远@兰溪市").map((e) => e.to.key);
    expect(events.sort()).toEqual([
      "event:第五届兰江论坛@2023-03-02",
      "event:苏溪镇调研@2023-03-05",
      "event:金华市文化产业发展大会@2023-03-01",
    ]);
  });

  it("keeps a title-less name apart when the context agrees with nobody", () => {
    expect(nodes(delta, "Person").map((n) => n.key)).toContain("person:钱思远@?t5");
  });

  it("joins two title-less mentions with common co-attendees", () => {
    const zhou = nodes(delta, "Person").filter((n) => n.props.name === "周海涛");
    expect(zhou.map((n) => n.key)).toEqual(["person:周海涛@?t2"]);
    expect(edgesOf(delta, "ATTENDED", "person:周海涛@?t2")).toHaveLength(2);
  });

  it("records every title with the article date", () => {
    const held = edgesOf(delta, "HOLDS_POSITION", "person:孙志明@金华市");
    expect(held.map((e) => [e.props.title, e.props.asOf, e.to.key]).sort()).toEqual([
      ["市长", "2023-03-02", "place:330700"],
      ["金华市委副书记", "2023-03-02", "org:中共金华市委"],
    ]);
  });

  it("orders attendees as the article names them", () => {
    const t1 = delta.edges.filter((e) => e.type === "ATTENDED" && e.props.article === "t1");
    expect(t1.sort((a, b) => Number(a.props.order) - Number(b.props.order)).map((e) => e.from.key)).toEqual([
      "person:赵立新@金华市",
      "person:孙志明@金华市",
      "person:钱思远@兰溪市",
    ]);
  });
});

describe("events", () => {
  it("merges the same event reported by two articles, with and without the place prefix", () => {
    const reports = delta.edges.filter((e) => e.type === "REPORTS" && e.to.key === "event:金华市文化产业发展大会@2023-03-01");
    expect(reports.map((e) => e.from.key).sort()).toEqual(["t1", "t6"]);
  });

  it("merges a session written in full in one paper and in short in another, but not two places' sessions", () => {
    const session = (id: string, name: string) =>
      makeRecord({ id, title: "会议举行", date: "2025-06-27", text: `6月26日，${name}举行。`, events: [{ name, date: "2025-06-26", attendees: [] }] });
    const resolved = resolveRecords([
      session("s1", "嘉兴市第十届人民代表大会常务委员会第二十五次会议"),
      session("s2", "市十届人大常委会第二十五次会议"),
      session("s3", "湖州市第十届人民代表大会常务委员会第二十五次会议"),
    ]);
    const reports = resolved.edges.filter((e) => e.type === "REPORTS").map((e) => `${e.from.key}>${e.to.key}`);
    expect(reports.sort()).toEqual([
      "s1>event:嘉兴市第十届人民代表大会常务委员会第二十五次会议@2025-06-26",
      "s2>event:嘉兴市第十届人民代表大会常务委员会第二十五次会议@2025-06-26",
      "s3>event:湖州市第十届人民代表大会常务委员会第二十五次会议@2025-06-26",
    ]);
  });

  it("keeps the edition of a numbered series", () => {
    expect(nodes(delta, "Event").find((n) => n.key === "event:第五届兰江论坛@2023-03-02")!.props.edition).toBe(5);
  });

  it("joins an undated mention to a known event by its attendees", () => {
    const known = { people: [], events: [{ key: "event:第五届兰江论坛@2023-03-02", name: "第五届兰江论坛", date: "2023-03-02", attendees: ["person:吴国平@浙江省"] }] };
    const [one] = loadRecords(new URL("../fixtures/resolve/articles.json", import.meta.url).pathname).filter((r) => r.article.id === "t2");
    one!.entities.find((e) => e.type === "Event")!.date = null;
    const d = resolveRecords([one!], { home: "兰溪市", known });
    expect(nodes(d, "Event").map((n) => n.key)).toEqual(["event:第五届兰江论坛@2023-03-02"]);
  });
});

describe("places and organizations", () => {
  it("resolves an ambiguous town by the other places of the article, with its PART_OF chain", () => {
    const held = edgesOf(delta, "HELD_IN", "event:苏溪镇调研@2023-03-05")[0]!;
    expect(held.to.key).toBe("place:330782105");
    const partOf = delta.edges.filter((e) => e.type === "PART_OF" && e.props.article === "t3").map((e) => `${e.from.key}>${e.to.key}`);
    expect(partOf).toContain("place:330782105>place:330782");
    expect(partOf).toContain("place:330700>place:330000");
  });

  it("puts a venue named after its division inside that division, so place queries reach it", () => {
    const record = makeRecord({
      id: "v1", title: "县政协会议举行", date: "2023-03-01", text: "县政协会议在义乌市人民会堂举行。",
      places: ["义乌市人民会堂"], events: [{ name: "县政协会议", date: "2023-03-01", place: "义乌市人民会堂", attendees: [] }],
    });
    record.entities.find((e) => e.name === "义乌市人民会堂")!.level = "venue";
    const resolved = resolveRecords([record]);
    const venue = nodes(resolved, "Place").find((n) => n.props.name === "义乌市人民会堂")!;
    expect(venue.props.level).toBe("venue");
    expect(edgesOf(resolved, "PART_OF", venue.key).map((e) => e.to.key)).toEqual(["place:330782"]);
    expect(resolved.edges.filter((e) => e.type === "HELD_IN").map((e) => e.to.key)).toEqual([venue.key]);
  });

  it("names a venue of a bare level after the paper's home, so two counties' halls stay apart", () => {
    const record = makeRecord({ id: "v2", title: "县政协会议举行", date: "2023-03-01", text: "县政协会议在县人民会堂举行。", places: ["县人民会堂"] });
    record.entities.find((e) => e.name === "县人民会堂")!.level = "venue";
    const resolved = resolveRecords([record], { home: "灵川县" });
    const atHome = nodes(resolved, "Place").find((n) => n.props.level === "venue")!;
    expect([atHome.key, atHome.props.aliases]).toEqual(["place:?灵川县人民会堂", ["县人民会堂"]]);
    expect(edgesOf(resolved, "PART_OF", atHome.key).map((e) => e.to.key)).toEqual(["place:450323"]);
    // 市民 is a word, not the city's level.
    const citizens = makeRecord({ id: "v3", title: "活动举行", date: "2023-03-01", text: "活动在市民中心大厅举行。", places: ["市民中心大厅"] });
    citizens.entities[0]!.level = "venue";
    expect(nodes(resolveRecords([citizens], { home: "灵川县" }), "Place").map((n) => n.key)).toContain("place:?市民中心大厅");
    // With no home and no county in the article, nothing says whose hall it is.
    const alone = resolveRecords([record]);
    expect(nodes(alone, "Place").map((n) => n.key)).toEqual(["place:?县人民会堂"]);
    expect(alone.edges.filter((e) => e.type === "PART_OF")).toEqual([]);
  });

  it("leaves an ambiguous place unresolved with its candidates when nothing settles it", () => {
    const [t3] = records.filter((r) => r.article.id === "t3");
    const lone = { ...t3!, entities: t3!.entities.filter((e) => e.name !== "义乌") };
    const place = nodes(resolveRecords([lone]), "Place").find((n) => n.props.name === "苏溪镇")!;
    expect(place.key).toBe("place:?苏溪镇");
    expect(place.props.candidates).toEqual(["330782105", "360826105"]);
    expect(place.props.candidateNames).toEqual(["浙江省金华市义乌市苏溪镇", "江西省吉安市泰和县苏溪镇"]);
  });

  it("prefixes an unprefixed local body with the home and locates it", () => {
    const org = nodes(delta, "Organization").find((n) => n.key === "org:兰溪市市场监管局")!;
    expect(org.props.aliases).toEqual(["市场监管局"]);
    expect(edgesOf(delta, "LOCATED_IN", org.key).map((e) => e.to.key)).toEqual(["place:330781"]);
  });

  it("resolves a village through its town", () => {
    expect(nodes(delta, "Place").map((n) => n.key)).toContain("place:330782102228");
  });
});

describe("delta", () => {
  it("gives every edge its article and evidence sliced from the text", () => {
    const texts = new Map(records.map((r) => [r.article.id, r.article.text]));
    for (const e of delta.edges) {
      const text = texts.get(String(e.props.article))!;
      expect(text.slice(Number(e.props.evidenceStart), Number(e.props.evidenceEnd))).toBe(e.props.evidence);
    }
  });

  it("is deterministic", () => {
    expect(JSON.stringify(resolveRecords(records, { home: "兰溪市" }))).toBe(JSON.stringify(delta));
  });
});

describe("joining people across articles without a home", () => {
  const listed = makeRecord({
    id: "u1", date: "2023-05-01", title: "会议", text: "县领导甲乙丙、丁戊己参加会议。",
    persons: [{ name: "甲乙丙", titles: [] }, { name: "丁戊己", titles: [] }],
    events: [{ name: "工作会议", date: "2023-05-01", attendees: [["甲乙丙", "attended"], ["丁戊己", "attended"]] }],
  });
  const titled = makeRecord({
    id: "u2", date: "2023-05-02", title: "灵川", text: "灵川县委书记甲乙丙、县长丁戊己出席。",
    persons: [{ name: "甲乙丙", titles: ["灵川县委书记"] }, { name: "丁戊己", titles: ["县长"] }],
    places: ["灵川县"],
  });

  it("joins people listed together, untitled, to the titled pair named elsewhere", () => {
    const d = resolveRecords([listed, titled]);
    expect(nodes(d, "Person").map((n) => n.key).sort()).toEqual(["person:丁戊己@灵川县", "person:甲乙丙@灵川县"]);
  });

  it("joins a bare title it cannot place to the known person with the same title", () => {
    const again = makeRecord({
      id: "u3", date: "2023-05-03", title: "x", text: "县长丁戊己调研。", persons: [{ name: "丁戊己", titles: ["县长"] }],
    });
    const d = resolveRecords([titled, again]);
    expect(nodes(d, "Person").filter((n) => n.props.name === "丁戊己").map((n) => n.key)).toEqual(["person:丁戊己@灵川县"]);
  });

  it("keys by the body of a title naming no place only when nobody else agrees", () => {
    const body = makeRecord({
      id: "u4", date: "2023-05-04", title: "y", text: "协调小组组长甲乙丙与丁戊己座谈。",
      persons: [{ name: "甲乙丙", titles: ["协调小组组长"] }, { name: "丁戊己", titles: [] }],
    });
    expect(nodes(resolveRecords([titled, body]), "Person").filter((n) => n.props.name === "甲乙丙").map((n) => n.key)).toEqual([
      "person:甲乙丙@灵川县",
    ]);
    expect(nodes(resolveRecords([body]), "Person").find((n) => n.props.name === "甲乙丙")!.key).toBe("person:甲乙丙@协调小组");
  });
});

describe("recurring events", () => {
  const meeting = (id: string, date: string) =>
    makeRecord({
      id, date, title: "会议", text: "金华市委书记赵立新出席全市经济工作会议。",
      persons: [{ name: "赵立新", titles: ["金华市委书记"] }],
      events: [{ name: "全市经济工作会议", date, attendees: [["赵立新", "attended"]] }],
    });

  it("joins a multi-day event reported on two days by its attendees", () => {
    const keys = nodes(resolveRecords([meeting("m1", "2023-01-05"), meeting("m2", "2023-01-06")]), "Event").map((n) => n.key);
    expect(keys).toEqual(["event:全市经济工作会议@2023-01-05"]);
  });

  it("keeps the same meeting a year later apart", () => {
    expect(nodes(resolveRecords([meeting("m1", "2023-01-05"), meeting("m3", "2024-01-05")]), "Event")).toHaveLength(2);
  });
});
