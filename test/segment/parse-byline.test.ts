import { describe, expect, it } from "vitest";
import { parseByline } from "../../src/segment/parse-byline.js";

describe("parseByline", () => {
  it.each([
    ["▢ 东岭日报记者 甲乙丙 全媒体记者 丁戊", ["甲乙丙", "丁戊"], []],
    ["▢ 全媒体记者 庚辛 通讯员 壬癸 子丑寅", ["庚辛", "壬癸", "子丑寅"], ["壬癸", "子丑寅"]],
    ["本报记者 卯辰 巳午", ["卯辰", "巳午"], []],
    ["（记者 未申 通讯员 酉戌）", ["未申", "酉戌"], ["酉戌"]],
    ["记者刘一 文/摄", ["刘一"], []],
    ["记者张三 李四 王五", ["张三", "李四", "王五"], []],
    ["通讯员 赵六、钱七", ["赵六", "钱七"], ["赵六", "钱七"]],
    ["孙八 ", ["孙八"], ["孙八"]],
    ["▢ 见习记者 欧阳天朗", ["欧阳天朗"], []],
    ["□本报通讯员 甲乙 本报记者 丙丁", ["甲乙", "丙丁"], ["甲乙"]],
    ["记者 甲乙/文 丙丁/摄", ["甲乙", "丙丁"], []],
    ["本报记者 王　婷 李 强 张小明", ["王婷", "李强", "张小明"], []],
  ])("%s", (text, reporters, correspondents) => {
    expect(parseByline(text)).toEqual({ reporters, correspondents });
  });

  it.each([
    ["记者从市场监管局获悉"],
    ["新闻联播"],
    ["▢"],
    [""],
    ["本报讯 昨日上午"],
  ])("is not a byline: %s", (text) => {
    expect(parseByline(text)).toBeNull();
  });

  it("can insist on a role word", () => {
    expect(parseByline("张三 李四", { requireRole: true })).toBeNull();
    expect(parseByline("张三 李四")).not.toBeNull();
  });
});
