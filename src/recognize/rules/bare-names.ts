/**
 * Rules: later mentions of a name already found as a person in the article (朱某指出…), and
 * names without a title before them that a speech or action verb, a title, an honorific or a
 * date follows (杨某说, 李某主席, 克林顿总统), that an election names (选举某某为) or that the
 * segmenter reads as an unknown name.
 */
import type { Mention, Token } from "../../types.js";
import { isCjk, tokenAt, type RecognizeContext } from "../context.js";
import { compoundSurnameAt, readName, surnameAt } from "../person-name.js";
import { wordAt, wordIndex } from "../scan.js";
import { electedBefore } from "./name-list.js";

// Verbs that, right after an unknown name, make it a person (杨某说, 张某介绍).
const PERSON_VERBS = [
  "说", "表示", "介绍", "告诉", "认为", "坦言", "笑着说", "回忆", "透露", "指出", "强调", "主持", "出席",
  "参加", "致辞", "讲话", "发言", "陪同", "调研", "考察", "会见", "看望", "带领", "提出", "希望", "要求",
  "一行", "同志", "先生", "女士", "委员", "代表", "书记", "主任", "和", "与", "在", "是", "的", "：",
];
/** How many of PERSON_VERBS, at its start, are speech verbs. */
const STRONG_VERBS = 12;
/** How many of PERSON_VERBS, at its end, only follow a name without saying it is one (楼某某：…). */
const WEAK_FOLLOWERS = 6;
const SPEECH_VERBS = PERSON_VERBS.slice(0, STRONG_VERBS);
const STRONG_FOLLOWERS = PERSON_VERBS.slice(0, -WEAK_FOLLOWERS);
// After a role word (某某委员建议) a name is spoken of by more verbs.
const ROLE_VERBS = [...SPEECH_VERBS, "建议", "提出"];

// Last characters of three-character unknown words that start with a surname but name places,
// bodies, things or kinds of people (伍某县, 敖某队, 白螺段, 李老师), or glue a verb to a subject (路人要).
const NOT_NAME_LAST = "省市县区镇乡村州队团杯赛车树章性雨师长员家院所站场厂园馆路街段港湾河山湖岛寺庙宫门楼台亭阁城要会能说是去来出";

// Last characters of nouns that start with a surname character, which no given name ends with.
const NOT_NAME_NOUN_END = "感证率";

// Surnames that are also function words, which the HMM glues to the next word (毕业于北大, 但人…, 那棵…).
const FUNCTION_WORD_SURNAMES = "于向和与从将为以由把但那全";

const HONORIFIC_ROLES = new Set(["先生", "女士", "同志"]);

// Honorifics and academic titles written after a name (title heads are the lexicon's).
const HONORIFICS = /^(?:院士|博士|老人|大夫|医生|师傅|烈士|总裁|总监|经理|教练|队长|主编|导演|元帅|将军|上将)/;
// A date right after a name the segmenter reads whole (张某某30日在…, 某某今天下午抵达, 某某今年72岁).
const DATE_AFTER = /^(?:[0-9０-９]{1,2}日|今天|昨天|今日|昨日|日前|近日|当天|今年)/;

/** Person mentions for every occurrence of `names`. */
export function repeatedNames(ctx: RecognizeContext, names: Iterable<string>): Mention[] {
  const { text } = ctx;
  const out: Mention[] = [];
  for (const name of names) {
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) {
      // 王某 inside 王某某 is another person: a name must not run on into a CJK character
      // that the name reader would take as part of it.
      if (readName(ctx, at) > name.length && isCjk(text, at + name.length)) continue;
      out.push({ type: "Person", text: name, start: at, end: at + name.length, rule: "bare-name", attrs: { titles: [] } });
    }
  }
  return out;
}

/**
 * Person mentions for unknown names followed by a speech or action verb (杨某说, 郑某委员建议),
 * and names the segmenter reads whole followed by a title or honorific (李某主席, 克林顿总统).
 */
export function speakingNames(ctx: RecognizeContext): Mention[] {
  const { text } = ctx;
  const out: Mention[] = [];
  for (const t of ctx.tokens) {
    // Unknown names are often split by the segmenter (杨/玫): read them from the surname on.
    if (!surnameAt(ctx, t.start) && !compoundSurnameAt(ctx, t.start)) {
      if (foreignSpeaker(ctx, t)) out.push(person(text, t.start, t.end));
      continue;
    }
    // 斯卡尔法罗总统: a transliteration may start with a surname character.
    if (t.text.length > 4 || (t.text.length >= 2 && !/^(nr|x)/.test(t.tag ?? ""))) {
      if (foreignSpeaker(ctx, t)) out.push(person(text, t.start, t.end));
      continue;
    }
    // 某某一行来湘表示: after a party (一行) comes its verb (来, 赴), not a name.
    if (text.endsWith("一行", t.start)) continue;
    const length = readName(ctx, t.start, true);
    if (!length) continue;
    const end = t.start + length;
    // A three-character unknown word that the segmenter's HMM put together from a surname on is
    // a name with no verb needed (83% of them on the People's Daily NER sentences; the
    // dictionary's own nr words of that length only 61%: 智能化, 高水平), unless it ends like a
    // thing or starts with a function word.
    if (length === 3 && t.text.length === 3 && t.tag === "x" && !NOT_NAME_LAST.includes(text[end - 1]!) && !FUNCTION_WORD_SURNAMES.includes(text[t.start]!) && !namesPlaceOrBody(ctx, end)) {
      out.push(person(text, t.start, end));
      continue;
    }
    // 选举某某为…副主席: an election or appointment names a person.
    if (text[end] === "为" && electedBefore(text, t.start)) {
      out.push(person(text, t.start, end));
      continue;
    }
    // 某某委员建议: a role word may stand between the name and its verb.
    const role = /^(?:委员|代表|同志|书记|主任|局长|院长|校长|老师|教授|先生|女士)/.exec(text.slice(end, end + 2))?.[0] ?? "";
    // 江某同志, 李某主席, 梅某教授: a word the segmenter itself takes for a name, with a title or
    // honorific right after it, needs no verb.
    // 邵某某先生: an honorific vouches for a name the segmenter split (邵/一夫), if the name ends
    // where a word ends (not 门/负责同志). A two-character word before 代表 is mostly a group (师生代表).
    const endsWord = tokenAt(ctx, end - 1)?.end === end;
    // 苏溪镇人大代表: a word that ends like a division is the place a title belongs to.
    const division = /[省市县区镇乡村]$/.test(text.slice(t.start, end));
    if ((t.text.length === length && !division && (titleAt(ctx, end) || (role && (role !== "代表" || length >= 3)))) || (HONORIFIC_ROLES.has(role) && endsWord)) {
      out.push(person(text, t.start, end));
      continue;
    }
    const after = text.slice(end + role.length, end + role.length + 4).replace(/^[则也还又]/, "");
    if (t.text.length === length && length >= 3 && DATE_AFTER.test(after)) {
      out.push(person(text, t.start, end));
      continue;
    }
    // The segmenter's dictionary tags many common two-character words nr (文明, 顾客): those
    // need more than a conjunction or 的 after them.
    // 群众幸福感的, 许可证的: words the dictionary tags nr that end like a feeling, a document or a rate.
    if (length === 3 && NOT_NAME_NOUN_END.includes(text[end - 1]!)) continue;
    const verbs = /^nr/.test(t.tag ?? "") && t.text.length === length ? (length >= 3 ? PERSON_VERBS : STRONG_FOLLOWERS) : role ? ROLE_VERBS : SPEECH_VERBS;
    if (!verbs.some((v) => after.startsWith(v))) continue;
    out.push(person(text, t.start, end));
  }
  return out;
}

// What follows a foreign name, and only a name, in Chinese news (布拉特先生, 姆贝基副总统).
const FOREIGN_NAME_FOLLOWERS = /^(?:先生|女士|夫人|总统|副总统|总理|副总理|首相|议长|国王|女王|外长|大使)/;
const ENUMERATION = /^[一二三四五六七八九十两几]|^[其首]是$/;

// 克林顿说, 某某某总统表示, 布拉特先生: a name without a Chinese surname, before a speech verb,
// a title or an honorific when the segmenter's dictionary knows it as a name (nr, three or
// more characters); before a follower that only a name takes when the segmenter reads it as
// a transliteration (nrt, which it also gives 二十大) or an unknown word, or as a long place
// name (库马拉通加总统).
function foreignSpeaker(ctx: RecognizeContext, t: Token): boolean {
  if (t.text.length < 2 || t.text.length > 6 || !isCjk(ctx.text, t.start)) return false;
  // Tags are looked up lazily, so the text after the word is tested first.
  const after = ctx.text.slice(t.end, t.end + 4);
  if (FOREIGN_NAME_FOLLOWERS.test(after)) {
    // 二是总统…: an enumeration the segmenter did not know, not a name.
    if (ENUMERATION.test(t.text)) return false;
    const tag = t.tag ?? "";
    return tag === "nr" || tag === "nrt" || tag === "x" || (tag === "ns" && t.text.length >= 4 && !t.text.endsWith("国"));
  }
  return t.text.length >= 3 && t.tag === "nr" && (SPEECH_VERBS.some((v) => after.startsWith(v)) || DATE_AFTER.test(after) || titleAt(ctx, t.end));
}

// What makes the unknown word before it the name of a place, a site or a body (孟某坝水电站,
// 曲江区/马某/镇): a division's level, a kind of site, a body's ending.
const SITE_AFTER = /^(?:[省市县区镇乡村]|水电站|电站|水库|大坝|大桥|公园|园区|景区|小区|社区|街道|大道|广场|码头|机场|车站|隧道|湿地)/;
function namesPlaceOrBody(ctx: RecognizeContext, end: number): boolean {
  return SITE_AFTER.test(ctx.text.slice(end, end + 3)) || !!wordAt(ctx.text, end, wordIndex(ctx.lex.standaloneOrgSuffixes));
}

/** True when a title head or an honorific starts at `i`. */
function titleAt(ctx: RecognizeContext, i: number): boolean {
  return HONORIFICS.test(ctx.text.slice(i, i + 2)) || !!wordAt(ctx.text, i, wordIndex(ctx.lex.titleHeads));
}

function person(text: string, start: number, end: number): Mention {
  return { type: "Person", text: text.slice(start, end), start, end, rule: "tagged-name", attrs: { titles: [] } };
}
