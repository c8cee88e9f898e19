/**
 * Rule: lists of bare names that say they are people by their shape (甲、乙、丙等县领导…,
 * 甲、乙以及有关负责同志参加, 补选甲、乙为): two or more names joined by 、 and closed by 等/以及/a verb.
 */
import type { Mention } from "../../types.js";
import type { RecognizeContext } from "../context.js";
import { listItem, readName } from "../person-name.js";
import { dottedNameLength } from "./dotted-name.js";
import { charFlags } from "../scan.js";

const CLOSERS = /^(?:等|以及|分别|一同|共同|出席|参加|陪同|先后|在|和|及)/;
// 补选甲、乙为…委员: an election or appointment names people, and 为 closes their list.
const ELECTED_BEFORE = /(?:选举|补选|任命|推选|增补|聘任|提名)$/;
// Their last characters, which rule out most positions without a string.
const ELECTED_LAST = charFlags("举选命补任名");

function electedBefore(text: string, i: number): boolean {
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
    if (text[end] !== "、" && !CLOSERS.test(text.slice(end, end + 2)) && !(text[end] === "为" && electedBefore(text, i))) continue;
    for (const [s, e] of names) out.push({ type: "Person", text: text.slice(s, e), start: s, end: e, rule: "name-list", attrs: { titles: [] } });
    i = end;
  }
  return out;
}
