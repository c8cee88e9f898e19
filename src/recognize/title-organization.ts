/**
 * The organization a title starts with (金华市委 in 金华市委书记, 民政部 in 民政部原副部长), when the
 * words before the head end like an organization.
 */
import type { Mention } from "../types.js";
import type { RecognizeContext } from "./context.js";
import { wordEndingAt } from "./scan.js";

// Session numbers and markers between a body and its office (十一届省政协, 民政部原副部长).
const LEADING = /^(?:[十一二三四五六七八九百零〇\d]+届|第[十一二三四五六七八九百零〇\d]+届)/;
const TRAILING = /(?:原|前|兼|常务|第一)+$/;
// The party committee of the paper's own province, city, county or district (县委书记): an
// organization although its name is only the level. Not a lexicon word: as a segmenter word
// it would split 某某县委 into place and 县委.
const LOCAL_COMMITTEE = /^[省市县区州]委$/;
// Heads that begin with a body of their own (纪委书记, 党组成员): with no body before them, the
// title names that one, of the place before it (县纪委, 金华市纪委).
const BODY_IN_HEAD = /^(?:纪委|党组)/;

/** An Organization mention for the body named at the start of the title [start, end), if any. */
export function organizationInTitle(ctx: RecognizeContext, start: number, end: number, head: string): Mention | undefined {
  const before = ctx.text.slice(start, end - head.length);
  const lead = LEADING.exec(before)?.[0].length ?? 0;
  let body = before.slice(lead).replace(TRAILING, "");
  let suffix = wordEndingAt(body, body.length, ctx.lex.orgSuffixes);
  const inHead = BODY_IN_HEAD.exec(head)?.[0];
  if (inHead && !suffix && body && !TRAILING.test(before)) {
    body += inHead;
    suffix = inHead;
  }
  if (body.length < 2) return undefined;
  // A bare ending (公司董事长) names no body unless it is a body's name of its own (国务院).
  if (!suffix || (body.length === suffix.length && !ctx.lex.organizations.has(body) && !LOCAL_COMMITTEE.test(body))) return undefined;
  const s = start + lead;
  return { type: "Organization", text: body, start: s, end: s + body.length, rule: "title-organization", attrs: { kind: ctx.lex.orgSuffixes.get(suffix)!.kind } };
}
