// Counts the characters of a line as a reader sees them, for the width measures of the layout.

/**
 * The number of code points in `s`, as `[...s].length` gives it, without building the array:
 * the layout measures every line of every page, and the arrays were a tenth of segmenting.
 */
export function codePointLength(s: string): number {
  let surrogatePairs = 0;
  for (let i = 0; i < s.length; i++) {
    const unit = s.charCodeAt(i);
    if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < s.length) {
      const next = s.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        surrogatePairs++;
        i++;
      }
    }
  }
  return s.length - surrogatePairs;
}
