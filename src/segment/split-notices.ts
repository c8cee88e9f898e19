// Splits official notices printed without a byline (`…任免名单`, `…公示`, `…公告`) off the story
// printed above them: on a page they follow that story's trailing headlines and start no article
// by a byline or a lead of their own.

import { codePointLength } from "./code-point-length.js";
import { endsSentence } from "./ends-sentence.js";
import { groupTitleLines } from "./find-trailing-titles.js";

/** A notice cut from the lines of a story: its headline items and its text. */
export interface Notice {
  titles: string[];
  lines: string[];
}

/** The last line of a notice's heading names what it is. */
const NOTICE_HEADING = /(?:名单|公告|公示|通告|启事)$/u;
/** Headings are short; a longer line is text. */
const MAX_HEADING_LENGTH = 30;

/**
 * Returns the lines of the story (`lines` up to the first notice) and the notices after it. A
 * notice starts at a block of short lines (after a blank line) whose line names a notice and
 * that a text follows; a story with sentences must stand above it, else the lines are one item.
 */
export function splitNotices(lines: readonly string[]): { story: string[]; notices: Notice[] } {
  const notices: Notice[] = [];
  let storyEnd = lines.length;
  let from = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    if (line === "" || codePointLength(line) > MAX_HEADING_LENGTH || !NOTICE_HEADING.test(line) || endsSentence(line)) continue;
    let head = i;
    while (head > from && lines[head - 1] !== "") head--;
    let end = i + 1;
    while (end < lines.length && lines[end] !== "") end++;
    const above = lines.slice(from, head);
    if (head === from || !above.some((l) => l !== "" && endsSentence(l)) || lines.slice(end).every((l) => l === "")) continue;
    if (notices.length === 0) storyEnd = head;
    else notices[notices.length - 1]!.lines = lines.slice(from, head);
    notices.push({ titles: groupTitleLines(lines.slice(head, end)), lines: lines.slice(end) });
    from = end;
    i = end - 1;
  }
  return { story: lines.slice(0, storyEnd), notices };
}
