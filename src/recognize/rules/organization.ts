/**
 * Rule: organizations in running text, from the list of well-known bodies and from name
 * endings (…有限公司, …委员会, …局), reaching back over the words of the name.
 */
import type { Mention } from "../../types.js";
import { tokenAt, type RecognizeContext } from "../context.js";
import { findWords } from "../scan.js";
import { titleStart } from "../title-span.js";

// Tags of words that are complete names of their own; a suffix inside one (格局, 布局) is not an ending.
const NAME_TAGS = /^(nt|nz|ns|x|j)/;

// Common words that end like an organization (格局 with 局) and are none.
const FALSE_ENDINGS = ["布局", "格局", "大局", "结局", "当局", "全局", "开局", "僵局", "时局", "政局", "变局", "新局", "棋局", "残局"];

/** Organization mentions. */
export function organizations(ctx: RecognizeContext): Mention[] {
  const { text, lex } = ctx;
  const out: Mention[] = [];
  for (const { start, word } of findWords(text, lex.organizations)) {
    // 商务部门 is not 商务部: a listed name must end where a word ends.
    const last = tokenAt(ctx, start + word.length - 1);
    if (last && last.end > start + word.length) continue;
    out.push({ type: "Organization", text: word, start, end: start + word.length, rule: "gazetteer-organization", attrs: { kind: lex.organizations.get(word)! } });
  }
  for (const { start: s, word } of findWords(text, lex.standaloneOrgSuffixes)) {
    const end = s + word.length;
    const covering = tokenAt(ctx, s);
    if (covering && covering.start < s && covering.end <= end && covering.text.length <= word.length + 1 && !NAME_TAGS.test(covering.tag ?? "")) continue;
    // 局长, 委员会主任: the ending is the start of a title head, not the end of a name.
    if (covering && covering.end > end && !NAME_TAGS.test(covering.tag ?? "")) continue;
    const start = titleStart(ctx, s);
    if (s - start < 2 || FALSE_ENDINGS.some((w) => text.slice(start, end).endsWith(w))) continue;
    // 中心城市, 枢纽中心: a short …中心 is a description, not a body.
    if (word === "中心" && end - start < 6) continue;
    const name = text.slice(start, end);
    if (/^[市县区省镇乡]$/.test(name[0]!) && name.length <= word.length + 1) continue;
    out.push({ type: "Organization", text: name, start, end, rule: "suffix-organization", attrs: { kind: lex.orgSuffixes.get(word)!.kind } });
  }
  return out;
}
