// Properties of segmentation + extraction on arbitrary strings: nothing throws, every offset is
// inside the article text, every mention's text is what its offsets cut out, relations point at
// entities of their record.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { extractArticle } from "../../src/pipeline/extract-article.js";
import { segmentDocument } from "../../src/segment/segment-document.js";
import { tokenize } from "../../src/tokenize/tokenize.js";
import type { ExtractionRecord } from "../../src/types.js";
import { mentionsOf } from "../recognize/run-recognize.js";

// Pieces the rules react to, so random texts reach them: surnames, title heads, list and clause
// punctuation, cues, event and unit words, dates, page layout, lone surrogates, name dots.
const pieces = fc.constantFrom(
  "张", "李", "王", "欧阳", "建国", "卫东", "海", "市委书记", "副市长", "市长", "原", "省委常委", "局长", "市领导", "、", "，", "。", "“", "”",
  ">>>", ">>>2版", "▢", "▢ 记者 张三", "本报讯", "\n", "\n\n", "等", "和", "出席", "主持", "致辞", "讲话", "作主旨发言", "陪同", "调研", "一行",
  "召开", "举行", "会议", "大会", "座谈会", "第九届", "活动", "论坛", "万元", "亿元", "余", "多", "家", "%", "年", "月", "日", "昨日", "2022",
  "5", "12", "0", ".", "有限公司", "人民政府", "浙江", "义乌市", "村", "战略", "践行", "“5+4”", "体系", "\uD800", "\uDFFF", " ",
  "·", "•", "约翰", "安德森", "秘书长", "说",
);
const cjk = fc.integer({ min: 0x4e00, max: 0x9fa5 }).map((c) => String.fromCharCode(c));
const digit = fc.integer({ min: 0, max: 9 }).map(String);
const newsLike = fc.array(fc.oneof(pieces, cjk, digit), { maxLength: 80 }).map((parts) => parts.join(""));
const anyText = fc.oneof(fc.string(), fc.string({ unit: "binary" }), fc.string({ unit: "grapheme" }), newsLike, newsLike);
const pubDate = fc.constantFrom(undefined, "2022-12-08", "2024-02-29", "2023-01-01");

function checkRecord(record: ExtractionRecord): void {
  const { text } = record.article;
  const inside = (s: { start: number; end: number }) => Number.isInteger(s.start) && Number.isInteger(s.end) && 0 <= s.start && s.start <= s.end && s.end <= text.length;
  const ids = new Set(record.entities.map((e) => e.id));
  expect(ids.size).toBe(record.entities.length);
  for (const e of record.entities) {
    expect(e.mentions.length).toBeGreaterThan(0);
    for (const m of e.mentions) {
      expect(inside(m), `${e.id} ${JSON.stringify(m)}`).toBe(true);
      const cut = text.slice(m.start, m.end);
      // A tour is named after where it went (青田县调研) while its mention is the cue (调研).
      if (e.type === "Event") expect(cut.length > 0 && e.name.endsWith(cut)).toBe(true);
      // A person named with dots is mentioned later by the last part (某某·安德森 … 安德森).
      else if (e.type === "Person" && cut !== e.name) expect(e.name.split(/[·•・]/).at(-1)).toBe(cut);
      else expect(cut).toBe(e.name);
    }
    // A Chinese name, a transliterated one, or one with parts between dots (约翰·某某).
    if (e.type === "Person") expect(e.name).toMatch(/^[\u3400-\u9fff]{2,6}$|^[\u3400-\u9fff]{1,6}(?:[·•・][\u3400-\u9fff]{1,6})+$/u);
  }
  for (const r of record.relations) {
    expect(inside(r.evidence), `${r.type} ${JSON.stringify(r.evidence)}`).toBe(true);
    expect(ids.has(r.from) && ids.has(r.to)).toBe(true);
  }
}

describe("extraction properties", () => {
  it("segmentDocument + extractArticle never throw and keep every offset inside the article text", () => {
    fc.assert(
      fc.property(anyText, pubDate, (text, date) => {
        const { articles } = segmentDocument({ id: "p", source: "p.txt", text }, date ? { date } : {});
        for (const article of articles) checkRecord(extractArticle(article));
      }),
      { numRuns: 200 },
    );
  });

  it("extractArticle on raw text (no segmentation) keeps the same guarantees", () => {
    fc.assert(
      fc.property(anyText, fc.constantFrom(null, "2022-12-08"), (text, date) => {
        checkRecord(extractArticle({ id: "a", source: "a.txt", title: null, subtitle: null, reporters: [], correspondents: [], dateline: null, date, text }));
      }),
      { numRuns: 200 },
    );
  });

  it("tokens are in order, disjoint, and each is the slice its offsets name", () => {
    fc.assert(
      fc.property(anyText, (text) => {
        let end = 0;
        for (const t of tokenize(text)) {
          expect(t.start).toBeGreaterThanOrEqual(end);
          expect(t.end).toBeGreaterThan(t.start);
          expect(text.slice(t.start, t.end)).toBe(t.text);
          end = t.end;
        }
        expect(end).toBeLessThanOrEqual(text.length);
      }),
      { numRuns: 200 },
    );
  });

  it("every recognised mention's text is exactly the slice its offsets name", () => {
    fc.assert(
      fc.property(anyText, (text) => {
        for (const m of mentionsOf(text)) {
          expect(0 <= m.start && m.start < m.end && m.end <= text.length).toBe(true);
          expect(text.slice(m.start, m.end)).toBe(m.text);
        }
      }),
      { numRuns: 200 },
    );
  });
});
