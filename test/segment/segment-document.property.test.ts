import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { segmentDocument } from "../../src/segment/segment-document.js";

/** Pieces of page layout, so that random texts exercise the page paths too. */
const layout = fc.constantFrom("▢", "▢ 记者 甲乙", "本报讯", "本报讯(记者", "\n", "\n\n", ">>>2版", "2版", "。", "“", "（无标题）", " ", "\r\n");
const hanzi = fc.integer({ min: 0x4e00, max: 0x9fff }).map((code) => String.fromCodePoint(code));
const pageLike = fc
  .array(fc.oneof(layout, hanzi, fc.string({ unit: "binary", maxLength: 12 })), { maxLength: 60 })
  .map((parts) => parts.join(""));

const maybe = fc.option(fc.string(), { nil: undefined });
const dated = fc.oneof(maybe, fc.constantFrom("2022-12-08", "2022/2/30", "2022-12-08T09:00"));

describe("segmentDocument properties", () => {
  it("never throws; articles hold strings and unique ids", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: "binary" }), pageLike), maybe, dated, dated, (text, title, docDate, optionDate) => {
        const { articles, diagnostics } = segmentDocument(
          { id: "p", source: "p.txt", text, ...(title === undefined ? {} : { title }), ...(docDate === undefined ? {} : { date: docDate }) },
          optionDate === undefined ? {} : { date: optionDate },
        );
        for (const a of articles) {
          expect(typeof a.text).toBe("string");
          expect(a.reporters.every((r) => typeof r === "string")).toBe(true);
          expect(a.correspondents.every((r) => a.reporters.includes(r))).toBe(true);
          expect(a.date === null || /^\d{4}-\d{2}-\d{2}$/u.test(a.date)).toBe(true);
        }
        expect(new Set(articles.map((a) => a.id)).size).toBe(articles.length);
        expect(diagnostics.every((d) => d.source === "p.txt" && d.ruleId.startsWith("segment/"))).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});
