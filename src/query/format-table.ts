/**
 * Renders query rows as an aligned plain-text table for the terminal, counting CJK
 * characters as two columns so Chinese names line up.
 */
import type { Cell, QueryRow } from "./query-types.js";

const MAX_CELL = 70;

/** The rows as a table with a header line; "(no rows)" when empty. Chain columns print as a → b → c. */
export function formatTable(columns: string[], rows: QueryRow[], chainColumns: string[] = []): string {
  if (rows.length === 0) return "(no rows)\n";
  const cells = rows.map((row) => columns.map((c) => clip(show(row[c] ?? null, chainColumns.includes(c) ? " → " : "、"))));
  const widths = columns.map((c, i) => Math.max(width(c), ...cells.map((r) => width(r[i] ?? ""))));
  const line = (values: string[]) => values.map((v, i) => v + " ".repeat((widths[i] ?? 0) - width(v))).join("  ").trimEnd();
  return [line(columns), line(widths.map((w) => "-".repeat(w))), ...cells.map(line)].join("\n") + "\n";
}

function show(cell: Cell, joiner: string): string {
  if (cell === null) return "";
  if (Array.isArray(cell)) return cell.join(joiner);
  return String(cell).replace(/\s+/g, " ");
}

function clip(text: string): string {
  if (width(text) <= MAX_CELL) return text;
  let out = "";
  for (const ch of text) {
    if (width(out + ch) > MAX_CELL - 1) break;
    out += ch;
  }
  return `${out}…`;
}

/** Display width: wide (CJK, full-width) characters take two columns. */
function width(text: string): number {
  let w = 0;
  for (const ch of text) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(ch) ? 2 : 1;
  return w;
}
