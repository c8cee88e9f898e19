/**
 * Rule: people named after their titles (金华市委书记朱某, 市委副书记、市长邢某, 领导人甲、乙、丙等),
 * with each title as written, and the organizations those titles start with (金华市委).
 */
import type { Mention, Token } from "../../types.js";
import { listItem, readName } from "../person-name.js";
import { isCjk, tokenAt, type RecognizeContext } from "../context.js";
import { divisionLength, titleStart } from "../title-span.js";
import { dottedNameLength } from "./dotted-name.js";
import { wordAt, wordIndex } from "../scan.js";
import { organizationInTitle } from "../title-organization.js";

// Words after which a list of names follows without a title (市领导甲、乙等), and the roles
// that introduce an ordinary person by name (志愿者某某, 老党员某某) without being a title.
const LIST_ANCHORS = [
  "领导", "领导同志", "嘉宾", "负责同志", "负责人", "创始人", "市民", "居民", "志愿者", "党员", "老党员",
  "小伙", "姑娘", "大学生", "农民", "职工", "教师", "医生", "护士", "民警", "交警", "辅警", "消防员",
  "运动员", "选手", "教练员", "作家", "画家", "专家", "企业家", "网友", "游客", "患者", "农户", "种植户",
  "养殖户", "脱贫户", "贫困户", "低保户", "店主", "摊主", "业主", "司机", "快递员", "外卖员", "退役军人", "老兵", "乡贤", "村医",
  "球员", "队员", "外援", "老将", "名将", "小将", "新秀", "前锋", "后卫", "中锋", "门将", "主帅", "棋手",
  "冠军", "艺术家", "科学家", "音乐家", "歌唱家", "书法家", "作曲家", "演员", "歌手", "学者", "诗人",
];

/** Persons introduced by a title, a postposed honorific or a list anchor. */
export function titledPersons(ctx: RecognizeContext): Mention[] {
  const out: Mention[] = [];
  const { text, lex } = ctx;
  const heads = wordIndex(lex.titleHeads);
  const anchors = wordIndex(LIST_ANCHORS);
  let lastEnd = 0;
  for (let i = 0; i < text.length; i++) {
    const head = wordAt(text, i, heads);
    const anchor = head ? undefined : wordAt(text, i, anchors);
    const word = head ?? anchor;
    // 前锋区: a head or an anchor that starts a division's name is part of that name; 君山区长江:
    // a head cut across a division and a place (君山区/长江) is none.
    if (!word || divisionLength(ctx, i) > word.length || (head && straddlesWords(ctx, i, i + head.length))) continue;
    const nameStart = i + word.length;
    let nameLength = readName(ctx, nameStart, !head);
    // A name with dots (罗伯特·马尔登) is read whole, whatever its first part looks like.
    const dotted = dottedNameLength(ctx, nameStart);
    if (dotted) nameLength = dotted;
    let titles: string[] | undefined;
    if (head && isCjk(text, nameStart)) {
      // A foreign official (意大利外交部长某某, 秘书长科菲·安南) has no Chinese surname, or one
      // only by chance (主席尤尔科夫 is no 尤尔): the title vouches for the name up to where it ends.
      const pending: Mention[] = [];
      const chain = titleChain(ctx, i, head, lastEnd, pending);
      // 两党两国最高领导人, 双方负责人: the title of a group, not of the name after it.
      if (GROUP_TITLE.test(chain[0]!)) continue;
      const foreign = isForeign(ctx, chain[0]!) || transliterationAt(ctx, nameStart) ? foreignName(ctx, nameStart) : 0;
      // A Chinese reading that a glued follower ends (钮海川/到会) is the name, not a longer transliteration.
      if (foreign > nameLength && !dotted && !(nameLength && GLUED_FOLLOWER.includes(text[nameStart + nameLength]!))) nameLength = foreign;
      if (nameLength) {
        out.push(...pending);
        titles = chain;
      }
    }
    if (!nameLength) continue;
    if (!dotted) nameLength = transliterationEnd(ctx, nameStart, nameStart + nameLength) - nameStart;
    titles ??= head ? titleChain(ctx, i, head, lastEnd, out) : [];
    let start = nameStart;
    let length = nameLength;
    for (;;) {
      out.push(person(text, start, start + length, titles, head ? "title-name" : "name-list"));
      const sep = text[start + length];
      if (sep !== "、" && sep !== "和" && sep !== "及") break;
      const at = start + length + 1;
      const next = dottedNameLength(ctx, at) || readName(ctx, at, true, true) || (sep === "、" ? unvouchedItem(text, at, heads) : 0);
      if (!next || !endsListItem(text, at + next)) break;
      start = start + length + 1;
      length = next;
    }
    lastEnd = start + length;
    i = lastEnd - 1;
  }
  for (const title of lex.postposedTitles) {
    for (let at = text.indexOf(title); at >= 0; at = text.indexOf(title, at + 1)) {
      for (const length of [3, 2]) {
        const start = at - length;
        if (start >= 0 && readName(ctx, start) === length) {
          out.push(person(text, start, at, [title], "name-title"));
          break;
        }
      }
    }
  }
  return out;
}

const GROUP_TITLE = /^(?:两(?:党|国|岸|军)|双方|各(?:国|方|级|地|界|部门|单位))/;

// 君山区/长江, 监利/市/长江: the head's characters end one place's name (or a division's the
// segmenter cut) and begin another's.
function straddlesWords(ctx: RecognizeContext, start: number, end: number): boolean {
  const first = tokenAt(ctx, start);
  const last = tokenAt(ctx, end - 1);
  const place = (t: Token | undefined): t is Token => !!t && t.tag === "ns" && t.text.length >= 2;
  if (!place(last) || last.end <= end) return false;
  if (place(first) && first.start < start) return true;
  for (let from = Math.max(0, start - 5); from <= start - 2; from++) if (divisionLength(ctx, from) === start + 1 - from) return true;
  return false;
}

/** How far a title's head may stand from the start of its title. */
const MAX_TITLE_BEFORE_HEAD = 16;

/**
 * The list item at `at` that no name reader vouches for (listItem), unless a conjunction joins it
 * to a body whose title follows (、发展和改革局局长某某: the item begins that title).
 */
function unvouchedItem(text: string, at: number, heads: ReturnType<typeof wordIndex>): number {
  const length = listItem(text, at);
  if (!length || !/[和及与]/.test(text[at + length]!)) return length;
  for (let i = at + length; i < Math.min(text.length, at + MAX_TITLE_BEFORE_HEAD) && !/[、，。；：,;]/.test(text[i]!); i++) {
    if (wordAt(text, i, heads)) return 0;
  }
  return length;
}

// A name in a list is followed by the next separator, 等, a conjunction, 在 or a clause end;
// anything else means the 、 opened another title (、江苏省委书记某).
function endsListItem(text: string, i: number): boolean {
  return i >= text.length || /^[、，。；：,;等和及与在]/.test(text.slice(i, i + 1)) || /^(分别|一同|共同|出席|参加|陪同)/.test(text.slice(i, i + 2));
}

const MAX_FOREIGN_NAME = 6;
const FOREIGN_NAME = /^[\u4e00-\u9fff·]{2,6}?(?=[、，。；：,（(0-9０-９]|和|及|与|等|将|在|会谈|举行|表示|说|称|指出|强调|认为|的|时|是|也|还|前往|访问|访华|一行|率领|今天|昨天|日前|$)/;

/** True when a title chain begins with a foreign country (美国国务卿, 俄罗斯国家统计委员会主席). */
function isForeign(ctx: RecognizeContext, title: string): boolean {
  if (title.startsWith("中国") || title.startsWith("中华")) return false;
  for (let n = 2; n <= title.length; n++) if (ctx.lex.countries.has(title.slice(0, n))) return true;
  return false;
}

/**
 * True when the segmenter reads the word at `at` as a transliterated name (nrt: 奥尔布赖特, 科菲)
 * or as a name of three or more characters (卡洛斯; two-character nr words include 文明, 顾客).
 */
function transliterationAt(ctx: RecognizeContext, at: number): boolean {
  const t = tokenAt(ctx, at);
  return t?.start === at && ((t.text.length >= 2 && t.tag === "nrt") || (t.text.length >= 3 && t.tag === "nr") || unknownNameAt(ctx, t));
}

// An unknown word of three or four characters that a clause end or a cue follows is a name the
// dictionary lacks, such as a Tibetan or Yi one (副校长拉毛措主持).
function unknownNameAt(ctx: RecognizeContext, t: Token): boolean {
  // Not a name the segmenter glued a verb to (黄某某作, 王某到), which the name reader reads, nor
  // the rest of a body or a meeting (省委常委/会会议).
  if (t.tag !== "x" || t.text.length < 3 || t.text.length > 4 || !isCjk(ctx.text, t.start) || GLUED_FOLLOWER.includes(t.text.at(-1)!) || BODY_OR_MEETING_END.test(t.text)) return false;
  return /^[，、。；等]/.test(ctx.text.slice(t.end, t.end + 1)) || holdsCue(ctx, ctx.text.slice(t.end, t.end + 4));
}

// Words a transliterated name never starts with: 总理及参议院议长 lists a second title, not a
// name; 市长作为来宾代表 goes on with a verb.
const NOT_NAME_START = /^(c|p|u|r|d)/;
// Idioms and set phrases (举行会谈/i) are words of the dictionary too.
const NOT_FOREIGN_NAME_WORD = /^(v|a|d|p|c|r|m|t|f|i|l)/;

function foreignName(ctx: RecognizeContext, at: number): number {
  const first = tokenAt(ctx, at);
  if (NOT_NAME_START.test(first?.tag ?? "")) return 0;
  if (first && first.start === at && first.text.length >= 2 && NOT_FOREIGN_NAME_WORD.test(first.tag ?? "")) return 0;
  // A name the segmenter knows (克林顿) ends where it ends.
  if (first && first.start === at && first.text.length >= 2 && (first.tag ?? "").startsWith("nr")) {
    return first.text.length;
  }
  // Up to a separator or a word that follows names, or else up to the next word of the
  // dictionary (德国外交部长墨斯邀请他, 法国外长马丁内斯会见: the verb is a word of its own).
  const length = FOREIGN_NAME.exec(ctx.text.slice(at, at + 8))?.[0].length ?? MAX_FOREIGN_NAME;
  for (let i = at + 1; i < at + length && isCjk(ctx.text, i); i++) {
    const t = tokenAt(ctx, i);
    if (t?.start === i && t.text.length >= 2 && !NAME_PART.test(t.tag ?? "")) return i - at >= 2 ? i - at : 0;
  }
  return length === MAX_FOREIGN_NAME ? 0 : length;
}

const BODY_OR_MEETING_END = /[会议院局委厅部办处科所站队组省市县区镇乡村]$/;
const NAME_PART = /^(nr|x)/;
/** Tags of the pieces the segmenter cuts a transliterated name into: unknown words and nrt. */
const TRANSLITERATION_PIECE = /^(x|nrt)$/;
const NAME_OR_PIECE = /^(x|nr|nrt)$/;
/** Characters that start the word after a name: 时, 说, 是, 在, 的, 到, 赴…. */
const GLUED_FOLLOWER = "时说是在的了和与及则等也还将到赴来去向对为从把被率带于就都均又并作以致同";

function holdsCue(ctx: RecognizeContext, word: string): boolean {
  for (const cue of ctx.lex.attendanceCues.keys()) if (word.includes(cue)) return true;
  return false;
}

// A transliterated name after a title or role may begin like a Chinese one (主席斯特罗耶夫, 主席谢列兹尼奥夫):
// where the segmenter's transliteration pieces go on past the reading `start`–`end`, the name
// ends where they end (up to MAX_FOREIGN_NAME characters).
function transliterationEnd(ctx: RecognizeContext, start: number, end: number): number {
  const piece = (t: Token | undefined, tags: RegExp): t is Token => !!t && isCjk(ctx.text, t.start) && tags.test(t.tag ?? "");
  let to = end;
  // A reading that ends inside a word the segmenter takes for a name (巴蒂/斯图塔) ends with it.
  const inside = tokenAt(ctx, to - 1);
  // Not a word that holds a cue (应邀出席, which the dictionary tags a name), nor one glued from the
  // reading's end and the word after it (邱楚/文作省 高级人民法院工作报告).
  if (piece(inside, NAME_OR_PIECE) && inside.end > to && !holdsCue(ctx, inside.text) && !GLUED_FOLLOWER.includes(ctx.text[to]!)) to = inside.end;
  // A piece that starts like the word after a name (伍某某/等州) is that word, glued.
  for (let t = tokenAt(ctx, to); t?.start === to && piece(t, TRANSLITERATION_PIECE) && !GLUED_FOLLOWER.includes(ctx.text[to]!); t = tokenAt(ctx, to)) to = t.end;
  // The segmenter's HMM glues the next word's first character onto the last piece (卡巴/杰时).
  if (to > end && GLUED_FOLLOWER.includes(ctx.text[to - 1]!)) to--;
  return to - start <= MAX_FOREIGN_NAME ? to : end;
}

// The title before a name and the titles chained to it by 、 (市委副书记、市长), first to last;
// also records Title and Organization mentions for them in `out`.
function titleChain(ctx: RecognizeContext, headStart: number, head: string, floor: number, out: Mention[]): string[] {
  const { text } = ctx;
  const titles: string[] = [];
  let end = headStart + head.length;
  let start = titleStart(ctx, headStart, floor);
  for (;;) {
    const title = text.slice(start, end);
    titles.unshift(title);
    out.push({ type: "Title", text: title, start, end, rule: "title-name", attrs: { head: text.slice(end - head.length, end) } });
    const org = organizationInTitle(ctx, start, end, head);
    if (org) out.push(org);
    if (text[start - 1] !== "、" || start - 1 <= floor) break;
    const prevHead = [...ctx.lex.titleHeads.keys()].find((h) => start - 1 >= h.length && text.startsWith(h, start - 1 - h.length));
    if (!prevHead) break;
    end = start - 1;
    head = prevHead;
    start = titleStart(ctx, end - prevHead.length, floor);
  }
  return titles;
}

function person(text: string, start: number, end: number, titles: string[], rule: string): Mention {
  return { type: "Person", text: text.slice(start, end), start, end, rule, attrs: { titles } };
}
