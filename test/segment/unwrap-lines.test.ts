import { describe, expect, it } from "vitest";
import { isHardWrapped } from "../../src/segment/is-hard-wrapped.js";
import { unwrapLines } from "../../src/segment/unwrap-lines.js";

const lines = (text: string): string[] => text.split("\n").map((l) => l.trim());

describe("unwrapLines in a column layout", () => {
  it.each([
    ["mid-word wrap", "市委书记到东岭镇调\n研农村公路建设。", "市委书记到东岭镇调研农村公路建设。"],
    ["column break inside a sentence", "会议要求，要加快推进\n\n重点项目建设。", "会议要求，要加快推进重点项目建设。"],
    ["column break before an opening quote", "此次活动以\n\n“共建美好家园”为主题。", "此次活动以“共建美好家园”为主题。"],
    ["paragraph after a full stop", "会议召开。\n\n会议指出，要抓落实。", "会议召开。\n会议指出，要抓落实。"],
    ["paragraph after a closing quote", "他说：“要干实事。”\n下一步，继续推进。", "他说：“要干实事。”\n下一步，继续推进。"],
    ["spaces around numbers", "共完成 12 个项目，\n投入 3.5 亿元。", "共完成12个项目，投入3.5亿元。"],
    ["a number split by the wrap", "今年 41 岁的他，在 500\n多名观众前发言。", "今年41岁的他，在500多名观众前发言。"],
    ["a photo caption is a paragraph", "工作取得实效，\n▲ 活动现场。 记者 甲乙 摄\n得到群众好评。", "工作取得实效，\n▲ 活动现场。 记者 甲乙 摄\n得到群众好评。"],
    ["Latin words keep a space", "会上发布了 Smart\nCity 方案。", "会上发布了 Smart City 方案。"],
  ])("%s", (_name, text, expected) => {
    expect(unwrapLines(lines(text), true)).toBe(expected);
  });

  it("keeps a short heading between blank lines as its own paragraph", () => {
    const text = "第一段的内容写在这里，句子很长很长。\n\n小标题\n\n第二段的内容写在这里，句子也很长。";
    expect(unwrapLines(lines(text), true)).toBe("第一段的内容写在这里，句子很长很长。\n小标题\n第二段的内容写在这里，句子也很长。");
  });
});

describe("unwrapLines with one paragraph per line", () => {
  it("keeps every line, headings included", () => {
    const text = "第一段讲会议的情况，参会人员很多。\n小标题\n第二段讲 2 项安排。";
    expect(unwrapLines(lines(text), false)).toBe("第一段讲会议的情况，参会人员很多。\n小标题\n第二段讲2项安排。");
  });
});

describe("isHardWrapped", () => {
  it.each([
    ["columns", "昨日，东岭市召开推进\n会。会议强调，要抓好\n落实，加快推进重点项\n目建设，确保取得实效。", true],
    [
      "paragraphs with a heading",
      "第一段的内容很长很长很长很长很长很长很长很长。\n小标题\n第二段的内容也很长很长很长很长很长很长很长。\n第三段的内容也很长很长很长很长很长很长很长。\n（来源：东岭网）",
      false,
    ],
    ["too short to tell", "一行\n两行", false],
    ["a line ending with a comma", "会议要求，\n抓好落实。", true],
  ])("%s", (_name, text, expected) => {
    expect(isHardWrapped(lines(text))).toBe(expected);
  });
});
