import { describe, expect, it } from "vitest";
import { stripPageReferences } from "../../src/segment/strip-page-references.js";

describe("stripPageReferences", () => {
  it.each([
    ["teaser and marker on one line", ["正文。", "", "标题", "", "某某会议召开 >>>2版", "", "另一条导读", "", "3版"], ["正文。", "", "标题", ""]],
    ["marker under its teaser", ["正文。", "", "标题", "", "某某会议召开", ">>>2版"], ["正文。", "", "标题", ""]],
    ["marker alone after a blank line", ["正文。", "", "标题", "", "导读标题", "", "第4版"], ["正文。", "", "标题", ""]],
    ["no references", ["正文。", "", "标题"], ["正文。", "", "标题"]],
    ["a marker followed by more text", ["详情刊登在本报", "2版", "", "下一段正文。"], ["详情刊登在本报", "", "下一段正文。"]],
    ["continuation notes are removed, not cut", ["正文前半（下转第2版）", "下转第3版", "", "标题"], ["正文前半", "", "", "标题"]],
  ])("%s", (_name, lines, expected) => {
    expect(stripPageReferences(lines)).toEqual(expected);
  });
});

describe("stripPageReferences on stray markers", () => {
  it("removes a marker that is not at the end of a teaser line", () => {
    expect(stripPageReferences(["详见>>>2版！"])).toEqual(["详见！"]);
  });
});
