/**
 * The document a recognition rule reads: article text, its tokens, the dictionaries, and an
 * index from character offset to token so rules can ask for word boundaries cheaply.
 */
import type { Token } from "../types.js";
import type { Lexicon } from "./lexicon.js";

export interface RecognizeContext {
  text: string;
  tokens: Token[];
  lex: Lexicon;
  /** Publication date (YYYY-MM-DD), for relative dates. */
  date: string | null;
  /** tokenIndex[i] = index of the token covering character i, or -1 for none. */
  tokenIndex: Int32Array;
}

/** Builds the context and its offset → token index. */
export function makeContext(text: string, tokens: Token[], lex: Lexicon, date: string | null): RecognizeContext {
  const tokenIndex = new Int32Array(text.length).fill(-1);
  tokens.forEach((t, k) => tokenIndex.fill(k, t.start, t.end));
  return { text, tokens, lex, date, tokenIndex };
}

/** The token covering offset `i`, if any. */
export function tokenAt(ctx: RecognizeContext, i: number): Token | undefined {
  const k = i >= 0 && i < ctx.tokenIndex.length ? ctx.tokenIndex[i]! : -1;
  return k >= 0 ? ctx.tokens[k] : undefined;
}

/** True when text[start, end) begins and ends at word boundaries of the segmentation. */
export function standsAsWords(ctx: RecognizeContext, start: number, end: number): boolean {
  const first = tokenAt(ctx, start);
  const last = tokenAt(ctx, end - 1);
  return (!first || first.start === start) && (!last || last.end === end);
}

/** True when the character at `i` is a CJK ideograph (U+3400–9FFF, U+F900–FAFF). */
export function isCjk(text: string, i: number): boolean {
  const c = text.charCodeAt(i); // NaN outside the text
  return (c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff);
}
