import { describe, expect, it } from "vitest";
import { findTrailingTitles, groupTitleLines } from "../../src/segment/find-trailing-titles.js";

describe("findTrailingTitles", () => {
  it.each([
    ["title and subtitle in blocks", ["正文第一句。", "", "主标题在这里", "", "副标题在这里"], 1, ["主标题在这里", "副标题在这里"]],
    [
      "title and subtitle on consecutive lines",
      ["正文。", "", "东岭镇举办农民丰收节", "全镇共有三千余人参加，现场签约 5 个项目"],
      1,
      ["东岭镇举办农民丰收节", "全镇共有三千余人参加，现场签约 5 个项目"],
    ],
    ["a title broken after a short fragment", ["正文。", "", "数字乡村", "建设成果发布"], 1, ["数字乡村建设成果发布"]],
    ["a title broken before a short rest", ["正文。", "", "东岭召开全市经济", "工作会议"], 1, ["东岭召开全市经济工作会议"]],
    ["a title broken inside a quote", ["正文。", "", "第三届“东岭杯", "”创业大赛开幕"], 1, ["第三届“东岭杯”创业大赛开幕"]],
    ["body up to the last sentence", ["第一行没有", "", "结束。", "", "标题"], 3, ["标题"]],
    ["no headline: the body ends the segment", ["正文第一句。", "正文第二句。"], 2, []],
    ["no blank line before the short lines", ["正文第一句。", "还没写完的一行"], 2, []],
    ["no sentence at all", ["只有短行", "", "另一短行"], 3, []],
  ])("%s", (_name, lines, bodyLength, titles) => {
    const result = findTrailingTitles(lines);
    expect(result.titles).toEqual(titles);
    expect(result.body).toEqual(lines.slice(0, bodyLength));
  });
});

describe("groupTitleLines", () => {
  it("separates blocks and joins fragments", () => {
    expect(groupTitleLines(["", "东岭", "大桥通车", "", "两岸居民出行更方便"])).toEqual(["东岭大桥通车", "两岸居民出行更方便"]);
  });
});
