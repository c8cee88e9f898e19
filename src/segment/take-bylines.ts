// Takes the bylines that sign an article from inside its lines: a byline line of its own
// (`（记者 张三）` under the last paragraph) or a bracketed byline ending a line (`…完成。（记者 张三）`).

import { bylineOf } from "./find-article-starts.js";
import { parseByline } from "./parse-byline.js";
import type { Byline } from "./parse-byline.js";

/** A bracket at the end of a line that names a role: `（记者 张三 通讯员 李四）`. */
const TRAILING_BRACKET = /[（(]([^（()）]{0,10}(?:记者|通讯员)[^（()）]{1,30})[)）]$/u;

/**
 * Returns `lines` without the bylines in them and the people those bylines name (null
 * when none). Only bylines with a role word are taken from line ends, so that a
 * bracketed aside (`（以下简称大奖）`) stays in the text.
 */
export function takeBylines(lines: readonly string[]): { lines: string[]; byline: Byline | null } {
  const kept: string[] = [];
  const found: Byline[] = [];
  for (const line of lines) {
    const own = line === "" ? null : bylineOf(line);
    if (own) {
      found.push(own);
      continue;
    }
    const bracket = TRAILING_BRACKET.exec(line);
    const signed = bracket ? parseByline(bracket[1] as string, { requireRole: true }) : null;
    if (bracket && signed) {
      found.push(signed);
      kept.push(line.slice(0, bracket.index).trimEnd());
    } else kept.push(line);
  }
  return { lines: kept, byline: mergeBylines(...found) };
}

/** The people of several bylines together, each name once, in order; null for none. */
export function mergeBylines(...bylines: (Byline | null)[]): Byline | null {
  const present = bylines.filter((b): b is Byline => b !== null);
  if (present.length === 0) return null;
  return {
    reporters: [...new Set(present.flatMap((b) => b.reporters))],
    correspondents: [...new Set(present.flatMap((b) => b.correspondents))],
  };
}
