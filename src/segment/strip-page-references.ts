// Cuts page references out of the lines of a page: teasers for stories on other pages
// (`中共中央政治局召开会议 >>>2版`, a headline then `2版`) and continuation notes (`（下转第2版）`),
// which say where the text goes on and are not part of it.

import { endsSentence } from "./ends-sentence.js";

const PAGE_NUMBER = "第?\\s*[0-9０-９一二三四五六七八九十]{1,3}\\s*版";
/** A line that is only a page marker: `2版`, `>>>2版`, `详见第4版`. */
const MARKER_LINE = new RegExp(`^(?:>{2,}|》+|→|▶+|►+)?\\s*(?:详见|见)?\\s*${PAGE_NUMBER}$`, "u");
/** A teaser and its marker on one line: `中共中央政治局召开会议 >>>2版`. */
const TEASER_LINE = new RegExp(`\\S\\s*(?:>{2,}|》{2,}|→|▶+|►+)\\s*${PAGE_NUMBER}$`, "u");
/** A marker left inside a line that is no teaser line (`… >>>2版！`). */
const STRAY_MARKER = new RegExp(`(?:>{2,}|》{2,})\\s*${PAGE_NUMBER}`, "gu");
/** A continuation note, bracketed inside a line or alone on one: `（下转第2版）`, `上接第1版`. */
const CONTINUATION = new RegExp(
  `[（(](?:下转|上接|转|接)${PAGE_NUMBER}[)）]|^(?:下转|上接|转|接)${PAGE_NUMBER}$`,
  "gu",
);

/**
 * Returns `lines` (one per line, `""` for blank ones) without page references: from the
 * first teaser on, everything is dropped, because a page prints its teasers together after
 * its last story; the teaser of a marker alone on its line is the block of lines just
 * before it. A marker followed by more sentences is no teaser's: only its line goes.
 * Continuation notes and stray markers are removed from the lines they are in.
 */
export function stripPageReferences(lines: readonly string[]): string[] {
  // Every reference names a page (版): testing for it first spares the patterns most lines.
  const cleaned = lines.map((line) => (line.includes("版") ? line.replace(CONTINUATION, "") : line).trim());
  const marker = cleaned.findIndex((line) => line.endsWith("版") && (MARKER_LINE.test(line) || TEASER_LINE.test(line)));
  if (marker < 0) return cleaned.map(dropStrayMarkers);
  let cut = marker;
  if (MARKER_LINE.test(cleaned[marker] as string)) {
    // The teaser is the run of lines just above the marker, or, when the marker stands
    // alone after a blank line, the block before that blank line.
    while (cut > 0 && cleaned[cut - 1] === "") cut--;
    while (cut > 0 && cleaned[cut - 1] !== "") cut--;
  }
  // Teasers are headlines; a sentence after the marker means the text goes on, so the
  // marker was a stray one (`…见本报` / `2版`) and only its line goes.
  if (cleaned.slice(marker + 1).some(endsSentence)) return cleaned.filter((_, i) => i !== marker).map(dropStrayMarkers);
  return cleaned.slice(0, cut).map(dropStrayMarkers);
}

function dropStrayMarkers(line: string): string {
  return line.includes("版") ? line.replace(STRAY_MARKER, "").trim() : line;
}
