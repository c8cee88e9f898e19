import { describe, expect, it } from "vitest";
import { splitNotices } from "../../src/segment/split-notices.js";
import { segmentDocument } from "../../src/segment/segment-document.js";

const STORY = ["省委书记甲会见代表团一行。", "双方进行座谈交流。", "", "省委书记会见青海省代表团", "省长主持两省座谈会"];
const NOTICE = ["河南省人民代表大会常务委员会", "任免名单", "（2025年4月15日省人大常委会", "第十五次会议通过）", "", "决定任命丙为省教育厅厅长；", "决定免去丁的省教育厅厅长职务。"];

describe("splitNotices", () => {
  it("cuts an unsigned notice off the story above it, with its heading as its headline", () => {
    const { story, notices } = splitNotices([...STORY, "", ...NOTICE]);
    expect(story).toEqual([...STORY, ""]);
    expect(notices).toEqual([
      {
        titles: ["河南省人民代表大会常务委员会任免名单", "（2025年4月15日省人大常委会第十五次会议通过）"],
        lines: ["", "决定任命丙为省教育厅厅长；", "决定免去丁的省教育厅厅长职务。"],
      },
    ]);
  });

  it.each([
    ["a headline naming a list with no text after it", [...STORY.slice(0, 3), "我市公布首批示范村名单"]],
    ["a notice with no story above it", NOTICE],
    ["a sentence that ends in 名单", ["会议审议了名单。", "", "会议通过了人事任免名单", "决定任命丙为厅长。"]],
  ])("leaves the lines whole: %s", (_name, lines) => {
    expect(splitNotices(lines)).toEqual({ story: lines, notices: [] });
  });

  it("makes the notice an article of its own on a page", () => {
    const page = ["▢ 本报记者 张三", "", ...STORY, "", ...NOTICE, "", "▢ 本报记者 李四", "", "本报讯 会议闭幕。", "", "会议闭幕"].join("\n");
    const { articles } = segmentDocument({ id: "p", source: "p.txt", text: page });
    expect(articles.map((a) => a.title)).toEqual(["省委书记会见青海省代表团", "河南省人民代表大会常务委员会任免名单", "会议闭幕"]);
    expect(articles[1]!.text).toBe("决定任命丙为省教育厅厅长；决定免去丁的省教育厅厅长职务。");
    expect(articles[1]!.reporters).toEqual([]);
  });
});
