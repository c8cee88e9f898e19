/**
 * Turns a publication date as inputs write it (ISO, 2022/12/8, 2022年12月8日, RFC 822 pubDate)
 * into YYYY-MM-DD, or undefined when it is not a real calendar date.
 */

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12,
};

const CN_DIGITS: Record<string, number> = {
  〇: 0, 零: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};

// Full-width digits (２０２２年) are common in Chinese metadata; map them to ASCII first.
function toAsciiDigits(s: string): string {
  return s.replace(/[０-９]/g, (d) => String(d.charCodeAt(0) - 0xff10));
}

/** 二〇二二 → 2022 (digit by digit), 十二 → 12, 二十八 → 28, 三十一 → 31. */
function chineseNumber(s: string): number | undefined {
  if (/^\d+$/.test(s)) return Number(s);
  if (!s.includes("十")) {
    let n = 0;
    for (const ch of s) {
      const d = CN_DIGITS[ch];
      if (d === undefined) return undefined;
      n = n * 10 + d;
    }
    return s.length > 0 ? n : undefined;
  }
  const [tens, ones] = s.split("十", 2) as [string, string];
  const t = tens === "" ? 1 : CN_DIGITS[tens];
  const o = ones === "" ? 0 : CN_DIGITS[ones];
  return t === undefined || o === undefined ? undefined : t * 10 + o;
}

function format(year: number, month: number, day: number): string | undefined {
  if (!Number.isInteger(year) || year < 1000 || year > 9999) return undefined;
  if (month < 1 || month > 12 || day < 1) return undefined;
  // Day 0 of the next month is the last day of this one, leap years included.
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > daysInMonth) return undefined;
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

// Two-digit RFC 822 years: 00-49 → 20xx, 50-99 → 19xx (the RFC 2822 rule).
function fullYear(y: string): number {
  const n = Number(y);
  if (y.length > 2) return n;
  return n < 50 ? 2000 + n : 1900 + n;
}

/**
 * Normalizes a date string to YYYY-MM-DD. The calendar date is taken as written, without
 * converting time zones: a paper dated 8 Dec in Beijing stays 2022-12-08 whatever the offset.
 * Accepts `2022-12-08`, `2022-12-08T10:00:00+08:00`, `2022/12/8`, `2022.12.8`, `20221208`,
 * `2022年12月8日`, `二〇二二年十二月八日`, `Thu, 08 Dec 2022 10:00:00 +0800`, `Dec 8, 2022`.
 * Returns undefined for anything else, including impossible dates such as 2022-02-30.
 */
export function normalizeDate(input: string): string | undefined {
  const s = toAsciiDigits(input.trim());
  let m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?=$|[T\sZ+-])/.exec(s);
  if (m) return format(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{4})(\d{2})(\d{2})(?=$|[T\s])/.exec(s);
  if (m) return format(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^([\d〇零一二三四五六七八九]{4})\s*年\s*([\d一二三四五六七八九十]{1,3})\s*月\s*([\d一二三四五六七八九十]{1,3})\s*[日号]/.exec(s);
  if (m) {
    const [y, mo, d] = [chineseNumber(m[1]!), chineseNumber(m[2]!), chineseNumber(m[3]!)];
    return y === undefined || mo === undefined || d === undefined ? undefined : format(y, mo, d);
  }
  // RFC 822 / 2822: optional weekday, day, month name, year, optional time and zone.
  m = /^(?:[a-z]{3,9},?\s+)?(\d{1,2})\s+([a-z]{3,9})\.?\s+(\d{2}|\d{4})(?=$|\s)/i.exec(s);
  if (m) {
    const month = MONTHS[m[2]!.slice(0, 3).toLowerCase()];
    return month === undefined ? undefined : format(fullYear(m[3]!), month, Number(m[1]));
  }
  m = /^(?:[a-z]{3,9},?\s+)?([a-z]{3,9})\.?\s+(\d{1,2}),?\s+(\d{4})(?=$|[\s,])/i.exec(s);
  if (m) {
    const month = MONTHS[m[1]!.slice(0, 3).toLowerCase()];
    return month === undefined ? undefined : format(Number(m[3]), month, Number(m[2]));
  }
  return undefined;
}
