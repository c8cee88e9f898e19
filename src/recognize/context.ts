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

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;

/** True when the character at `i` is a CJK ideograph. */
export function isCjk(text: string, i: number): boolean {
  return i >= 0 && i < text.length && CJK.test(text[i]!);
}
