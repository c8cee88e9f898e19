/**
 * Rule: names written with an interpunct (科菲·安南, 买买提·艾力), read whole from the
 * segmenter's pieces on both sides of the dot, and the person readings they stretch.
 */
import type { Mention } from "../../types.js";
import { isCjk, tokenAt, type RecognizeContext } from "../context.js";
import { isPlaceName } from "../place-gazetteer.js";
import { wordAt, wordIndex } from "../scan.js";

/** The dots news writes between the parts of a name: middle dot, bullet, katakana middle dot. */
const DOTS = "·•・";
const DOT_SPLIT = /[·•・]/;
const DOT_ALL = /[·•・]/g;
const QUOTE_CLOSERS = "”’」』》";
/** Longest part between dots (马格坦戈尔: transliterations run long). */
const MAX_PART = 6;
/** The segmenter's tags for the pieces of a transliterated name: names, unknown words, places, proper nouns. */
const PIECE_TAG = /^(nr|x|ns|nz)/;
/** One-character words that end a name rather than continue it (说, 的, 在…). */
const STOPS = "的了和与及在是说为对向将把被从等也还时今昨均都又就便作做";
// 都 is in Uyghur names after 不 (阿不都拉, Abdullah): there it is no stop.
function stopsAt(text: string, i: number): boolean {
  return STOPS.includes(text[i]!) && !(text[i] === "都" && text[i - 1] === "不");
}
/** Tags of one-character words that never continue a name leftwards (由, 和, 其…). */
const FUNCTION_TAG = /^(p|c|u|r|f|m|q)/;
/**
 * Characters of the word before a name that the segmenter's HMM glues onto the name's first
 * piece (的/尼 → 的尼, 研究所/马 → 所马, 市长/罗朗 → 长罗朗): particles, verbs and the last
 * characters of roles, bodies and demonyms.
 */
const GLUED_BEFORE = "的所长由叫在是和与及为对向员师家手官者人市县省";
/** Last characters of words that say what a person is (司令官, 荷兰人), which the segmenter may tag as names. */
const ROLE_ENDS = "员长师家手官者人";
/** What follows a name with dots and nothing else: a clause end, a speech verb, an honorific, a date. */
const NAME_FOLLOWER = /^(?:[，。、；：,;）)」”！？\n]|[0-9０-９]|说|表示|指出|强调|认为|介绍|告诉|称|宣布|等|和|与|及|均|都|的|在|是|也|还|将|曾|已|则|先生|女士|夫人|博士|教授|日前|今天|昨天|出任|担任|率|一行|会见|会谈|访问|抵达|举行|要求|主持|出席|参加|讲话|致辞|发言|陪同|带领|希望|提出|来到|深入|察看|看望|调研|考察|$)/;

// Where the part that ends at the dot `dot` starts, or `dot` if no part does.
function partStart(ctx: RecognizeContext, dot: number): number {
  const { text } = ctx;
  let start = dot;
  for (let t = tokenAt(ctx, start - 1); t && t.end === start && isCjk(text, t.start) && dot - t.start <= MAX_PART; t = tokenAt(ctx, start - 1)) {
    const touching = start === dot;
    if (t.text.length >= 2 && t.tag === "x" && GLUED_BEFORE.includes(t.text[0]!)) return t.start + 1;
    // The word touching the dot is a part whatever its tag (买买提/n, 芭芭拉/z, 差猜/v); further
    // words must look like pieces of a name.
    if (t.text.length === 1 ? stopsAt(text, t.start) || GLUED_BEFORE.includes(t.text) || (!touching && FUNCTION_TAG.test(t.tag ?? "")) : !touching && !PIECE_TAG.test(t.tag ?? "")) break;
    if (!touching && ROLE_ENDS.includes(t.text[t.text.length - 1]!)) break;
    start = t.start;
  }
  return start;
}

// Verbs a speaker's name is followed by, which the segmenter may cut into one-character pieces
// that would read as more of the name (吐/尔/逊/要/求).
const VERB_AFTER = /^(?:要求|指出|强调|表示|认为|介绍|宣布|主持|出席|参加|讲话|致辞|发言|陪同|带领|会见|希望|提出|来到|深入|察看|看望|调研|考察|说)/;

// Where the part that starts after the dot at `start` ends, or `start` if no part does.
function partEnd(ctx: RecognizeContext, start: number): number {
  const { text } = ctx;
  let end = start;
  for (let t = tokenAt(ctx, end); t && t.start === end && isCjk(text, t.end - 1) && t.end - start <= MAX_PART; t = tokenAt(ctx, end)) {
    // 阿马/特在: the HMM glued the word after the name to its last character.
    if (t.text.length === 2 && STOPS.includes(t.text[1]!) && !STOPS.includes(t.text[0]!)) return t.start + 1;
    if (t.text.length === 1 ? stopsAt(text, t.start) : end !== start && !PIECE_TAG.test(t.tag ?? "")) break;
    // 艾合买/提出/席: a verb that another overlaps (提出, 出席) leaves its first character to the name.
    if (end !== start && VERB_AFTER.test(text.slice(end, end + 2)) && !VERB_AFTER.test(text.slice(end + 1, end + 3))) break;
    end = t.end;
  }
  // …/夫斯基说: the segmenter glued the verb after the name to its last piece.
  return end - start >= 3 && STOPS.includes(text[end - 1]!) ? end - 1 : end;
}

// Where the name whose first dot is at `dot` ends, with all its further parts (汉斯·迪·尚德),
// or `dot` if no part follows it.
function partsEnd(ctx: RecognizeContext, dot: number): number {
  let end = dot;
  while (DOTS.includes(ctx.text[end] ?? "")) {
    const next = partEnd(ctx, end + 1);
    if (next === end + 1) break;
    end = next;
  }
  return end;
}

/** Spans [start, end) of the names with dots in the text, one part or more either side of every dot. */
function dottedSpans(ctx: RecognizeContext): [number, number][] {
  const spans: [number, number][] = [];
  for (const dot of ctx.text.matchAll(DOT_ALL)) {
    const i = dot.index;
    if (spans.length && i < spans[spans.length - 1]![1]) continue;
    const start = partStart(ctx, i);
    const end = start < i ? partsEnd(ctx, i) : i;
    if (end > i) spans.push([start, end]);
  }
  return spans;
}

/**
 * Length of the name with dots that starts at `start` (after a title: 商务部长芭芭拉·弗兰克林),
 * or 0 when none does. What stands before it vouches for the first part, which may then hold
 * pieces the segmenter tags as verbs (县长阿/不/都/热合/曼·买买提).
 */
export function dottedNameLength(ctx: RecognizeContext, start: number): number {
  const { text } = ctx;
  let dot = start;
  while (dot - start <= MAX_PART && isCjk(text, dot) && !stopsAt(text, dot)) dot++;
  const first = partStart(ctx, dot);
  if (dot === start || !DOTS.includes(text[dot] ?? "") || first < start || (first > start && !vouchedPart(ctx, start, first))) return 0;
  const end = partsEnd(ctx, dot);
  return end > dot && namesPerson(ctx, [start, end]) ? end - start : 0;
}

// The characters [start, end) before the pieces of a name's first part are its start too when
// they hold no title (人大常委/会主任某·某 is no name 会主任某·某) and do not start with the
// head's last character glued on (副司令/官马克思·…).
function vouchedPart(ctx: RecognizeContext, start: number, end: number): boolean {
  if (GLUED_BEFORE.includes(ctx.text[start]!)) return false;
  for (let i = start; i < end; i++) if (wordAt(ctx.text, i, wordIndex(ctx.lex.titleHeads))) return false;
  return true;
}

// A span whose first part is a country or place (中国·义乌, an expo's branding), that a body's
// ending follows (葛兰素·威康公司, 乔治·梅森大学) or that closes a quotation (“邻里守望·清凉一夏”,
// a campaign's slogan) names no person.
function namesPerson(ctx: RecognizeContext, [start, end]: [number, number]): boolean {
  if (QUOTE_CLOSERS.includes(ctx.text[end] ?? "")) return false;
  const first = ctx.text.slice(start, end).split(DOT_SPLIT)[0]!;
  // A first part the segmenter reads as a name (阿里/nrt) is one, even if a place shares it.
  const token = tokenAt(ctx, start);
  const named = token?.start === start && token.text === first && (token.tag === "nr" || token.tag === "nrt");
  if (!named && isPlaceName(ctx, first)) return false;
  for (const suffix of ctx.lex.orgSuffixes.keys()) if (ctx.text.startsWith(suffix, end)) return false;
  return true;
}

// A first part that begins with a word the segmenter knows as a name (詹姆斯, 瓦西) says the
// span is a person's name whatever follows it.
function startsWithGivenName(ctx: RecognizeContext, start: number): boolean {
  const t = tokenAt(ctx, start);
  return !!t && t.start === start && t.text.length >= 2 && (t.tag === "nr" || t.tag === "nrt");
}

/**
 * `mentions` with every person reading that covers part of a name with dots stretched to all of
 * it (秘书长瓦尔特·沙 → 瓦尔特·沙佛尔霍夫), person mentions for the names with dots that no
 * reading covers but that a clause end, a speech verb or an honorific follows (莉萨·科斯塔说),
 * and the later mentions by the last part alone (科斯塔表示), as that person (attrs.name).
 */
export function withDottedNames(ctx: RecognizeContext, mentions: Mention[]): Mention[] {
  const spans = dottedSpans(ctx).filter((span) => namesPerson(ctx, span));
  return spans.length ? withShortForms(ctx, spans, withSpans(ctx, spans, mentions)) : mentions;
}

function withSpans(ctx: RecognizeContext, spans: [number, number][], mentions: Mention[]): Mention[] {
  const covered = new Set<[number, number]>();
  const out = mentions.map((m) => {
    const span = m.type === "Person" ? spans.find(([start, end]) => m.start < end && m.end > start) : undefined;
    if (!span) return m;
    covered.add(span);
    // A title vouched for a first part longer than the segmenter's pieces show (阿不都热合曼·…),
    // and the name found whole again later keeps it.
    if (m.start <= span[0] && m.end >= span[1]) return m;
    const vouched = ((m.attrs.titles as string[] | undefined) ?? []).length > 0;
    const start = vouched ? Math.min(span[0], m.start) : span[0];
    const end = vouched ? Math.max(span[1], m.end) : span[1];
    return { ...m, text: ctx.text.slice(start, end), start, end };
  });
  for (const span of spans) {
    const [start, end] = span;
    if (covered.has(span) || !(NAME_FOLLOWER.test(ctx.text.slice(end, end + 2)) || startsWithGivenName(ctx, start))) continue;
    out.push({ type: "Person", text: ctx.text.slice(start, end), start, end, rule: "dotted-name", attrs: { titles: [] } });
  }
  return out;
}

// News names a foreigner in full once and by the last part after (马克·安德森 … 安德森表示).
function withShortForms(ctx: RecognizeContext, spans: [number, number][], mentions: Mention[]): Mention[] {
  const { text } = ctx;
  const fullNames = new Map<string, string>();
  for (const m of mentions) {
    if (m.type !== "Person" || !DOT_SPLIT.test(m.text)) continue;
    const last = m.text.split(DOT_SPLIT).at(-1)!;
    // Two people with one last part (安德森 in two names): a bare 安德森 could be either.
    if (last.length >= 2) fullNames.set(last, fullNames.has(last) && fullNames.get(last) !== m.text ? "" : m.text);
  }
  const inSpan = (at: number) => spans.some(([start, end]) => at >= start && at < end);
  const out = mentions.map((m) => {
    const name = m.type === "Person" && !inSpan(m.start) ? fullNames.get(m.text) : undefined;
    return name ? { ...m, attrs: { ...m.attrs, name } } : m;
  });
  const taken = new Set(out.filter((m) => m.type === "Person").map((m) => m.start));
  for (const [last, name] of fullNames) {
    if (!name) continue;
    for (let at = text.indexOf(last); at >= 0; at = text.indexOf(last, at + last.length)) {
      if (inSpan(at) || taken.has(at) || (isCjk(text, at + last.length) && !NAME_FOLLOWER.test(text.slice(at + last.length, at + last.length + 2)))) continue;
      out.push({ type: "Person", text: last, start: at, end: at + last.length, rule: "dotted-name", attrs: { titles: [], name } });
    }
  }
  return out;
}
