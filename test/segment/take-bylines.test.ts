import { describe, expect, it } from "vitest";
import { mergeBylines, takeBylines } from "../../src/segment/take-bylines.js";

describe("takeBylines", () => {
  it.each([
    ["a line of its own", ["正文。", "（记者 甲乙）"], ["正文。"], ["甲乙"]],
    ["a bracket ending a line", ["正文。（记者 甲乙 通讯员 丙丁）"], ["正文。"], ["甲乙", "丙丁"]],
    ["an aside without a role", ["奖项（以下简称大奖）"], ["奖项（以下简称大奖）"], null],
    ["a byline split over lines", ["▢ 记者 甲乙", "通讯员 丙丁"], [], ["甲乙", "丙丁"]],
  ])("%s", (_name, lines, kept, reporters) => {
    const result = takeBylines(lines);
    expect(result.lines).toEqual(kept);
    expect(result.byline?.reporters ?? null).toEqual(reporters);
  });
});

describe("mergeBylines", () => {
  it("keeps each name once, in order", () => {
    const a = { reporters: ["甲乙", "丙丁"], correspondents: ["丙丁"] };
    const b = { reporters: ["丙丁", "戊己"], correspondents: ["丙丁", "戊己"] };
    expect(mergeBylines(a, null, b)).toEqual({ reporters: ["甲乙", "丙丁", "戊己"], correspondents: ["丙丁", "戊己"] });
    expect(mergeBylines(null)).toBeNull();
  });
});
