/**
 * Rule: events. Named meetings, forums, ceremonies and activities (…发展大会, 第九届“…”活动)
 * in a sentence that says they took place (召开, 举行, 出席 …), bare keywords right after
 * 召开/举行 (召开座谈会), and tours and leaders' meetings built from their verb
 * (某一行来义，就…开展实地调研; 甲会见乙).
 */
import type { Mention, Span } from "../../types.js";
import { isCjk, tokenAt, type RecognizeContext } from "../context.js";
import { isPlaceName } from "../place-gazetteer.js";
import { clauseBefore, findWords, sentences, spanAt, wordEndingAt } from "../scan.js";

// 在…发布会上表示: speaking at an event says it took place; so does a guest's visit (做客…大讲堂).
// An opener right after 将 or 拟 (即将启动, 拟举办) is a plan.
const HAPPENED = /(?<![将拟])(?:召开|举行|举办|开幕|闭幕|开班|讲授|出席|参加|主持|启动|揭牌|开工|做客)|在.{1,12}(?:举行|召开)|[会坛]上(?:表示|指出|强调|说|介绍|透露|宣布|发言|讲话|致辞)/;
// What follows a meeting that is cited rather than reported (落实…大会精神, 按照…大会部署).
const CITED_AFTER = /^(?:精神|部署|要求|决策|以来|期间|上的|报告|决定|文件)/;
const PHASE = /^(?:开幕|闭幕|开班|结业|开营)(?:式|大会|仪式)$/;
// A bare keyword right after these was attended (出席签约仪式, 参加座谈会).
const ATTENDED = /(?:出席|参加|列席)$/;
const OPENER_BEFORE = /(?:召开|举行|举办|出席|参加|列席)$/;
// 会议中心, 会议室: a venue named after meetings.
const VENUE_AFTER = /^(?:中心|室|厅|馆|大楼|大厦)/;
const COUNTED = /(?<![第\d０-９一二三四五六七八九十百千])[0-9０-９一二三四五六七八九十百千]+[余多]?[项场次个类]$|各类$|系列$/;
const COUNT_AFTER = /^[0-9０-９]+[余多]?[项场次个期]/;
const COUNT_FIRST = /^[0-9０-９一二三四五六七八九十百千]+[余多]?[项场次个类]/;
const STUDY_GROUP = /(?<![0-9０-９])[\u4e00-\u9fff]{0,10}?(?:委|党组)理论学习中心组/;
const OPENERS = ["召开", "举行", "举办", "主持召开", "隆重举行", "组织召开"];
const NAME_PUNCT = /[“”"《》·\d（）()]/;
const DESCRIBED = /^(?:一次|一场|一个|一项)/;
const STOP_WORDS = new Set(["在", "于", "就", "应邀", "做客", "召开", "举行", "举办", "出席", "参加", "主持", "的", "和", "及", "与", "等", "是", "为", "了", "按照", "根据", "落实", "贯彻", "通过", "以", "将", "此次", "本次", "这次", "上述", "前述", "以上", "相关", "有关", "该", "这", "进行", "组织", "开展", "要", "会上", "会议", "期间", "今年", "近日", "日前", "昨天", "昨日", "今天", "上午", "下午", "晚上", "随后", "同时", "并", "还", "也", "又", "正式", "隆重", "分别", "先后"]);
const INSPECT = /(?:实地|专题)?(?:调研|考察|督导检查|视察|检查指导|督查|暗访|巡查)|走访慰问|看望慰问|检查/;
// 检查 alone is a tour only where one is led or goes somewhere (深入某区、某区检查…, 带队检查);
// elsewhere it is one more thing done at a stop (来到仓库，检查物资储备情况).
const CITED_TOUR = /^[^，。；]{0,8}?(?:时的|时)?(?:重要)?讲话精神/;
const ASKED_FOR = /(?:要求|强调|指出)[，：,:]?[^。；]*要[^，。；]*$/;
const TOUR_LEAD = /(?:深入|来到|前往|到|赴|带队)[^，。；]{0,14}$|(?:带队|率队)(?:开展|进行)[^，。；]{0,30}$/;

/** Event mentions: attrs.kind, attrs.generic (a bare reference such as 会议), attrs.constructed (named after its verb, kept only if attended), attrs.topical (a tour named after its topic). */
export function events(ctx: RecognizeContext): Mention[] {
  const { text, lex } = ctx;
  const out: Mention[] = [];
  const sents = sentences(text);
  const attendedKeywords: Mention[] = [];
  for (const { start: k, word } of findWords(text, lex.eventKeywords)) {
    const end = k + word.length;
    const kind = lex.eventKeywords.get(word)!;
    // 体育活动家, 常务会议室: a keyword inside a longer word is not an event. 座谈/会上 is one the
    // segmenter read with the 上 after it: an event where its clause says it was held (召开的…会上),
    // else a reference back (在学习座谈会上说).
    const covering = tokenAt(ctx, k);
    const closing = tokenAt(ctx, end - 1);
    const onIt = closing?.end === end + 1 && text[end] === "上" && HELD_BEFORE.test(clauseBefore(text, k));
    if ((covering && covering.end > end && !(covering === closing && onIt)) || (closing && closing.end > end && !onIt)) continue;
    if (CITED_AFTER.test(text.slice(end, end + 4)) || VENUE_AFTER.test(text.slice(end, end + 2))) continue;
    const start = openedName(text, k) ?? nameStart(ctx, k);
    // 举办各类招聘活动46场, 等20余项活动, 200多项庆祝活动: a count of events is no event.
    if (COUNTED.test(text.slice(Math.max(0, start - 4), start)) || COUNT_FIRST.test(text.slice(start, end)) || COUNT_AFTER.test(text.slice(end, end + 5))) continue;
    const sentence = spanAt(sents, k)!;
    // 召开座谈会, 随后召开的座谈会上: right after an opener, or after it and 的.
    const opener = OPENERS.find((o) => k >= o.length && (text.startsWith(o, k - o.length) || text.startsWith(`${o}的`, k - o.length - 1)));
    if (start === k) {
      // 省委理论学习中心组围绕…进行集体学习: a study group's session is named after the group.
      const group = word === "集体学习" ? STUDY_GROUP.exec(text.slice(sentence.start, k)) : null;
      if (group) out.push(event(text, k, end, kind, "event-name", { generic: false, reported: true, name: group[0] + word }));
      else if (opener) out.push(event(text, k, end, kind, "event-keyword", { generic: false, reported: true }));
      else if (word.length >= 3 && ATTENDED.test(text.slice(Math.max(0, k - 2), k))) attendedKeywords.push(event(text, k, end, kind, "event-keyword", { generic: false, reported: true }));
      else out.push(event(text, k, end, kind, "event-reference", { generic: true }));
      continue;
    }
    if (!HAPPENED.test(text.slice(sentence.start, sentence.end))) continue;
    if (end - start > 40) continue;
    // 出席开幕大会, 主持闭幕式: the opening or closing of the event the article reports; 召开的
    // 一次重要会议: a description of one.
    if (PHASE.test(text.slice(start, end)) || DESCRIBED.test(text.slice(start, end))) {
      out.push(event(text, start, end, kind, "event-reference", { generic: true }));
      continue;
    }
    // 举办“世界心脏日”大型义诊活动…出席义诊活动: the end of a name given before refers back to it.
    const shortFor = out.some((e) => e.rule === "event-name" && e.text.length > end - start && e.text.endsWith(text.slice(start, end)));
    if (shortFor) out.push(event(text, start, end, kind, "event-reference", { generic: true }));
    else out.push(event(text, start, end, kind, "event-name", { generic: false, reported: reported(text, start, end) }));
  }
  // 出席签约仪式: an event of its own when the article names no event of that kind (…签约仪式
  // before), else a reference to it (召开某某座谈会…出席座谈会).
  for (const m of attendedKeywords) {
    const named = out.some((e) => !e.attrs.generic && e.text.endsWith(m.text));
    out.push(named ? { ...m, rule: "event-reference", attrs: { kind: m.attrs.kind, generic: true } } : m);
  }
  out.push(...inspections(ctx, sents), ...diplomaticMeetings(ctx), ...numberedGatherings(ctx, sents), ...delegationReviews(ctx));
  return out;
}

// 第42届潍坊国际风筝会, 第十届糖酒会: a numbered name that ends in a word the segmenter knows for a
// gathering (风筝会/n) which the keywords do not list; not a body's session (第十四届…常委会).
const NUMBERED = /第[0-9０-９一二三四五六七八九十百零〇]+届/g;
const GATHERING_KINDS: Record<string, string> = { 会: "conference", 节: "activity", 展: "activity", 赛: "activity" };
const MAX_NUMBERED_NAME = 30;

function numberedGatherings(ctx: RecognizeContext, sents: Span[]): Mention[] {
  const { text } = ctx;
  const out: Mention[] = [];
  for (const m of text.matchAll(NUMBERED)) {
    const start = m.index;
    for (let at = start + m[0].length; at < Math.min(text.length, start + MAX_NUMBERED_NAME); ) {
      const t = tokenAt(ctx, at);
      if (!t || /[，。；、：,;]/.test(text[at]!)) break;
      const kind = GATHERING_KINDS[t.text.at(-1)!];
      if (t.text.length >= 2 && t.tag?.startsWith("n") && kind) {
        const sentence = spanAt(sents, start)!;
        if (!wordEndingAt(t.text, t.text.length, ctx.lex.orgSuffixes) && HAPPENED.test(text.slice(sentence.start, sentence.end))) {
          out.push(event(text, start, t.end, kind, "event-name", { generic: false, reported: reported(text, start, t.end) }));
        }
        break;
      }
      at = t.end;
    }
  }
  return out;
}

// 参加…广西代表团审议: a congress delegation's deliberation is a meeting of its own, named after
// the delegation's place.
const DELEGATION_REVIEW = /([\u4e00-\u9fff]{2,8}?)代表团(?:全体会议)?审议/g;

function delegationReviews(ctx: RecognizeContext): Mention[] {
  const out: Mention[] = [];
  for (const m of ctx.text.matchAll(DELEGATION_REVIEW)) {
    // The longest place that ends right before 代表团 (会议广西 → 广西, 广西壮族自治区 whole).
    const place = m[1]!;
    const from = [...place].findIndex((_, k) => isPlaceName(ctx, place.slice(k)));
    if (from < 0) continue;
    const start = m.index + from;
    out.push(event(ctx.text, start, m.index + m[0].length, "meeting", "event-name", { generic: false, reported: true }));
  }
  return out;
}

// 甲会见乙, 甲同乙举行会谈: a meeting between leaders has no name but its verb, the name the text
// uses for it (会谈后，…). Built like tours, it is kept only if someone is said to take part.
const DIPLOMATIC = /会见|会晤|会谈/g;

function diplomaticMeetings(ctx: RecognizeContext): Mention[] {
  const out: Mention[] = [];
  for (const m of ctx.text.matchAll(DIPLOMATIC)) {
    const k = m.index;
    const end = k + m[0].length;
    // 会见厅, 会谈纪要: the verb at the start of a longer word (举行会谈 is one word, and fine).
    const closing = tokenAt(ctx, end - 1);
    if (closing && closing.end > end) continue;
    out.push({ type: "Event", text: m[0], start: k, end, rule: "diplomatic-meeting", attrs: { kind: "meeting", generic: false, reported: true, constructed: true } });
  }
  return out;
}

const HELD_BEFORE = /召开|举行|举办|主持/;

// An event the article reports as taking place (…举行X, X在Y举行), rather than one it cites
// (为迎接X胜利召开, 学习X精神): an opener earlier in its clause or right after it.
function reported(text: string, start: number, end: number): boolean {
  return HELD_BEFORE.test(clauseBefore(text, start)) || /^(?:在[^，。；]{1,15})?(?:隆重)?(?:召开|举行|举办|开幕)/.test(text.slice(end, end + 20));
}

// The name of an event reaches back from its keyword over the words of the name, quotes,
// ordinals and dates (扎实推进…, 第九届, 10月份) to an opener or attendance verb, a function word
// or a clause boundary.
function nameStart(ctx: RecognizeContext, k: number): number {
  const { text } = ctx;
  let start = k;
  while (start > 0 && k - start < 36) {
    // An opener ends the name even when the segmenter glued it to the keyword (日召/开会/议).
    if (OPENER_BEFORE.test(text.slice(Math.max(0, start - 2), start))) break;
    const c = text[start - 1]!;
    if (!isCjk(text, start - 1) && !NAME_PUNCT.test(c) && !joinsParties(text, start - 1)) break;
    const t = tokenAt(ctx, start - 1);
    const word = t ? text.slice(t.start, start) : c;
    // The keyword may sit inside a segmenter word (出席会议): judge the part before it.
    if (t && (STOP_WORDS.has(t.text) || STOP_WORDS.has(word) || ctx.lex.attendanceCues.has(word) || /(?:召开|举行|举办|我[市县区省镇乡])$/.test(word))) break;
    if (t && /^(p|c|u|r|y|e|f)/.test(t.tag ?? "") && t.tag !== "vn" && !/[“”"《》]/.test(word)) break;
    start = t ? t.start : start - 1;
  }
  // A name does not start with a closing quote or the tail of a clause.
  while (start < k && /[”）)·]/.test(text[start]!)) start++;
  return start;
}

// 中国—东盟博览会: a single dash between two names joins the parties of an event; a double one
// (——) sets a clause apart.
function joinsParties(text: string, i: number): boolean {
  return text[i] === "—" && text[i - 1] !== "—" && text[i + 1] !== "—" && isCjk(text, i - 1) && isCjk(text, i + 1);
}

// 举行学习…大会上的报告座谈会: right after its opener a name may hold 的 and another event's
// name; it runs from the opener to the keyword when nothing but name characters stand between.
function openedName(text: string, k: number): number | undefined {
  const m = OPENED.exec(text.slice(Math.max(0, k - 40), k));
  if (!m || /的$/.test(m[1]!) || !/的/.test(m[1]!)) return undefined;
  // 随后举行的某某论坛: a 的 right after the opener ends the clause before the name.
  return k - m[1]!.replace(/^的/, "").length;
}
const OPENED = /(?:召开|举行|举办)了?([\u4e00-\u9fff“”"《》\d]{6,36})$/;

// Inspection tours have no name of their own: the event is called after what was inspected
// (就X开展调研 → X调研) or where (到Y调研 → Y调研) or what it looked into (督查X工作 → X工作督查),
// or just after the cue.
function inspections(ctx: RecognizeContext, sents: ReturnType<typeof sentences>): Mention[] {
  const { text } = ctx;
  const out: Mention[] = [];
  const re = new RegExp(INSPECT.source, "g");
  for (const m of text.matchAll(re)) {
    const k = m.index!;
    const sentence = spanAt(sents, k)!;
    const lead = text.slice(sentence.start, k);
    if (/陪同$/.test(lead) || /陪同/.test(lead.slice(-4))) continue;
    if (m[0] === "检查" && !TOUR_LEAD.test(lead)) continue;
    // 考察湖南重要讲话精神: a tour whose speech is cited; 要求…要深入企业走访调研: one asked for.
    if (CITED_TOUR.test(text.slice(k + m[0].length, k + m[0].length + 16)) || ASKED_FOR.test(lead)) continue;
    const topic = /就(.{2,30}?)(?:开展|进行|展开)$/.exec(lead);
    // 深入企业开展安全检查: the kind of check said after 开展 goes with the place.
    const place = /(?:到|赴|来到|深入|在)((?:(?!开展|进行)[\u4e00-\u9fff]){2,12}?)(?:(?:开展|进行)([\u4e00-\u9fff]{0,4}))?$/.exec(lead);
    // 来到四川，就…进行调研: a topic too long to name the tour leaves it named after the place.
    const visited = /(?:来到|到|赴)([\u4e00-\u9fff]{2,8})[，,]就[^，。；]*(?:开展|进行|展开)$/.exec(lead);
    // 带队督查防汛救灾工作: else after what it looked into.
    const object = /^([\u4e00-\u9fff]{2,10}?工作)(?:情况)?[，。；]/.exec(text.slice(k + m[0].length, k + m[0].length + 14));
    // 带队开展《某法》执法检查: else after what it was, said after 开展.
    const carried = /(?:带队|率队)(?:开展|进行)([^，。；]{2,30})$/.exec(lead);
    const subject = topic?.[1] ?? (place ? place[1]! + (place[2] ?? "") : undefined) ?? visited?.[1] ?? object?.[1] ?? carried?.[1];
    const name = subject ? subject + m[0] : m[0];
    const generic = !subject && out.length > 0;
    out.push({
      type: "Event",
      text: text.slice(k, k + m[0].length),
      start: k,
      end: k + m[0].length,
      rule: "inspection",
      // A tour that says what it is about (就…调研, 开展…检查) is a tour of its own, not a stop of another.
      attrs: { kind: "inspection", generic, constructed: true, name, topical: !!(topic ?? carried) },
    });
  }
  return out;
}

function event(text: string, start: number, end: number, kind: string, rule: string, attrs: Record<string, boolean | string>): Mention {
  return { type: "Event", text: text.slice(start, end), start, end, rule, attrs: { kind, ...attrs } };
}
