import { describe, expect, it } from "vitest";
import { parseLead } from "../../src/segment/parse-lead.js";

describe("parseLead", () => {
  it.each([
    ["本报讯 昨日上午，会议召开。", "本报讯", "昨日上午，会议召开。", null],
    ["本报东岭讯 3月2日，活动举行。", "本报东岭讯", "本报东岭讯 3月2日，活动举行。", null],
    ["本报东岭3月2日电（记者 甲乙）活动举行。", "本报东岭3月2日电", "本报东岭3月2日电活动举行。", ["甲乙"]],
    ["【本报讯】近日，工程竣工。", "本报讯", "近日，工程竣工。", null],
    ["本报讯(记者甲乙)5月6日，会议召开。", "本报讯", "5月6日，会议召开。", ["甲乙"]],
    ["本报讯（记者 丙丁 通讯员 戊己）日前，", "本报讯", "日前，", ["丙丁", "戊己"]],
    ["新华社北京3月1日电 会议召开。", "新华社北京3月1日电", "新华社北京3月1日电 会议召开。", null],
    ["某某新闻网东岭4月2日讯（庚辛 )近日，", "某某新闻网东岭4月2日讯", "某某新闻网东岭4月2日讯近日，", ["庚辛"]],
    ["央视网消息：（新闻联播）会议召开。", "央视网消息：", "央视网消息：（新闻联播）会议召开。", null],
  ])("%s", (paragraph, dateline, rest, reporters) => {
    const lead = parseLead(paragraph);
    expect(lead?.dateline).toBe(dateline);
    expect(lead?.rest).toBe(rest);
    expect(lead?.byline?.reporters ?? null).toEqual(reporters);
  });

  it.each([["昨日上午，本报讯员到场。"], ["记者从局里获悉，"], [""]])("has no lead: %s", (paragraph) => {
    expect(parseLead(paragraph)).toBeNull();
  });
});
