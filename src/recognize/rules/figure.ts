/**
 * Rule: figures, Arabic numbers with a unit or classifier (50822万元, 100余家, 26%, 4个多小时) or
 * with 万/亿 alone at a clause end (14.9亿), scaled by 万/亿 to the base unit, 余/多/左右 and a
 * leading 近/约 marking them approximate.
 */
import type { Mention } from "../../types.js";
import type { RecognizeContext } from "../context.js";

const NUMBER = /(\d+(?:[.,]\d+)*)(万亿|万|亿|千)?(余|多)?/g;
const MULTIPLIER: Record<string, number> = { 万: 1e4, 亿: 1e8, 万亿: 1e12, 千: 1e3 };
/** What may follow a magnitude without a unit that ends the amount: a clause end or a list. */
const BARE_AMOUNT_END = /^(?:[，。；、）)]|$)/;
const COUNTED_TIME = /^多(小时|月|星期|钟头)/;

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
    if (!unit) {
      // 股本总额合计14.9亿，: a magnitude alone, at the end of its clause, is an amount.
      if (m[2] && m[2] !== "千" && !m[3] && BARE_AMOUNT_END.test(text[end] ?? "")) {
        const value = Number(m[1]!.replace(/,/g, "")) * MULTIPLIER[m[2]]!;
        out.push({ type: "Figure", text: m[0], start, end, rule: "figure", attrs: { value: Number(value.toPrecision(15)), unit: "", approx: false } });
      }
      continue;
    }
    const digits = m[1]!.replace(/,/g, "");
    // Years (2022年, 2022年度) and dates are not figures.
    const rest = text.slice(end, end + 4);
    if (unit === "年" && (digits.length === 4 || rest.startsWith("年度") || /^年\d/.test(rest))) continue;
    end += unit.length;
    let approx = !!m[3];
    // 4个多小时: the classifier, then 多 and the time it counts.
    const hours = unit === "个" ? COUNTED_TIME.exec(text.slice(end, end + 3)) : null;
    if (hours) {
      end += hours[0].length;
      approx = true;
    }
    if (text.startsWith("左右", end)) approx = true;
    if (/[近约]/.test(text[start - 1] ?? "")) approx = true;
    const { base, scale } = hours ? { base: hours[1]!, scale: 1 } : lex.units.get(unit)!;
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
