/**
 * Rule: initiatives (policies, campaigns, slogans): quoted terms that are numbered slogans
 * (“两个维护”, “5+4”), that end like a policy (“八八战略”), that a policy verb governs
 * (践行“…”, 打造“…”) or stand right before a policy noun (“…”改革), or that open a longer
 * policy name (“5+4”现代服务业体系); and national slogans from the dictionary written without
 * quotes (中国梦).
 */
import type { Mention } from "../../types.js";
import { standsAsWords, type RecognizeContext } from "../context.js";
import { findWords } from "../scan.js";

const QUOTED = /[“"]([^“”"\n。，；！？]{2,15})[”"]/g;
const NUMBERED = /^(?:[一二两三四五六七八九十百千]+[个大项条化有为]|[一二两三四五六七八九十][\u4e00-\u9fff]$|[0-9]+[+＋][0-9]+|[一二两三四五六七八九十]+[一二两三四五六七八九十])/;
const SLOGAN_PAIR = /^[\u4e00-\u9fff]{3,6}、[\u4e00-\u9fff]{3,6}$/;

/** Initiative mentions; `text` is the name without its quote marks unless they are inside it. */
export function initiatives(ctx: RecognizeContext): Mention[] {
  const { text, lex } = ctx;
  const out: Mention[] = [];
  const endings = [...lex.initiativeEndings];
  for (const m of text.matchAll(QUOTED)) {
    const inner = m[1]!;
    const start = m.index!;
    const end = start + m[0].length;
    const after = text.slice(end, end + 10);
    const before = text.slice(Math.max(0, start - 4), start);
    // “5+4”现代服务业体系: a quoted head and the policy noun it names, up to the ending word.
    const tail = endings
      .map((e) => ({ e, at: after.indexOf(e) }))
      .filter(({ at }) => at >= 0 && !/[，。、；：“”\s]/.test(after.slice(0, at)))
      .sort((a, b) => a.at - b.at)[0];
    if (tail && tail.at > 0 && tail.at <= 8 && NUMBERED.test(inner)) {
      const stop = end + tail.at + tail.e.length;
      out.push({ type: "Initiative", text: text.slice(start, stop), start, end: stop, rule: "quoted-initiative", attrs: {} });
      continue;
    }
    // 打造“网红”: a short quoted word after a policy verb is usually a catchword, not a policy.
    const governed = inner.length >= 3 && [...lex.initiativeVerbs].some((v) => before.endsWith(v));
    const policyLike = endings.some((e) => inner.endsWith(e));
    // “一件事一次办”改革, “强村富民”政策: a quoted term right before a policy noun names the policy.
    const named = tail?.at === 0 && inner.length >= 3;
    if (NUMBERED.test(inner) || SLOGAN_PAIR.test(inner) || governed || policyLike || named) {
      out.push({ type: "Initiative", text: inner, start: start + 1, end: end - 1, rule: "quoted-initiative", attrs: {} });
    }
  }
  // 中国梦, 一带一路: national slogans need no quotes; a quoted one is already taken above.
  for (const { start, word } of findWords(text, lex.knownInitiatives)) {
    const end = start + word.length;
    if (!standsAsWords(ctx, start, end) || out.some((m) => m.start < end && start < m.end)) continue;
    out.push({ type: "Initiative", text: word, start, end, rule: "known-initiative", attrs: {} });
  }
  return out;
}
