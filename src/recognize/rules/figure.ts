/**
 * Rule: figures, Arabic numbers with a unit or classifier (50822万元, 100余家, 26%), scaled by
 * 万/亿 to the base unit, 余/多/左右 and a leading 近/约 marking them approximate.
 */
import type { Mention } from "../../types.js";
import type { RecognizeContext } from "../context.js";

const NUMBER = /(\d+(?:[.,]\d+)*)(万亿|万|亿|千)?(余|多)?/g;
const MULTIPLIER: Record<string, number> = { 万: 1e4, 亿: 1e8, 万亿: 1e12, 千: 1e3 };

/** Figure mentions: attrs.value (scaled), attrs.unit (base unit), attrs.approx. */
export function figures(ctx: RecognizeContext): Mention[] {
  const { text, lex } = ctx;
  const units = [...lex.units.keys()];
  const out: Mention[] = [];
  for (const m of text.matchAll(NUMBER)) {
    const start = m.index!;
    const before = text[start - 1] ?? "";
    // Ordinals, parts of codes or decimals already read, and numbers inside Latin words.
    if (/[第\d.A-Za-z/:：-]/.test(before)) continue;
    let end = start + m[0].length;
    const unit = units.find((u) => text.startsWith(u, end));
    if (!unit) continue;
    const digits = m[1]!.replace(/,/g, "");
    // Years (2022年, 2022年度) and dates are not figures.
    const rest = text.slice(end, end + 4);
    if (unit === "年" && (digits.length === 4 || rest.startsWith("年度") || /^年\d/.test(rest))) continue;
    end += unit.length;
    let approx = !!m[3];
    if (text.startsWith("左右", end)) approx = true;
    if (/[近约]/.test(text[start - 1] ?? "")) approx = true;
    const { base, scale } = lex.units.get(unit)!;
    const value = Number(digits) * (MULTIPLIER[m[2] ?? ""] ?? 1) * scale;
    if (!Number.isFinite(value)) continue;
    out.push({
      type: "Figure",
      text: text.slice(start, end),
      start,
      end,
      rule: "figure",
      attrs: { value: Number(value.toPrecision(15)), unit: base, approx },
    });
  }
  return out;
}
