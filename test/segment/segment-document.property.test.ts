import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { segmentDocument } from "../../src/segment/segment-document.js";

/** Pieces of page layout, so that random texts exercise the page paths too. */
const layout = fc.constantFrom("▢", "▢ 记者 甲乙", "本报讯", "本报讯(记者", "\n", "\n\n", ">>>2版", "2版", "。", "“", "（无标题）", " ", "\r\n");
const pageLike = fc.array(fc.oneof(layout, fc.string({ unit: "grapheme", maxLength: 12 })), { maxLength: 40 }).map((parts) => parts.join(""));

describe("segmentDocument properties", () => {
  it("never throws; articles hold strings and unique ids", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: "binary" }), pageLike), fc.option(fc.string(), { nil: undefined }), (text, title) => {
        const { articles, diagnostics } = segmentDocument({ id: "p", source: "p.txt", text, ...(title === undefined ? {} : { title }) });
        for (const a of articles) {
          expect(typeof a.text).toBe("string");
          expect(a.reporters.every((r) => typeof r === "string")).toBe(true);
          expect(a.correspondents.every((r) => a.reporters.includes(r))).toBe(true);
        }
        expect(new Set(articles.map((a) => a.id)).size).toBe(articles.length);
        expect(Array.isArray(diagnostics)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});
