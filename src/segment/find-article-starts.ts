// Finds where the articles of a page begin: at bylines (`▢ 全媒体记者 王婷`, `本报记者 张三`,
// `（记者 甲 通讯员 乙）`) and at leads (`本报讯`, `新华社北京2月14日电`) not preceded by a byline.

import { endsSentence } from "./ends-sentence.js";
import { parseByline } from "./parse-byline.js";
import type { Byline } from "./parse-byline.js";
import { parseLead } from "./parse-lead.js";
import type { Lead } from "./parse-lead.js";

/** The first line of an article and the byline printed on it, if that line is a byline. */
export interface ArticleStart {
  /** 0-based index into the lines. */
  line: number;
  byline: Byline | null;
}

const MARKED = /^[▢□■◇◆●○◎]/u;
const BRACKETED = /^[（(][^（()）]*[)）]$/u;
/** A byline without a mark starts with its role word (`本报记者 张三 李四`). */
const ROLE_FIRST = /^(?:\p{Script=Han}{0,8}?记者|(?:本报|特约)?通讯员)/u;
/** Bylines are short; a long line that starts with `记者` is a sentence. */
const MAX_BYLINE_LENGTH = 40;

/**
 * Returns the starts of the articles in `lines` (trimmed), in order. A byline line
 * starts an article, except one without a box mark right under a line that ends a
 * sentence: that signs the article above (`…完成。` / `（记者 张三）`). A lead starts an
 * article too. The next non-blank line after a starting byline (a lead, or more of the
 * byline: `通讯员 李四`) belongs to that article and starts none.
 */
export function findArticleStarts(lines: readonly string[]): ArticleStart[] {
  const starts: ArticleStart[] = [];
  let previous = -1;
  // Last line of the byline that started the current article, while nothing else followed.
  let head = -1;
  lines.forEach((line, i) => {
    if (line === "") return;
    const continuesHead = head >= 0 && head === previous;
    const byline = bylineOf(line);
    const signsAbove = i > 0 && lines[i - 1] !== "" && endsSentence(lines[i - 1] as string) && !MARKED.test(line);
    if (byline && (continuesHead || !signsAbove)) {
      if (!continuesHead) starts.push({ line: i, byline });
      head = i;
    } else {
      if (!continuesHead && startsItem(parseLead(line))) starts.push({ line: i, byline: null });
      head = -1;
    }
    previous = i;
  });
  return starts;
}

/**
 * Leads that open a news item: the paper's own, or an outlet's dated dateline
 * (`新华社北京2月14日电`); `据某网消息：` opens a paragraph, not an item.
 */
function startsItem(lead: Lead | null): boolean {
  return lead !== null && (lead.kind === "own" || /\d日(?:电|讯)$/u.test(lead.dateline));
}

/** The byline `line` is, or null when it is another kind of line. */
export function bylineOf(line: string): Byline | null {
  if (line.length > MAX_BYLINE_LENGTH) return null;
  if (MARKED.test(line)) return parseByline(line);
  if (BRACKETED.test(line)) return parseByline(line, { requireRole: true });
  // Without a mark, insist on white space between role and names, so that a wrapped
  // sentence fragment (`记者王婷说`) is not taken for a byline.
  if (ROLE_FIRST.test(line) && /\s/u.test(line)) return parseByline(line, { requireRole: true });
  return null;
}
