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

/** An Organization mention for the body named at the start of the title [start, end), if any. */
export function organizationInTitle(ctx: RecognizeContext, start: number, end: number, head: string): Mention | undefined {
  const full = ctx.text.slice(start, end - head.length);
  const lead = LEADING.exec(full)?.[0].length ?? 0;
  const body = full.slice(lead).replace(TRAILING, "");
  if (body.length < 2) return undefined;
  const suffix = wordEndingAt(body, body.length, ctx.lex.orgSuffixes);
  // A bare ending (公司董事长) names no body unless it is a body's name of its own (国务院).
  if (!suffix || (body.length === suffix.length && !ctx.lex.organizations.has(body) && !LOCAL_COMMITTEE.test(body))) return undefined;
  const s = start + lead;
  return { type: "Organization", text: body, start: s, end: s + body.length, rule: "title-organization", attrs: { kind: ctx.lex.orgSuffixes.get(suffix)!.kind } };
}
