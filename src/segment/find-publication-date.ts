// Finds the publication date a page prints in its header (`2022年12月8日 星期四`).

/** A full date followed by the weekday, as page headers print it. */
const HEADER_DATE = /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*(?:星期|周|礼拜)[一二三四五六日天]/u;
/** A full date standing apart (white space or line edges around it), as headers print it. */
const DATE_APART = /(?:^|\s)(\d{4})年(\d{1,2})月(\d{1,2})日(?:\s|$)/u;
/** Header lines are short; a long line is text. */
const MAX_HEADER_LENGTH = 40;
/** Only the top of a page holds its header. */
const HEADER_LINES = 5;

/**
 * Returns the publication date (YYYY-MM-DD) printed in `text`: a full date with its
 * weekday anywhere, else a full date standing apart on a short line among the first lines; null when
 * there is none or it is not a calendar date. Dates inside sentences are event dates,
 * not the paper's date, and are ignored.
 */
export function findPublicationDate(text: string): string | null {
  const header = HEADER_DATE.exec(text);
  if (header) return toIsoDate(header[1], header[2], header[3]);
  const top = text
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line !== "")
    .slice(0, HEADER_LINES);
  for (const line of top) {
    const m = line.length <= MAX_HEADER_LENGTH ? DATE_APART.exec(line) : null;
    if (m) return toIsoDate(m[1], m[2], m[3]);
  }
  return null;
}

/** `2022`, `12`, `8` → `2022-12-08`, or null when that day does not exist. */
export function toIsoDate(year?: string, month?: string, day?: string): string | null {
  const y = Number(year);
  const m = Number(month);
  const d = Number(day);
  const date = new Date(Date.UTC(y, m - 1, d));
  if (!Number.isInteger(y) || date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) {
    return null;
  }
  return `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}
