/**
 * Reads a Chinese personal name at an offset: a surname from the dictionary and a one- or
 * two-character given name, its length settled by where the next word starts.
 */
import type { Token } from "../types.js";
import { isCjk, tokenAt, type RecognizeContext } from "./context.js";
import { charFlags, wordAt, wordIndex } from "./scan.js";

// Words that follow a name and so cannot be its last character. Taken with the attendance cues
// of the lexicon; they decide 王某说 (2) against 王某某说 (3) where segmentation cannot.
const FOLLOWERS = [
  "等", "一行", "同志", "在", "和", "与", "及", "同", "说", "对", "向", "为", "将", "是", "也", "还", "就",
  "从", "到", "以", "把", "被", "让", "给", "率", "赴", "来", "去", "表示", "指出", "分别", "先后", "一同",
  "共同", "代表", "围绕", "作", "会见", "会谈", "看望", "带领", "介绍", "认为", "希望", "称", "讲", "于",
  "已", "又", "并", "都", "均", "亲自", "详细", "深入", "实地", "随后", "首先", "接着", "最后", "发表",
  "听取", "宣读", "通报", "传达", "委员", "的", "了", "时", "上", "边", "走", "主动", "充分", "积极", "强调",
  "致辞", "主持", "出席", "参加", "陪同", "调研", "考察", "讲话", "发言", "汇报", "宣布", "一起", "则",
  "所", "曾", "即", "笑", "告诉", "坦言", "回忆", "透露", "提醒", "解释", "问", "答", "现场", "会长", "带队",
];

const FOLLOWER_INDEX = wordIndex(FOLLOWERS);
const PARTICLE_FOLLOWERS = "等在和与及同说是也还就将对向为";
const CONJUNCTIONS = "和与及同";

// Words that start with a surname character but are not names when they stand after a title.
const NOT_NAMES = new Set(["高质量", "周年", "全面", "全市", "全省", "全县", "全国", "全体", "同时", "向前", "于是", "应邀"]);

// Tags the segmenter gives names and unknown words.
const NAME_TAG = /^(nr|x)/;

// Parts of speech a name never starts with (conjunctions, prepositions, particles, pronouns).
const FUNCTION_TAG = /^(c|p|u|r|d|y|e|o|m|q|f)/;
const CONNECTIVE_TAG = /^(c|p)/;
const CONNECTIVE_OR_ADVERB_TAG = /^(c|p|d)/;
const NOT_NAME_WORD = /^(c|p|u|r|d|y|e|o|m|q|f|t|v)/;
const LEVEL_CHARS = "省市县区镇乡村";
// Particles and time words that end a clause, not a given name (满意地说, 周二晚表示, 商量过).
const NOT_NAME_END = "的地得了过着此今晚吗呢吧啊";

/**
 * Length of the name starting at `pos`, or 0 when there is none. `strict` (no title in front
 * to vouch for it) also refuses a name that the segmenter reads as a common word (干部, 高度);
 * `inList` (the name follows a 、 of a list of names) accepts surnames that are also particles.
 */
export function readName(ctx: RecognizeContext, pos: number, strict = false, inList = false): number {
  const { text, lex } = ctx;
  if (!isCjk(text, pos)) return 0;
  let surname = compoundSurnameAt(ctx, pos);
  if (!surname && surnameAt(ctx, pos)) surname = 1;
  if (!surname) return 0;
  const first = tokenAt(ctx, pos);
  // The segmenter sometimes glues a title to the name after it (会长宫/蒲光): accept a name that
  // starts inside an unknown word, but not inside a known one, unless a title vouches for it
  // and the word only straddles the boundary (主/任何/志强: 主任 何志强).
  const straddles = !!first && first.start === pos - 1 && first.end === pos + 1;
  if (first && first.start !== pos && first.tag !== "x" && (strict || !straddles)) return 0;
  // Inside a list (甲、曾某、乙) the separators vouch for the name; elsewhere 曾/向/于 are words.
  if (!inList && strict && first && first.text.length === 1 && first.tag && FUNCTION_TAG.test(first.tag)) return 0;
  // 校长和夫人, 村民向他们: a conjunction or preposition before a word of its own starts a phrase, even after a title.
  // 书记和镇直部门: nor before a word the segmenter does not know.
  // But after a title, 于/向 before a given name that a cue or a separator follows is a surname (书记于/军春/主持).
  if (!inList && first && first.text.length === 1 && CONNECTIVE_TAG.test(first.tag ?? "") && (startsWord(ctx, pos + 1) || tokenAt(ctx, pos + 1)?.tag === "x") && (strict || !givenBeforeCue(ctx, pos + 1))) return 0;
  // 市长高度重视: a word of the dictionary that runs past a one-character given name is no name;
  // after a title, one it tags a proper noun (nz) is the name it knows (副主席周某某).
  // 欧阳建/军: a word that runs one character past a compound surname is the segmenter's mistake.
  const pastCompound = surname >= 2 && first?.start === pos && first.text.length === surname + 1;
  if (first && first.text.length >= 3 && !NAME_TAG.test(first.tag ?? "") && (strict || first.tag !== "nz") && !pastCompound) return 0;
  // 领导人经常互访, 市长满意地说, 总理周二晚表示: a function word, verb or time word of the
  // dictionary is no name, even after a title, unless a verb stands alone in a list of titled
  // names (纪委书记甘露，副校长某某): no clause goes on after it.
  // 鲜于/v: a compound surname the segmenter reads as a word of its own is no such word.
  if (first && first.start === pos && first.text.length >= 2 && NOT_NAME_WORD.test(first.tag ?? "") && !(!strict && isListedVerb(ctx, first)) && !(surname >= 2 && first.text.length === surname)) return 0;
  const g = pos + surname;
  // 陈和生/x, 冉/向东: a given name may start like a follower (和, 向) when the segmenter reads the
  // name whole or the given name as a name of its own.
  const given = tokenAt(ctx, pos + surname);
  // 市长于/近日强调: a time word after a surname that is also a word (于, 在) is a phrase.
  if (given?.start === g && given.text.length >= 2 && given.tag?.startsWith("t") && first && (first.start !== pos || CONNECTIVE_OR_ADVERB_TAG.test(first.tag ?? ""))) return 0;
  const whole =
    !!first && first.start === pos && NAME_TAG.test(first.tag ?? "") &&
    (first.text.length === surname + 2 || (first.text.length === surname && given?.start === pos + surname && given.text.length <= 2 && NAME_TAG.test(given.tag ?? "")));
  if (!isCjk(text, g) || (startsFollower(ctx, g) && !(whole && !wordAt(text, g, wordIndex(lex.titleHeads))))) return 0;
  let length = surname + 1;
  const third = g + 1;
  // A word that starts at the third character ends the name before it, unless what follows the
  // third character is a follower itself (赵某/平等 → 赵某平 等): a word or a frequent particle,
  // not a rarer character that the word keeps (孟某/回答).
  const follows = followerAt(ctx, third + 1);
  // 戴/永和/nz，, 戴/永和/nz出席: a given name the segmenter reads as one name-like word before a
  // separator or a cue is whole, even when its second character is a follower (和): a
  // conjunction joins no verb. 李/明说/v， is a verb.
  const wholeGiven =
    given?.start === g && given.text.length === 2 && /^(nr|nz|x)/.test(given.tag ?? "") &&
    (SEPARATORS[text.charCodeAt(third + 1)] === 1 || (CONJUNCTIONS.includes(text[third]!) && !!wordAt(text, third + 1, wordIndex(lex.attendanceCues))));
  // 任立/平作/n 专题报告: after a title, a noun the segmenter made of a name's last character and
  // the 作 that follows names is that character and the verb (工作/vn, 合作/vn are words).
  const atThird = tokenAt(ctx, third);
  const gluedZuo = !strict && atThird?.start === third && atThird.text.length === 2 && text[third + 1] === "作" && atThird.tag === "n";
  if (isCjk(text, third) && !NOT_NAME_END.includes(text[third]!) && (wholeGiven || (!startsFollower(ctx, third) && (!startsWord(ctx, third) || gluedZuo || follows.length >= 2 || (follows.length === 1 && PARTICLE_FOLLOWERS.includes(follows)))))) {
    length = surname + 2;
  }
  // 欧阳/ns: a compound surname the segmenter reads as a word of its own is no common word.
  if (strict && first && first.text.length >= 2 && !NAME_TAG.test(first.tag ?? "") && !(surname >= 2 && first.text.length === surname)) return 0;
  // 负责人向市政协委员汇报: a one-character given name that is a level (市, 县) begins a body's name.
  if (strict && length === surname + 1 && LEVEL_CHARS.includes(text[g]!)) return 0;
  const name = text.slice(pos, pos + length);
  return NOT_NAMES.has(name) || NOT_NAMES.has(text.slice(pos, pos + 2)) ? 0 : length;
}

const SEPARATORS = charFlags("，、。；");

// A two-character verb between a title and a separator, which is neither a cue nor a follower
// (书记强调， is the title's holder speaking).
function isListedVerb(ctx: RecognizeContext, word: Token): boolean {
  return word.text.length === 2 && !!word.tag?.startsWith("v") && SEPARATORS[ctx.text.charCodeAt(word.start + 2)] === 1 && !startsFollower(ctx, word.start);
}

const surnameFlags = new WeakMap<ReadonlySet<string>, Uint8Array>();

/** True when one of the single-character surnames stands at `pos`. */
export function surnameAt(ctx: RecognizeContext, pos: number): boolean {
  let flags = surnameFlags.get(ctx.lex.surnames);
  if (!flags) surnameFlags.set(ctx.lex.surnames, (flags = charFlags([...ctx.lex.surnames].join(""))));
  return flags[ctx.text.charCodeAt(pos)] === 1;
}

/** Length of the compound surname (欧阳, 爱新觉罗) at `pos`, or 0. */
export function compoundSurnameAt(ctx: RecognizeContext, pos: number): number {
  const { text } = ctx;
  const starts = compoundStarts(ctx.lex.compoundSurnames);
  const first = text.charCodeAt(pos);
  if (starts.firsts[first] !== 1 || !starts.pairs.has(first * 0x10000 + text.charCodeAt(pos + 1))) return 0;
  for (let n = 4; n >= 2; n--) if (ctx.lex.compoundSurnames.has(text.slice(pos, pos + n))) return n;
  return 0;
}

// Most characters start no compound surname, and common ones that do (马, 东, 平, openings of
// minority names) are rarely followed by its second character: flags of first characters and
// a set of first two answer at once, without a string per position.
let startsOf: { surnames: Set<string>; firsts: Uint8Array; pairs: Set<number> } | undefined;
function compoundStarts(surnames: Set<string>): { firsts: Uint8Array; pairs: Set<number> } {
  if (startsOf?.surnames !== surnames) {
    const names = [...surnames];
    startsOf = { surnames, firsts: charFlags(names.map((s) => s[0]).join("")), pairs: new Set(names.map((s) => s.charCodeAt(0) * 0x10000 + s.charCodeAt(1))) };
  }
  return startsOf;
}

function startsFollower(ctx: RecognizeContext, i: number): boolean {
  return followerAt(ctx, i).length > 0;
}

/** The follower, cue or title head that starts at `i`, or "". */
function followerAt(ctx: RecognizeContext, i: number): string {
  const { text, lex } = ctx;
  return wordAt(text, i, FOLLOWER_INDEX) ?? wordAt(text, i, wordIndex(lex.attendanceCues)) ?? wordAt(text, i, wordIndex(lex.titleHeads)) ?? "";
}

/**
 * A one- or two-character word at `i` that looks like a given name (nr, x, ns, nz) and that a
 * follower or a separator ends, or a two-character adverb, adjective or verb that the next
 * item of a list follows (书记向/立新/d、区长某某).
 */
function givenBeforeCue(ctx: RecognizeContext, i: number): boolean {
  const given = tokenAt(ctx, i);
  if (!given || given.start !== i || given.text.length > 2) return false;
  if (given.text.length === 2 && /^(d|a|v)/.test(given.tag ?? "") && ctx.text[given.end] === "、") return true;
  if (!/^(nr|x|ns|nz)/.test(given.tag ?? "")) return false;
  return SEPARATORS[ctx.text.charCodeAt(given.end)] === 1 || startsFollower(ctx, given.end);
}

// A word of two or more characters that starts at `i` in the segmentation means the name
// ended before it (王某围绕…), unless that word runs back into the name.
function startsWord(ctx: RecognizeContext, i: number): boolean {
  const t = tokenAt(ctx, i);
  return !!t && t.start === i && t.text.length >= 2 && t.tag !== "nr" && t.tag !== "x";
}

/**
 * Length of a list item between 、 that can only be a name (…、咸某、蒋作某、…): two or three
 * characters that readName refuses (no known surname, a given name starting with 作) and that
 * do not end like a body or a place; 0 otherwise.
 */
export function listItem(text: string, at: number): number {
  const item = /^[\u4e00-\u9fff]{2,3}(?=[、，。；等和及在])/.exec(text.slice(at, at + 4))?.[0];
  return item && !/[省市县区镇乡村局委办厅部院会司处所队组]$/.test(item) ? item.length : 0;
}
