// Tells whether a text was hard-wrapped by a page layout (columns of short lines that break
// mid-sentence) or has one paragraph per line, which decides how its lines are rejoined.

import { codePointLength } from "./code-point-length.js";
import { endsSentence } from "./ends-sentence.js";

/** Fewer non-blank lines than this are not enough to tell from line widths. */
const MIN_LINES = 4;
/** A line at least this share of the typical width fills its column. */
const FULL_WIDTH_SHARE = 0.7;
/** Share of full, unfinished lines from which the text counts as wrapped. */
const WRAPPED_SHARE = 0.4;
/** A paragraph never ends with a comma, an enumeration mark or an opening bracket. */
const MID_SENTENCE_END = /[，、；“‘（《,]$/u;
/** Share of lines ending mid-sentence that proves wrapping even when widths do not. */
const MID_SENTENCE_SHARE = 0.03;

/**
 * True when the non-blank lines look wrapped at a column width: at least 40% of them
 * fill the typical width yet do not end a sentence, or a few of them end in the middle
 * of one (`，`, `、`). In text with one paragraph per line, the lines that do not end a
 * sentence are headings and sign-offs, much shorter than the paragraphs.
 */
export function isHardWrapped(lines: readonly string[]): boolean {
  const filled = lines.filter((line) => line !== "");
  if (filled.length === 0) return false;
  const midSentence = filled.filter((line) => MID_SENTENCE_END.test(line)).length;
  if (midSentence > 0 && midSentence >= filled.length * MID_SENTENCE_SHARE) return true;
  if (filled.length < MIN_LINES) return false;
  const lengths = filled.map(codePointLength);
  const width = [...lengths].sort((a, b) => a - b)[Math.floor(lengths.length / 2)] as number;
  const open = filled.filter((line, k) => !endsSentence(line) && (lengths[k] as number) >= width * FULL_WIDTH_SHARE);
  return open.length >= filled.length * WRAPPED_SHARE;
}
