import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { segmentDocument } from "../../src/segment/segment-document.js";
import type { Document } from "../../src/types.js";

const fixture = (name: string): string =>
  readFileSync(fileURLToPath(new URL(`../fixtures/segment/${name}`, import.meta.url)), "utf8");
const doc = (text: string, extra: Partial<Document> = {}): Document => ({ id: "t", source: "t.txt", text, ...extra });

describe("segmentDocument on a column page", () => {
  const { articles, diagnostics } = segmentDocument(doc(fixture("column-page.txt"), { id: "page", source: "column-page.txt" }));

  it("finds one article per byline, numbered", () => {
    expect(articles.map((a) => a.id)).toEqual(["page#1", "page#2", "page#3"]);
    expect(diagnostics).toEqual([]);
  });

  it.each([
    [0, "晨江市生态环境保护推进会召开", "以更高标准守护绿水青山", ["甄明远", "柯晓岚"], []],
    [1, null, null, ["柯晓岚", "宋一鸣", "韩书"], ["宋一鸣", "韩书"]],
    [2, "晨江市图书馆新馆正式开放", null, ["甄明远"], []],
  ])("article %i: headline and byline", (i, title, subtitle, reporters, correspondents) => {
    const a = articles[i];
    expect(a?.title).toBe(title);
    expect(a?.subtitle).toBe(subtitle);
    expect(a?.reporters).toEqual(reporters);
    expect(a?.correspondents).toEqual(correspondents);
    expect(a?.dateline).toBe("本报讯");
    expect(a?.date).toBe("2023-11-04");
    expect(a?.source).toBe("column-page.txt");
  });

  it("rejoins wrapped lines and column breaks but keeps paragraphs", () => {
    expect(articles[0]?.text).toBe(
      [
        "昨日下午，晨江市召开生态环境保护推进会。市委书记范子谦强调，要坚定不移走绿色发展之路，持续改善城乡人居环境。市长梅若川主持。",
        "范子谦指出，今年以来全市共完成12个重点治理项目，投入资金3.5亿元，成效明显。要聚焦突出问题，加快补齐短板，推动生态环境质量持续向好。",
        "会议以视频形式召开。此次会议以“守护绿水青山”为主题，各县区设分会场。",
      ].join("\n"),
    );
  });

  it("keeps headlines, page references and teasers out of bodies", () => {
    const all = articles.map((a) => a.text).join("\n");
    for (const gone of ["版", "森林防火", "乡村振兴", "新馆正式开放\n", "守护绿水青山\n", "本报讯", "记者 甄明远"]) {
      expect(all).not.toContain(gone);
    }
    expect(articles[2]?.text.endsWith("开馆首日，新馆迎来读者5000余人次。")).toBe(true);
  });
});

describe("segmentDocument on single articles", () => {
  it.each([
    ["headline, blank line, paragraphs", "东岭镇召开防汛工作会议\n\n本报讯（记者 甲乙 通讯员 丙丁）6月1日，东岭镇召开会议。\n会议要求做好准备。\n", "东岭镇召开防汛工作会议", ["甲乙", "丙丁"], "本报讯", "6月1日，东岭镇召开会议。\n会议要求做好准备。"],
    ["placeholder headline", "（无标题）\n\n本报讯(记者戊己)近日，工程竣工。\n", null, ["戊己"], "本报讯", "近日，工程竣工。"],
    ["wire dateline stays in the text", "外长将访问三国\n\n新华社北京5月4日电 外交部发言人宣布了访问安排。\n", "外长将访问三国", [], "新华社北京5月4日电", "新华社北京5月4日电 外交部发言人宣布了访问安排。"],
    ["no headline", "东岭镇今年新建公路 12 公里，惠及群众两万人。\n", null, [], null, "东岭镇今年新建公路12公里，惠及群众两万人。"],
    ["byline on its own line", "标题一行\n\n本报记者 庚辛\n\n正文第一段。\n正文第二段。\n", "标题一行", ["庚辛"], null, "正文第一段。\n正文第二段。"],
  ])("%s", (_name, text, title, reporters, dateline, body) => {
    const { articles } = segmentDocument(doc(text));
    expect(articles).toHaveLength(1);
    expect(articles[0]).toMatchObject({ id: "t", title, reporters, dateline, text: body, subtitle: null });
  });

  it("uses the title given by ingest", () => {
    const { articles } = segmentDocument(doc("本报讯 近日，东岭大桥通车。\n", { title: "东岭大桥通车" }));
    expect(articles.map((a) => [a.title, a.text])).toEqual([["东岭大桥通车", "近日，东岭大桥通车。"]]);
  });

  it("still splits a page that came with a title", () => {
    const page = "▢ 记者 甲乙\n\n本报讯 第一条新闻。\n\n标题一\n\n▢ 记者 丙丁\n\n本报讯 第二条新闻。\n\n标题二\n";
    const { articles } = segmentDocument(doc(page, { title: "版面" }));
    expect(articles.map((a) => a.title)).toEqual(["标题一", "标题二"]);
  });

  it("splits at 本报讯 leads without bylines", () => {
    const page = "本报讯 第一条新闻的内容。\n\n标题一\n\n本报讯 第二条新闻的内容。\n\n标题二\n";
    const { articles } = segmentDocument(doc(page));
    expect(articles.map((a) => [a.id, a.title, a.text])).toEqual([
      ["t#1", "标题一", "第一条新闻的内容。"],
      ["t#2", "标题二", "第二条新闻的内容。"],
    ]);
  });

  it("reads headlines printed before bylines when the page opens with one", () => {
    const page = "标题一\n\n▢ 记者 甲乙\n\n本报讯 第一条新闻。\n\n标题二\n\n▢ 记者 丙丁\n\n本报讯 第二条新闻。\n";
    const { articles } = segmentDocument(doc(page));
    expect(articles.map((a) => [a.title, a.text])).toEqual([
      ["标题一", "第一条新闻。"],
      ["标题二", "第二条新闻。"],
    ]);
  });
});

describe("segmentDocument dates", () => {
  const text = "东岭日报 2023年11月4日 星期六\n\n本报讯 今天天气很好。\n";
  it.each([
    [{ date: "2024-01-02" }, { date: "2023-05-06" }, "2024-01-02"],
    [{}, { date: "2023-05-06" }, "2023-05-06"],
    [{}, { date: "2023/5/6 08:00" }, "2023-05-06"],
    [{}, {}, "2023-11-04"],
    [{}, { source: "paper-2021-03-04.txt" }, "2023-11-04"],
  ])("options %j, document %j → %s", (options, extra, expected) => {
    expect(segmentDocument(doc(text, extra), options).articles[0]?.date).toBe(expected);
  });

  it("falls back to a date in the file name", () => {
    expect(segmentDocument(doc("一句话。", { source: "dir/paper-2021-03-04-p1.txt" })).articles[0]?.date).toBe("2021-03-04");
  });

  it("reports a malformed date and ignores it", () => {
    const { articles, diagnostics } = segmentDocument(doc("一句话。", { line: 7 }), { date: "2023-13-01" });
    expect(articles[0]?.date).toBeNull();
    expect(diagnostics).toEqual([expect.objectContaining({ ruleId: "segment/date", source: "t.txt", line: 7, severity: "warning" })]);
  });
});

describe("segmentDocument on empty input", () => {
  it.each([[""], ["\n \n\u3000\n"], ["\uFEFF"]])("%j gives no article and a warning", (text) => {
    const { articles, diagnostics } = segmentDocument(doc(text));
    expect(articles).toEqual([]);
    expect(diagnostics.map((d) => d.ruleId)).toEqual(["segment/empty"]);
  });
});

describe("segmentDocument on wire items", () => {
  it("splits at dated datelines but not at attributions", () => {
    const page = [
      "新华社北京3月1日电 第一条新闻的内容。",
      "据某某网消息：第一条新闻的补充。",
      "",
      "中新社上海3月1日电 第二条新闻的内容。",
    ].join("\n");
    const { articles } = segmentDocument(doc(page));
    expect(articles.map((a) => a.dateline)).toEqual(["新华社北京3月1日电", "中新社上海3月1日电"]);
    expect(articles[0]?.text).toContain("第一条新闻的补充。");
  });
});

describe("segmentDocument with bylines that sign the end of an article", () => {
  it.each([
    ["on a line of their own", "本报讯 第一条新闻的内容。\n（记者 甲乙 通讯员 丙丁）\n\n标题一\n\n本报讯 第二条新闻的内容。\n（记者 戊己）\n\n标题二\n"],
    ["at the end of the last line", "本报讯 第一条新闻的内容。（记者 甲乙 通讯员 丙丁）\n\n标题一\n\n本报讯 第二条新闻的内容。（记者 戊己）\n\n标题二\n"],
  ])("%s", (_name, page) => {
    const { articles } = segmentDocument(doc(page));
    expect(articles.map((a) => [a.title, a.reporters, a.correspondents, a.text])).toEqual([
      ["标题一", ["甲乙", "丙丁"], ["丙丁"], "第一条新闻的内容。"],
      ["标题二", ["戊己"], [], "第二条新闻的内容。"],
    ]);
  });

  it("leaves a bracketed aside without a role in the text", () => {
    const { articles } = segmentDocument(doc("本报讯 设立东岭奖（以下简称大奖），奖金 5 万元。\n\n标题\n"));
    expect(articles[0]?.text).toBe("设立东岭奖（以下简称大奖），奖金5万元。");
  });
});

describe("segmentDocument with a byline over two lines", () => {
  it("keeps one article and all its names", () => {
    const page = "▢ 全媒体记者 甲乙\n通讯员 丙丁\n\n本报讯 第一条新闻。\n\n标题一\n\n▢ 记者 戊己\n\n本报讯 第二条新闻。\n";
    const { articles } = segmentDocument(doc(page));
    expect(articles.map((a) => [a.title, a.reporters, a.correspondents, a.text])).toEqual([
      ["标题一", ["甲乙", "丙丁"], ["丙丁"], "第一条新闻。"],
      [null, ["戊己"], [], "第二条新闻。"],
    ]);
  });
});
