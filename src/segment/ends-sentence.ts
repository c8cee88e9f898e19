// Tells whether a line of newspaper text ends a sentence, the signal that separates a real
// paragraph break (or the end of a body) from a line the layout wrapped mid-sentence.

/** Punctuation that closes a sentence in Chinese (and ASCII) news text. */
const FINAL = "。！？!?…";
/** Closing quotes and brackets that may follow the sentence-final mark (`……”`, `。）`). */
const CLOSERS = "”’」』）)》〉】\"'";

/**
 * True when `line` (trailing white space ignored) ends with sentence-final punctuation,
 * possibly followed by closing quotes or brackets: `…发展。`, `“有点紧张。”`, `完成！`.
 * A closing quote without a final mark before it (`打响“慈善金华”`) does not end a sentence.
 */
export function endsSentence(line: string): boolean {
  const s = line.trimEnd();
  let i = s.length - 1;
  while (i >= 0 && CLOSERS.includes(s[i] as string)) i--;
  return i >= 0 && FINAL.includes(s[i] as string);
}
