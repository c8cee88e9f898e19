// The shared helpers of recognition: word scanning, sentence spans, span lookup, and the one
// place overlapping mentions are settled.
import { describe, expect, it } from "vitest";
import { filterSpans } from "../../src/recognize/filter-spans.js";
import { findWords, sentences, spanAt } from "../../src/recognize/scan.js";
import type { Mention, MentionType } from "../../src/types.js";

const m = (type: MentionType, text: string, start: number, rule = "test"): Mention => ({ type, text, start, end: start + text.length, rule, attrs: {} });

describe("findWords", () => {
  it("finds every occurrence, longest first, without overlaps", () => {
    expect(findWords("召开工作会议和会议", ["会议", "工作会议", "工作"])).toEqual([
      { start: 2, word: "工作会议" },
      { start: 7, word: "会议" },
    ]);
  });

  it("ignores empty words and finds nothing in empty text", () => {
    expect(findWords("会议", ["", "会"])).toEqual([{ start: 0, word: "会" }]);
    expect(findWords("", ["会议"])).toEqual([]);
  });
});

describe("sentences", () => {
  it.each([
    ["甲说。乙说！丙说？", ["甲说。", "乙说！", "丙说？"]],
    ["他说：“好。”然后走了。", ["他说：“好。”", "然后走了。"]],
    ["第一行\n第二行；第三行", ["第一行\n", "第二行；", "第三行"]],
    ["没有句号", ["没有句号"]],
    ["。。\n\n", ["。", "。"]],
  ])("%j → %j", (text, expected) => {
    const spans = sentences(text);
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual(expected);
    for (let i = 1; i < spans.length; i++) expect(spans[i]!.start).toBeGreaterThanOrEqual(spans[i - 1]!.end);
  });

  it("finds the sentence of an offset", () => {
    const text = "甲说。乙说！丙说？";
    const spans = sentences(text);
    expect(spanAt(spans, 0)).toEqual({ start: 0, end: 3 });
    expect(spanAt(spans, 4)).toEqual({ start: 3, end: 6 });
    expect(spanAt(spans, 8)).toEqual({ start: 6, end: 9 });
    expect(spanAt(spans, 9)).toBeUndefined();
    expect(spanAt([], 0)).toBeUndefined();
  });
});

describe("filterSpans", () => {
  it("keeps the longest of overlapping mentions of one family, in text order", () => {
    const kept = filterSpans([m("Organization", "市委", 2), m("Organization", "丽水市委", 0), m("Place", "丽水市", 0), m("Event", "会议", 10)]);
    expect(kept.map((x) => x.text)).toEqual(["丽水市委", "会议"]);
  });

  it("keeps overlapping mentions of different families", () => {
    const kept = filterSpans([m("Title", "丽水市委书记", 0), m("Organization", "丽水市委", 0), m("Person", "张建国", 6)]);
    expect(kept.map((x) => x.type)).toEqual(["Title", "Organization", "Person"]);
  });

  it("between equal spans trusts the rule listed first", () => {
    const kept = filterSpans([m("Person", "张建国", 0, "bare-name"), m("Person", "张建国", 0, "title-name")]);
    expect(kept.map((x) => x.rule)).toEqual(["title-name"]);
  });

  it("keeps disjoint mentions and handles none", () => {
    expect(filterSpans([m("Figure", "3万元", 5), m("Figure", "5家", 0)]).map((x) => x.start)).toEqual([0, 5]);
    expect(filterSpans([])).toEqual([]);
  });
});
