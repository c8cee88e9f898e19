/**
 * Rule: organizations in running text, from the list of well-known bodies, countries' teams
 * (中国女队), words the segmenter's dictionary knows as bodies (农业部) and name endings
 * (…有限公司, …委员会, …局), reaching back over the words of the name.
 */
import type { Mention } from "../../types.js";
import { tokenAt, type RecognizeContext } from "../context.js";
import { findWords } from "../scan.js";
import { divisionLength, titleStart } from "../title-span.js";

// Tags of words that are complete names of their own; a suffix inside one (格局, 布局) is not an ending.
const NAME_TAGS = /^(nt|nz|ns|x|j)/;

// Verbs that end like a body (研究部署 in 署), whatever the dictionary tags them (nt).
const VERB_ENDINGS = ["部署", "签署"];

// Common words that end like an organization (格局 with 局) and are none.
const FALSE_ENDINGS = ["布局", "格局", "大局", "结局", "当局", "全局", "开局", "僵局", "时局", "政局", "变局", "新局", "棋局", "残局"];

// Endings that are also common nouns (银行, 公司, 中心): names with them need a proper name.
const GENERIC_KINDS = new Set(["company", "bank", "center", "school", "hospital", "institute"]);

// A body's name says whose it is: a proper name (a place, a brand) or a level (市财政局).
// 积极探索村镇银行 has none: there 村镇银行 is the common noun.
const PROPER_TAG = /^(ns|nz|nt|nr|x|j)/;
const LEVEL_START = /^(?:[市县省区镇乡村州]|中国|全国|国家|中央|中华)/;

function namesSomething(ctx: RecognizeContext, start: number, end: number): boolean {
  if (LEVEL_START.test(ctx.text.slice(start, end)) || divisionLength(ctx, start)) return true;
  for (let i = start; i < end; ) {
    const t = tokenAt(ctx, i);
    if (!t) return false;
    // A name the segmenter reads whole with its ending (微软公司, 上市公司) is the tagged-word rule's.
    if (t.end <= end && PROPER_TAG.test(t.tag ?? "") && !/^[0-9.,]+$/.test(t.text)) return true;
    i = t.end;
  }
  return false;
}

const PARLIAMENT = /(?:议会|国会|杜马|议院)$/;
// Words the dictionary tags nt that name a kind of body or place, or a part of a region, not a
// body: 上市公司, 临时政府, 党和政府, 加油站, 公共场所, 黄淮中南部.
const GENERIC_BODY = /^(?:新|临时|上市|党和|当地|地方|各级|各地|外国|跨国|公共)|[东南西北中内外全]部$|加油站$|场所$/;

/** How far before a body's name its list separator may stand. */
const MAX_LIST_ITEM = 8;

const TEAM = /^(?:国家)?(?:男|女)?(?:子)?(?:足球|篮球|排球|乒乓球|羽毛球|网球|冰球|手球|水球)?队(?![员长伍])/;

// In a list of bodies (甲有限公司、乙某肉制品股份有限公司) an item runs from the 、 after the body
// before it, over words the name rule would stop at (a name cut as 华/统/肉制品, 统 a verb).
function listItemStart(text: string, start: number, found: Mention[]): number {
  const sep = text.lastIndexOf("、", start - 1);
  if (sep < 0 || start - sep > MAX_LIST_ITEM || !found.some((m) => m.type === "Organization" && m.end === sep)) return start;
  // 、浙江大学和中国银行丽水分行: a conjunction or another body in between ends the item first.
  const between = text.slice(sep + 1, start);
  if (!/^[\u4e00-\u9fff]*$/.test(between) || /[和及与或并]/.test(between)) return start;
  return found.some((m) => m.type === "Organization" && m.start > sep && m.start < start) ? start : sep + 1;
}

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
  // 中国队, 巴西女队, 韩国女子排球队: a country's team.
  for (const { start, word } of findWords(text, lex.countries)) {
    const team = TEAM.exec(text.slice(start + word.length, start + word.length + 8));
    if (!team) continue;
    const end = start + word.length + team[0].length;
    out.push({ type: "Organization", text: text.slice(start, end), start, end, rule: "country-team", attrs: { kind: "sports" } });
  }
  // 农业部, 美国国会: a word the segmenter's dictionary tags as an organization's name (nt) with a
  // body's ending; the tag alone also covers meetings and relations (党组会, 中巴关系).
  let endings: string[] | undefined;
  for (const t of ctx.tokens) {
    if (t.text.length < 3 || t.tag !== "nt" || GENERIC_BODY.test(t.text) || VERB_ENDINGS.some((w) => t.text.endsWith(w))) continue;
    endings ??= [...lex.orgSuffixes.keys()];
    const ending = endings.find((suffix) => t.text.endsWith(suffix)) ?? PARLIAMENT.exec(t.text)?.[0];
    if (!ending) continue;
    out.push({ type: "Organization", text: t.text, start: t.start, end: t.end, rule: "tagged-organization", attrs: { kind: lex.orgSuffixes.get(ending)?.kind ?? "legislature" } });
  }
  for (const { start: s, word } of findWords(text, lex.standaloneOrgSuffixes)) {
    // An ending that is a whole name of its own (党中央, 国务院) names nothing before it.
    if (lex.organizations.has(word)) continue;
    const end = s + word.length;
    const covering = tokenAt(ctx, s);
    // 格局, 布局: a short common word that ends like a body; but 市政府, 县政府 are bodies.
    const levelWord = !!covering && /^[省市县区镇乡]$/.test(text.slice(covering.start, s));
    if (covering && covering.start < s && covering.end <= end && covering.text.length <= word.length + 1 && !NAME_TAGS.test(covering.tag ?? "") && !levelWord) continue;
    // 局长, 委员会主任: the ending is the start of a title head, not the end of a name.
    if (covering && covering.end > end && !NAME_TAGS.test(covering.tag ?? "")) continue;
    const start = listItemStart(text, titleStart(ctx, s, 0, true), out);
    // Judged on the segmenter's last word, so 财政局 is not taken for 政局.
    const lastWord = tokenAt(ctx, end - 1);
    const tail = lastWord ? text.slice(lastWord.start, end) : "";
    // 省商务厅, 市财政局: a level word is prefix enough for a department.
    const levelOnly = s - start === 1 && /[省市县区]/.test(text[start]!) && word.length >= 2;
    if ((s - start < 2 && !levelOnly) || (FALSE_ENDINGS.some((w) => tail.endsWith(w)) && !NAME_TAGS.test(lastWord?.tag ?? "")) || VERB_ENDINGS.some((w) => tail.endsWith(w))) continue;
    // 中心城市, 枢纽中心: a short …中心 is a description, not a body.
    if (word === "中心" && end - start < 6) continue;
    const kind = lex.orgSuffixes.get(word)!.kind;
    if (GENERIC_KINDS.has(kind) && !namesSomething(ctx, start, s)) continue;
    const name = text.slice(start, end);
    out.push({ type: "Organization", text: name, start, end, rule: "suffix-organization", attrs: { kind } });
  }
  return out;
}
