import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildAutomaton } from "../../../src/recognize/gazetteer/automaton.js";

type Found = [start: number, end: number, patternIndex: number];

/** Reference matcher: every indexOf hit of every pattern, overlaps included. */
function naiveMatches(patterns: readonly string[], text: string): Found[] {
  const found: Found[] = [];
  patterns.forEach((pattern, index) => {
    if (pattern.length === 0) return;
    for (let at = text.indexOf(pattern); at !== -1; at = text.indexOf(pattern, at + 1)) {
      found.push([at, at + pattern.length, index]);
    }
  });
  return sorted(found);
}

function automatonMatches(patterns: readonly string[], text: string): Found[] {
  const found: Found[] = [];
  buildAutomaton(patterns).findAll(text, (start, end, index) => found.push([start, end, index]));
  return found;
}

function sorted(found: Found[]): Found[] {
  return [...found].sort((a, b) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2]);
}

describe("buildAutomaton", () => {
  it.each<[string, string[], string, Found[]]>([
    ["classic overlaps", ["he", "she", "his", "hers"], "ushers", [[1, 4, 1], [2, 4, 0], [2, 6, 3]]],
    ["pattern inside pattern", ["义乌", "义乌市", "乌市"], "义乌市义亭镇", [[0, 2, 0], [0, 3, 1], [1, 3, 2]]],
    ["duplicates report every index", ["金华", "金华", "华"], "金华", [[0, 2, 0], [0, 2, 1], [1, 2, 2]]],
    ["empty pattern never matches", ["", "a"], "aa", [[0, 1, 1], [1, 2, 1]]],
    ["no patterns", [], "abc", []],
    ["surrogate pairs", ["𠀀", "a𠀀"], "a𠀀𠀀", [[1, 3, 0], [0, 3, 1], [3, 5, 0]]],
  ])("%s", (_name, patterns, text, expected) => {
    expect(sorted(automatonMatches(patterns, text))).toEqual(sorted(expected));
    expect(naiveMatches(patterns, text)).toEqual(sorted(expected));
  });

  it("reports matches by increasing end, longest first", () => {
    const found = automatonMatches(["a", "ab", "b", "aab"], "aab");
    expect(found).toEqual([[0, 1, 0], [1, 2, 0], [0, 3, 3], [1, 3, 1], [2, 3, 2]]);
  });

  it("matches() returns the pattern text that equals the slice", () => {
    const text = "浙江省金华市义乌市";
    const patterns = ["浙江", "金华", "义乌市", "江省金"];
    for (const match of buildAutomaton(patterns).matches(text)) {
      expect(text.slice(match.start, match.end)).toBe(match.pattern);
      expect(patterns[match.patternIndex]).toBe(match.pattern);
    }
  });

  it("indexOf looks a pattern up exactly", () => {
    const automaton = buildAutomaton(["浙江", "浙江省", "", "浙江"]);
    expect(automaton.indexOf("浙江")).toBe(0);
    expect(automaton.indexOf("浙江省")).toBe(1);
    expect(automaton.indexOf("浙")).toBe(-1);
    expect(automaton.indexOf("浙江省金华")).toBe(-1);
    expect(automaton.indexOf("")).toBe(-1);
  });

  it("handles states with many children (binary-searched, filtered)", () => {
    const patterns = Array.from({ length: 300 }, (_, i) => "村" + String.fromCharCode(0x4e00 + i * 7));
    const text = Array.from({ length: 2000 }, (_, i) => (i % 3 === 0 ? "村" : String.fromCharCode(0x4e00 + i))).join("");
    expect(sorted(automatonMatches(patterns, text))).toEqual(naiveMatches(patterns, text));
  });
});

describe("buildAutomaton against indexOf (property)", () => {
  const small = fc.string({ unit: fc.constantFrom("a", "b", "c", "村", "\ud840", "\udc00"), maxLength: 6 });

  it("finds exactly what indexOf finds over a small alphabet", () => {
    fc.assert(
      fc.property(fc.array(small, { maxLength: 12 }), fc.string({ unit: fc.constantFrom("a", "b", "c", "村"), maxLength: 60 }), (patterns, text) => {
        const found = sorted(automatonMatches(patterns, text));
        expect(found).toEqual(naiveMatches(patterns, text));
        for (const [start, end] of found) {
          expect(0 <= start && start < end && end <= text.length).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("never throws on arbitrary strings, lone surrogates and pairs included", () => {
    const anyText = fc.string({ unit: "binary", maxLength: 40 });
    fc.assert(
      fc.property(fc.array(anyText, { maxLength: 8 }), anyText, (patterns, text) => {
        expect(sorted(automatonMatches(patterns, text))).toEqual(naiveMatches(patterns, text));
      }),
      { numRuns: 150 },
    );
  });
});
