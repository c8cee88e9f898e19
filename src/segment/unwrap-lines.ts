// Rejoins the lines of an article body into paragraphs: undoes the hard wrapping and the
// column breaks (blank lines mid-sentence) of a page layout, keeping real paragraph breaks.

import { codePointLength } from "./code-point-length.js";
import { endsSentence } from "./ends-sentence.js";

/** A heading is at most this share of the typical line width. */
const HEADING_WIDTH_SHARE = 0.6;
const PUNCTUATION = /[\p{P}\p{S}]/u;
/** Photo captions start with a triangle and end with the photographer's credit (`记者 王婷 摄`). */
const CAPTION_START = /^[▲△]/u;
const PHOTO_CREDIT = /\s\p{Script=Han}{2,4}\s*摄[)）]?$/u;
/** CJK characters and CJK punctuation, next to which layout spaces around numbers are dropped. */
const CJK = "\\p{Script=Han}\\u3000-\\u303F\\uFF00-\\uFFEF“”‘’";
const SPACE_BEFORE_NUMBER = new RegExp(`([${CJK}])[ \\t\\u00A0\\u3000]+(?=\\d)`, "gu");
const SPACE_AFTER_NUMBER = new RegExp(`(\\d)[ \\t\\u00A0\\u3000]+(?=[${CJK}])`, "gu");
const SPACE_NEXT_TO_DIGIT = /[ \t\u00A0\u3000]\d|\d[ \t\u00A0\u3000]/u;

/**
 * Joins `lines` (trimmed, `""` for blank lines) into a body with one paragraph per line.
 * When `wrapped` (a column layout), a line continues the previous one, without anything
 * inserted and across blank lines, unless the previous one ends a sentence (`。！？…`,
 * possibly closed by a quote) or a photo credit (`记者 王婷 摄`), or one of them is a
 * short sub-heading between paragraphs or starts a photo caption (`▲`); otherwise every non-blank line is a paragraph. In both cases the spaces a layout
 * puts between CJK text and numbers (`紧扣 11 方面`) are removed.
 */
export function unwrapLines(lines: readonly string[], wrapped: boolean): string {
  const paragraphs: string[] = [];
  if (!wrapped) {
    paragraphs.push(...lines.filter((line) => line !== ""));
  } else {
    const width = medianLength(lines);
    let breakNext = true;
    lines.forEach((line, i) => {
      if (line === "") return;
      const heading = isHeading(lines, i, width);
      const current = paragraphs[paragraphs.length - 1];
      if (breakNext || heading || CAPTION_START.test(line) || current === undefined) paragraphs.push(line);
      else paragraphs[paragraphs.length - 1] = joinWrapped(current, line);
      breakNext = heading || endsSentence(line) || PHOTO_CREDIT.test(line);
    });
  }
  return paragraphs.map(withoutLayoutSpaces).join("\n");
}

/** A paragraph without the layout's spaces around numbers; most have none, which a plain pattern tells fast. */
function withoutLayoutSpaces(paragraph: string): string {
  if (!SPACE_NEXT_TO_DIGIT.test(paragraph)) return paragraph;
  return paragraph.replace(SPACE_BEFORE_NUMBER, "$1").replace(SPACE_AFTER_NUMBER, "$1");
}

/** Glues two pieces of a wrapped line; only Latin words need a space between them. */
function joinWrapped(before: string, after: string): string {
  return /[A-Za-z]$/u.test(before) && /^[A-Za-z]/u.test(after) ? `${before} ${after}` : before + after;
}

/**
 * A short line without punctuation, with blank lines on both sides, after a line that
 * ends a sentence: a sub-heading between paragraphs. A short line before a column break
 * follows text that has not ended, so it is not taken for one.
 */
function isHeading(lines: readonly string[], i: number, width: number): boolean {
  const line = lines[i] as string;
  if (i === 0 || lines[i - 1] !== "" || (i + 1 < lines.length && lines[i + 1] !== "")) return false;
  if (PUNCTUATION.test(line) || codePointLength(line) > width * HEADING_WIDTH_SHARE) return false;
  let before = i - 1;
  while (before >= 0 && lines[before] === "") before--;
  return before >= 0 && endsSentence(lines[before] as string);
}

function medianLength(lines: readonly string[]): number {
  const lengths = lines
    .filter((line) => line !== "")
    .map(codePointLength)
    .sort((a, b) => a - b);
  return lengths.length === 0 ? 0 : (lengths[Math.floor(lengths.length / 2)] as number);
}
