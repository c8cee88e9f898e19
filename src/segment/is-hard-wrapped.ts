// Tells whether a text was hard-wrapped by a page layout (columns of short lines that break
// mid-sentence) or has one paragraph per line, which decides how its lines are rejoined.

import { endsSentence } from "./ends-sentence.js";

/** Fewer non-blank lines than this are not enough to tell. */
const MIN_LINES = 4;
/** A line at least this share of the typical width fills its column. */
const FULL_WIDTH_SHARE = 0.7;

/**
 * True when at least half of the non-blank lines fill the typical line width yet end
 * without sentence-final punctuation: a layout that wrapped text at a column width. In
 * text with one paragraph per line, the lines that do not end a sentence are headings
 * and sign-offs, much shorter than the paragraphs.
 */
export function isHardWrapped(lines: readonly string[]): boolean {
  const filled = lines.filter((line) => line !== "");
  if (filled.length < MIN_LINES) return false;
  const lengths = filled.map((line) => [...line].length).sort((a, b) => a - b);
  const width = lengths[Math.floor(lengths.length / 2)] as number;
  const open = filled.filter((line) => !endsSentence(line) && [...line].length >= width * FULL_WIDTH_SHARE);
  return open.length * 2 >= filled.length;
}
