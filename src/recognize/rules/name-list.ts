/**
 * Rule: lists of bare names that say they are people by their shape (甲、乙、丙等县领导…,
 * 甲、乙以及有关负责同志参加, 补选甲、乙为): two or more names joined by 、 and closed by 等/以及/a verb,
 * and the names that open the items of an appointment notice or a list of cadres (决定任命：甲为…局长；
 * 乙，男，汉族，…).
 */
import type { Mention } from "../../types.js";
import type { RecognizeContext } from "../context.js";
import { charFlags, wordEndingAt } from "../scan.js";
import { listItem, readName } from "../person-name.js";
import { isPlaceName } from "../place-gazetteer.js";
import { dottedNameLength } from "./dotted-name.js";

const CLOSERS = /^(?:等|以及|分别|一同|共同|出席|参加|陪同|先后|在|和|及)/;
// 补选甲、乙为…委员: an election or appointment names people, and 为 closes their list.
const ELECTED_BEFORE = /(?:选举|补选|任命|推选|增补|聘任|提名)$/;
// Their last characters, which rule out most positions without a string.
const ELECTED_LAST = charFlags("举选命补任名");

/** True when an election's or appointment's verb ends at `i` (补选|甲, 任命|甲). */
export function electedBefore(text: string, i: number): boolean {
  return ELECTED_LAST[text.charCodeAt(i - 1)] === 1 && ELECTED_BEFORE.test(text.slice(Math.max(0, i - 2), i));
}

/** A list starts after anything but a CJK ideograph (after punctuation, a space, a digit), or after an election's verb. */
function continuesWord(code: number): boolean {
  return code >= 0x4e00 && code <= 0x9fff;
}

/** Person mentions for every name of such a list. */
export function nameLists(ctx: RecognizeContext): Mention[] {
  const { text } = ctx;
  const out: Mention[] = [];
  for (let i = 0; i < text.length; i++) {
    if (i > 0 && continuesWord(text.charCodeAt(i - 1)) && !electedBefore(text, i)) continue;
    const names: [number, number][] = [];
    let at = i;
    for (;;) {
      // After two names, an item the name reader refuses (咸某) is a name too; after one, a name with dots.
      const length = readName(ctx, at, true, names.length > 0) || (names.length ? dottedNameLength(ctx, at) : 0) || (names.length >= 2 ? listItem(text, at) : 0);
      if (!length) break;
      names.push([at, at + length]);
      if (text[at + length] !== "、") break;
      at = at + length + 1;
    }
    if (names.length < 2) continue;
    const end = names[names.length - 1]![1];
    // 张家界、岳阳楼、韶山等: a list with a place in it lists places.
    if (names.some(([s, e]) => isPlaceName(ctx, text.slice(s, e)))) {
      i = end;
      continue;
    }
    if (text[end] !== "、" && !CLOSERS.test(text.slice(end, end + 2)) && !(text[end] === "为" && electedBefore(text, i))) continue;
    for (const [s, e] of names) out.push({ type: "Person", text: text.slice(s, e), start: s, end: e, rule: "name-list", attrs: { titles: [] } });
    i = end;
  }
  return out;
}

// 决定任命：\n甲为市财政局局长；\n乙的市财政局局长职务。 A notice of appointments and removals
// starts each item with a name, then 为 and the post taken or 的 and the post left; a list of
// cadres (任前公示) starts each with a name and the person's sex (甲，男，汉族，…).
const NOTICE = /任命|任免|免去|免职|聘任/;
const ITEM_STARTS = /[\n：:；;]/g;
const POST_AFTER = /^(?:为([^，。；;\n]{2,40}?)|的([^，。；;\n]{2,40}?)职务)(?:[；;。\n]|$)/;
const MAX_POST = 44;
const SEX_AFTER = /^[，,（(][男女][，,、）)]/;
const AFTER_NAME = charFlags("为的，,（(");

/** Person mentions for the names that open the items of an appointment notice or a list of cadres. */
export function appointmentItems(ctx: RecognizeContext): Mention[] {
  const { text } = ctx;
  const notice = NOTICE.test(text);
  const out: Mention[] = [];
  ITEM_STARTS.lastIndex = 0;
  for (let i = 0; i < text.length; i = ITEM_STARTS.test(text) ? ITEM_STARTS.lastIndex : text.length) {
    // Most items are sentences: read a name only where what follows names can follow it.
    if (!AFTER_NAME[text.charCodeAt(i + 2)] && !AFTER_NAME[text.charCodeAt(i + 3)] && !AFTER_NAME[text.charCodeAt(i + 4)]) continue;
    const length = readName(ctx, i, true);
    if (!length) continue;
    const after = text.slice(i + length, i + length + MAX_POST);
    const post = notice ? POST_AFTER.exec(after) : null;
    const title = post ? (post[1] ?? post[2])! : "";
    if ((post && wordEndingAt(title, title.length, ctx.lex.titleHeads)) || SEX_AFTER.test(after)) {
      out.push({ type: "Person", text: text.slice(i, i + length), start: i, end: i + length, rule: "name-list", attrs: { titles: [] } });
    }
  }
  return out;
}
