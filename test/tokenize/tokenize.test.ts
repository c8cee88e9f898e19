import { readFileSync, readdirSync } from "node:fs";
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { addWords, commonWordTag, tokenize } from "../../src/tokenize/tokenize.js";
import { untaggedWordTag } from "../../src/tokenize/word-tags.js";

const nodejieba = createRequire(import.meta.url)("nodejieba") as { tag(text: string): { word: string; tag: string }[] };
const SHARED = new URL("../../../shared/", import.meta.url);

function realTexts(): string[] {
  const dev = new URL("corpus/dev/", SHARED);
  return [
    readFileSync(new URL("corpus/yiwu-2022-12-08-page1.txt", SHARED), "utf8"),
    ...readdirSync(dev).map((f) => readFileSync(new URL(f, dev), "utf8")),
  ];
}

describe("tokenize", () => {
  it("gives the words and tags of nodejieba.tag on real news, with offsets into the text", () => {
    for (const text of [...realTexts(), "ABC公司2022年第5届 a1 x 5 ３月 Ｏ２Ｏ模式 😀表情 iPhone13 GDP增长5.5%"]) {
      const tokens = tokenize(text);
      expect(tokens.map((t) => [t.text, t.tag])).toEqual(nodejieba.tag(text).map((t) => [t.word, t.tag]));
      for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
    }
  });

  it("gives added words the tag they were added with, as nodejieba does", () => {
    addWords([["灵山智库", "nt"], ["我们", "nz"]]);
    const text = "我们走访了灵山智库。";
    const tokens = tokenize(text);
    expect(tokens.map((t) => [t.text, t.tag])).toEqual(nodejieba.tag(text).map((t) => [t.word, t.tag]));
    expect(tokens.filter((t) => t.tag === "nt" || t.tag === "nz").map((t) => t.text)).toEqual(["我们", "灵山智库"]);
    // The gazetteer asks about the segmenter's own dictionary, not about added words.
    expect(commonWordTag("我们")).toBe("r");
  });

  it("tags words outside the dictionary as cppjieba does", () => {
    expect(untaggedWordTag("亓玥")).toBe("x");
    expect(untaggedWordTag("2022")).toBe("m");
    expect(untaggedWordTag("iPhone13")).toBe("eng");
    // cppjieba counts ASCII only up to half the characters: a single ASCII character is "x".
    expect(untaggedWordTag("5")).toBe("x");
  });

  it("knows common dictionary words and their tags", () => {
    expect(commonWordTag("我们")).toBe("r");
    expect(commonWordTag("亓玥")).toBeUndefined();
  });
});
