import { describe, expect, it } from "vitest";
import { editionOf, normalizeName, parseNumeral, sentenceAround } from "../../src/resolve/text-utils.js";

const text = "甲主持会议。乙讲话，丙出席。\n丁说：“要抓落实。”戊参加";
const slice = (s: { start: number; end: number }) => text.slice(s.start, s.end);

describe("sentenceAround", () => {
  it.each([
    ["乙", "乙讲话，丙出席。"],
    ["丙出席", "乙讲话，丙出席。"],
    ["甲主持会议。", "甲主持会议。"],
    ["要抓", "丁说：“要抓落实。”"],
    ["戊", "戊参加"],
  ])("around %s", (needle, sentence) => {
    const at = text.indexOf(needle);
    expect(slice(sentenceAround(text, at, at + needle.length))).toBe(sentence);
  });

  it("keeps a span that already ends a sentence", () => {
    const start = text.indexOf("乙");
    const end = text.indexOf("\n");
    expect(slice(sentenceAround(text, start, end))).toBe("乙讲话，丙出席。");
  });
});

describe("names and numerals", () => {
  it.each([
    ["第九届“西湖论善”活动", 9],
    ["第二十三次会议", 23],
    ["第3期培训班", 3],
    ["年度大会", null],
  ])("edition of %s is %s", (name, edition) => expect(editionOf(name)).toBe(edition));

  it("normalizes quotes, spaces and full-width forms", () => {
    expect(normalizeName(" “５＋４”现代 服务业体系")).toBe("5+4现代服务业体系");
  });

  it("reads Chinese numerals", () => {
    expect([parseNumeral("十"), parseNumeral("二十"), parseNumeral("一百零五"), parseNumeral("两千")]).toEqual([10, 20, 105, 2000]);
  });
});
