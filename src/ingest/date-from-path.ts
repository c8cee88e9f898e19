/**
 * Reads a publication date from a file path, as news archives name files and folders
 * (`yiwu-2022-12-08-page1.txt`, `2022/12/08/page1.txt`, `20221208_01.html`).
 */
import { normalizeDate } from "./normalize-date.js";

// Year, month, day with one separator used twice (or none); digits around it would make
// it part of a longer number (an id), which is not a date.
const PATH_DATE = /(?<!\d)((?:19|20)\d\d)([-_./\\]?)(0[1-9]|1[0-2])\2(0[1-9]|[12]\d|3[01])(?!\d)/g;

/** The last date written in `path` as YYYY-MM-DD, or undefined when there is none. */
export function dateFromPath(path: string): string | undefined {
  let found: string | undefined;
  for (const m of path.matchAll(PATH_DATE)) {
    found = normalizeDate(`${m[1]}-${m[3]}-${m[4]}`) ?? found;
  }
  return found;
}
