import { describe, expect, it } from "vitest";
import { findPublicationDate } from "../../src/segment/find-publication-date.js";

describe("findPublicationDate", () => {
  it.each([
    ["header with weekday", "东岭日报 2023年11月4日 星期六\n\n本报讯 昨日……", "2023-11-04"],
    ["weekday as 周", "2021年1月9日 周六", "2021-01-09"],
    ["date alone on a header line", "东岭日报\n2020年2月29日\n正文", "2020-02-29"],
    ["date inside a sentence is an event date", "会议于2022年5月3日召开。", null],
    ["title starting with a date", "2022年5月3日召开的大会\n\n正文", null],
    ["not a calendar day", "2023年2月30日 星期四", null],
    ["nothing", "", null],
  ])("%s", (_name, text, expected) => {
    expect(findPublicationDate(text)).toBe(expected);
  });
});
