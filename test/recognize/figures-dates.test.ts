// Figures and dates on invented sentences: 万/亿 scaled to the base unit, 余/多/约 approximate,
// years, dates, ordinals and addresses left out; dates made absolute against the paper's date.
import { describe, expect, it } from "vitest";
import type { Mention } from "../../src/types.js";
import { mentionsOf, recordOf } from "./run-recognize.js";

const figures = (text: string) =>
  mentionsOf(text)
    .filter((m) => m.type === "Figure")
    .map((m: Mention) => [m.text, m.attrs.value, m.attrs.unit, m.attrs.approx]);

describe("figures", () => {
  it.each([
    ["今年全市完成投资50822万元。", [["50822万元", 508220000, "元", false]]],
    ["引进项目1.5亿元。", [["1.5亿元", 150000000, "元", false]]],
    ["增长了1,200万元。", [["1,200万元", 12000000, "元", false]]],
    ["新增就业3.2万人。", [["3.2万人", 32000, "人", false]]],
    ["累计接待游客12万人次。", [["12万人次", 120000, "人次", false]]],
    ["同比增长12.5%。", [["12.5%", 12.5, "%", false]]],
    ["占地120亩。", [["120亩", 120, "亩", false]]],
    // 余 / 多 after the number, 约 / 近 before it, 左右 after the unit.
    ["全市新增企业1200余家。", [["1200余家", 1200, "家", true]]],
    ["全市共有企业300多家。", [["300多家", 300, "家", true]]],
    ["该村人均收入达3万余元。", [["3万余元", 30000, "元", true]]],
    ["年产值约20亿元。", [["20亿元", 2000000000, "元", true]]],
    ["吸引了近5000名群众参与。", [["5000名", 5000, "名", true]]],
    ["用时3小时左右。", [["3小时", 3, "小时", true]]],
    // A magnitude alone at the end of its clause is an amount; 个多小时 counts hours.
    ["股本总额合计14.9亿，其中民营资本过半。", [["14.9亿", 1490000000, "", false]]],
    ["往返4个多小时，深入大山。", [["4个多小时", 4, "小时", true]]],
  ])("%s", (text, expected) => {
    expect(figures(text)).toEqual(expected);
  });

  it.each([
    ["2022年，全市经济平稳运行。", "a year"],
    ["预计2024年底完工。", "a year"],
    ["会议于3月15日召开。", "a date"],
    ["第3期工程已完工。", "an ordinal"],
    ["项目位于人民路128号。", "an address number"],
    ["电话0579-85123456。", "a telephone number"],
  ])("%s has no figure (%s)", (text) => {
    expect(figures(text)).toEqual([]);
  });

  it("a figure becomes one entity per occurrence with value, unit and approx", () => {
    const record = recordOf("投资50822万元，其中企业300多家。");
    const figs = record.entities.filter((e) => e.type === "Figure");
    expect(figs.map((f) => [f.text, f.value, f.unit, f.approx])).toEqual([
      ["50822万元", 508220000, "元", false],
      ["300多家", 300, "家", true],
    ]);
  });
});

describe("dates", () => {
  const dates = (text: string, pub: string | null) =>
    mentionsOf(text, pub)
      .filter((m) => m.type === "Date")
      .map((m) => [m.text, m.attrs.value]);

  it.each([
    ["2023年3月15日，某市召开会议。", "2023-05-10", [["2023年3月15日", "2023-03-15"]]],
    ["3月15日，某市召开会议。", "2023-05-10", [["3月15日", "2023-03-15"]]],
    ["12月30日，市政府召开会议。", "2023-01-05", [["12月30日", "2022-12-30"]]],
    ["昨日上午，某市召开会议。", "2023-05-10", [["昨日", "2023-05-09"]]],
    ["昨日上午，某市召开会议。", "2023-03-01", [["昨日", "2023-02-28"]]],
    ["昨天，某市召开会议。", "2024-01-01", [["昨天", "2023-12-31"]]],
    ["今日上午，某市召开会议。", "2023-05-10", [["今日", "2023-05-10"]]],
    ["当天下午，某市召开会议。", "2023-05-10", [["当天", "2023-05-10"]]],
    ["前日，某市召开会议。", "2023-05-10", [["前日", "2023-05-08"]]],
    // A day alone: in the month of the full date before it in its sentence, else in the paper's
    // month, or the month before when that day is still to come.
    ["习某20日在合肥主持召开座谈会。", "2020-08-22", [["20日", "2020-08-20"]]],
    ["会议于28日召开。", "2023-03-02", [["28日", "2023-02-28"]]],
    ["12月6日、7日，副市长出席。", "2023-01-05", [["12月6日", "2022-12-06"], ["7日", "2022-12-07"]]],
    // Counts of days and monthly days are no dates.
    ["工程3日内完成，每月15日公布。", "2023-05-10", []],
    // 当天 is the day spoken of last, else the paper's.
    ["5月20日上午，签约仪式举行。当天下午，开工仪式举行。", "2023-05-21", [["5月20日", "2023-05-20"], ["当天", "2023-05-20"]]],
  ])("%s (paper of %s)", (text, pub, expected) => {
    expect(dates(text, pub)).toEqual(expected);
  });

  it("a relative date or a date without year has no value when the paper's date is unknown", () => {
    expect(dates("昨日，3月15日，2023年3月16日。", null)).toEqual([
      ["昨日", null],
      ["3月15日", null],
      ["2023年3月16日", "2023-03-16"],
    ]);
  });

  it.each(["13月5日", "3月32日", "0月1日"])("no date from the impossible %s", (text) => {
    expect(dates(`会议于${text}召开。`, "2023-05-10")).toEqual([]);
  });
});
