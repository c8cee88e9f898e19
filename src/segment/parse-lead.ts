// Recognises the lead that opens a news item: the paper's own `本报讯` or another outlet's
// dateline (`新华社北京2月14日电`), and the byline that may follow it (`(记者吴晓梅)`, `记者甲报道：`).

import { parseByline } from "./parse-byline.js";
import type { Byline } from "./parse-byline.js";

/** What a lead at the start of a paragraph says and what text remains. */
export interface Lead {
  /** `own` for the paper's `本报…讯`, `outlet` for another outlet's dateline. */
  kind: "own" | "outlet";
  /** The lead as written: `本报讯`, `本报义乌讯`, `新华社北京8月24日电`, `央视网消息：`. */
  dateline: string;
  /**
   * The paragraph to keep in the body: after the lead for a bare `本报讯` (it carries no
   * information), the whole paragraph for a lead that names a place, a date or another
   * outlet (`本报义乌讯`, `新华社北京2月14日电`: names the text is expected to contain); a
   * byline right after the lead, bracketed or written out before 报道, is removed in both cases
   * (a space then separates the lead from the sentence after it).
   */
  rest: string;
  /** People of a byline right after the lead (bracketed, or written out before 报道), if any. */
  byline: Byline | null;
}

/** The paper's own lead: 本报讯, 本报义乌讯, 本报12月7日讯, 本报北京8月24日电, 【本报讯】. */
const OWN_LEAD = /^【?本报[\p{Script=Han}\d]{0,10}?(?:讯|电)】?/u;
/** The bare lead, which says nothing beyond "our paper reports". */
const BARE_OWN_LEAD = /^本报(?:讯|电)$/u;
/** Another outlet (新华社, 人民网, 浙江在线, 四川新闻网) with place and date, or its 讯/消息. */
const OUTLET_LEAD =
  /^\p{Script=Han}{1,8}?(?:社|网|报|台|在线|新闻)(?:\p{Script=Han}{0,6}?\d{1,2}月\d{1,2}日(?:电|讯)|讯|消息[：:])/u;
/** A bracketed byline right after a lead; long brackets are text, not bylines. */
const BRACKETED = /^\s*[（(]([^（()）]{1,40})[)）]/u;
/** A byline written out before 报道 (`记者甲、乙报道：`, `新华社记者甲、本报记者乙报道：`); it needs a role word. */
const REPORTED = /^\s*([^：:。，,；;！？（()）]{3,60}?)\s*报道\s*[：:]\s*/u;

/**
 * Parses the lead at the start of `paragraph`, or returns null when it has none.
 * Only the start is examined: a `本报讯` inside a sentence is quoted text, not a lead.
 */
export function parseLead(paragraph: string): Lead | null {
  const own = OWN_LEAD.exec(paragraph);
  const outlet = own ? null : OUTLET_LEAD.exec(paragraph);
  const match = own ?? outlet;
  if (!match) return null;
  const dateline = match[0].replace(/[【】]/gu, "");
  let after = paragraph.slice(match[0].length);
  let byline: Byline | null = null;
  const bracket = BRACKETED.exec(after);
  if (bracket) {
    byline = parseByline(bracket[1] as string);
    if (byline) after = after.slice(bracket[0].length);
  }
  const reported = byline ? null : REPORTED.exec(after);
  if (reported) {
    byline = parseByline(reported[1] as string, { requireRole: true });
    if (byline) after = after.slice(reported[0].length);
  }
  // Where a byline is taken out, a space keeps the lead apart from the sentence it stood
  // before (…3月18日电 全国春季…会议), as when it is printed without one.
  const rest = BARE_OWN_LEAD.test(dateline)
    ? after.replace(/^[\s：:]+/u, "")
    : byline
      ? `${match[0]} ${after.trimStart()}`
      : paragraph;
  return { kind: own ? "own" : "outlet", dateline, rest, byline };
}
