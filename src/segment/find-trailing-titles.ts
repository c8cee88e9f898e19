// Separates an article's body from the headline lines printed after it, the layout of
// pages where each story runs byline → body → title → subtitle.

import { codePointLength } from "./code-point-length.js";
import { endsSentence } from "./ends-sentence.js";

/** The lines of one article split into body and headline items. */
export interface TrailingTitles {
  /** The lines up to and including the last one that ends a sentence. */
  body: string[];
  /** Headline items in print order (title first, then subtitle); wrapped ones rejoined. */
  titles: string[];
}

/** Longer lines are text, not headlines. */
const MAX_TITLE_LENGTH = 60;
/** A headline line this short is a piece the layout broke off (`数字人民币`); subtitles say more. */
const FRAGMENT_LENGTH = 6;
const PAIRS: readonly (readonly [string, string])[] = [
  ["“", "”"],
  ["《", "》"],
  ["（", "）"],
  ["(", ")"],
  ["「", "」"],
];

/**
 * Splits `lines` (trimmed, `""` for blank lines) into body and trailing headlines: the
 * short lines after the last line that ends a sentence, separated from it by a blank
 * line, grouped into items by `groupTitleLines`. Without such lines (the next byline follows the body directly) `titles` is empty.
 */
export function findTrailingTitles(lines: readonly string[]): TrailingTitles {
  let last = lines.length - 1;
  while (last >= 0 && !(lines[last] !== "" && endsSentence(lines[last] as string))) last--;
  const none = { body: [...lines], titles: [] };
  if (last < 0 || last + 1 >= lines.length || lines[last + 1] !== "") return none;
  const tail = lines.slice(last + 1);
  if (tail.every((line) => line === "")) return none;
  if (tail.some((line) => line.length > MAX_TITLE_LENGTH)) return none;
  return { body: lines.slice(0, last + 1), titles: groupTitleLines(tail) };
}

/**
 * Groups headline lines (`""` for blank lines) into headline items: blank lines separate
 * items; within a block, a line continues the item before when one of the two is a short
 * fragment or the item leaves a quote or bracket open, and starts the next item otherwise.
 */
export function groupTitleLines(lines: readonly string[]): string[] {
  const titles: string[] = [];
  let previousBlank = true;
  for (const line of lines) {
    if (line === "") {
      previousBlank = true;
      continue;
    }
    const before = titles[titles.length - 1];
    if (!previousBlank && before !== undefined && continues(before, line)) titles[titles.length - 1] = before + line;
    else titles.push(line);
    previousBlank = false;
  }
  return titles;
}

/** True when `next`, the next line of the same block, belongs to headline `item`. */
function continues(item: string, next: string): boolean {
  if (codePointLength(item) <= FRAGMENT_LENGTH || codePointLength(next) <= FRAGMENT_LENGTH) return true;
  return PAIRS.some(([open, close]) => item.split(open).length > item.split(close).length);
}
