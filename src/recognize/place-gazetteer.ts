/**
 * Place names from the administrative-division gazetteer (provinces down to villages, with the
 * short forms news uses), kept where they stand as words of the article.
 */
import type { Mention } from "../types.js";
import { commonWordTag } from "../tokenize/tokenize.js";
import { tokenAt, type RecognizeContext } from "./context.js";
import { loadPlaceNames, type PlaceEntry, type PlaceNames } from "./gazetteer/place-names.js";

// A name that ends like a division (…市, …镇, …村) names one; a short form (浙江, 义乌) may also
// be an ordinary word.
const DIVISION_END = /(?:[省市县区镇乡村州盟旗]|街道|社区|自治州|自治县)$/;

/** True when `name` ends like a division's full name (…县, …镇, …街道), not like a short form. */
export function isFullDivisionName(name: string): boolean {
  return DIVISION_END.test(name);
}

/** True when `name` is a country, a region or landmark of the lexicon, or a division by any of its names. */
export function isPlaceName(ctx: RecognizeContext, name: string): boolean {
  return ctx.lex.countries.has(name) || ctx.lex.geographicNames.has(name) || loadPlaceNames().automaton.indexOf(name) >= 0;
}

// A short form that the segmenter's dictionary knows as a frequent non-place word (资源, 和平)
// would be matched far more often as that word than as the place.
function isPlaceWord(name: string): boolean {
  const tag = commonWordTag(name);
  return tag === undefined || tag === "ns";
}

const accepted = new Map<number, boolean>();

// Villages and towns are matched by their full forms of three or more characters only; higher
// levels also by their short forms when those are not common words. Decided once per name: a
// short village name can have thousands of entries.
function acceptable(places: PlaceNames, nameIndex: number): boolean {
  let ok = accepted.get(nameIndex);
  if (ok === undefined) {
    const name = places.names[nameIndex]!;
    const local = places.candidatesAt(nameIndex).every((e) => e.level === "village" || e.level === "town");
    ok = DIVISION_END.test(name) ? !(local && name.length < 3) : !local && isPlaceWord(name);
    accepted.set(nameIndex, ok);
  }
  return ok;
}

interface Match {
  start: number;
  end: number;
  name: string;
  entries: readonly PlaceEntry[];
}

// Provinces and cities, and counties by their full name, stand on their own; a county's short
// form (义乌), a town or a village is only taken when the article also names a unit above it
// (义亭镇 with 义乌, 义乌 with 金华): thousands of them share their names with common phrases.
function standsAlone(m: Match): boolean {
  return m.entries.some((e) => e.level === "province" || e.level === "city" || (e.level === "county" && e.name === e.canonical && !GENERIC_DISTRICTS.has(e.name)) || isTownByFullName(e));
}
// Districts whose full name is a common word (县城区, 郊区): only under a unit the article names.
const GENERIC_DISTRICTS = new Set(["城区", "郊区", "矿区"]);

// A town by its full name of three or more characters (灵川镇, 黄坭乡) is a town even in an
// article that names nothing above it (我县灵川镇): phrases ending in 镇 or 乡 are short (重镇, 城乡).
function isTownByFullName(e: PlaceEntry): boolean {
  return e.level === "town" && e.name === e.canonical && e.name.length >= 3 && TOWN_END.test(e.name);
}
const TOWN_END = /[镇乡]$/;
const ACTING_HEAD = /^代[县市区镇乡]$/;

function supported(matches: Match[]): Match[] {
  const kept = new Set(matches.filter(standsAlone));
  const codes = new Set([...kept].flatMap((m) => m.entries.map((e) => e.code)));
  for (let changed = true; changed; ) {
    changed = false;
    for (const m of matches) {
      if (kept.has(m)) continue;
      const above = m.entries.some((e) => [2, 4, 6, 9].some((n) => n < e.code.length && codes.has(e.code.slice(0, n))));
      if (!above) continue;
      kept.add(m);
      for (const e of m.entries) codes.add(e.code);
      changed = true;
    }
  }
  return matches.filter((m) => kept.has(m));
}

/** Place mentions for division names that stand as words of the article and are supported. */
export function placeMatches(ctx: RecognizeContext): Mention[] {
  const places = loadPlaceNames();
  const matches: Match[] = [];
  // Ends of full division names: the segmenter may glue the next division's first character to
  // a level word (解放/乡火/普村), and a full name right after one is still a word of the text.
  const divisionEnds = new Set<number>();
  places.automaton.findAll(ctx.text, (start, end, index) => {
    const name = places.names[index]!;
    const fullName = DIVISION_END.test(name);
    const first = tokenAt(ctx, start);
    if (first && first.start !== start && !(fullName && divisionEnds.has(start))) return;
    // 代县长 is an acting county head, not a head of 代县.
    if (ACTING_HEAD.test(name) && ctx.text[end] === "长") return;
    // A full name may run into a following word (金华市委); a short form must end a word.
    const last = tokenAt(ctx, end - 1);
    if (!fullName && last && last.end !== end) return;
    if (!acceptable(places, index)) return;
    matches.push({ start, end, name, entries: places.candidatesAt(index) });
    if (fullName) divisionEnds.add(end);
  });
  return supported(matches).map((m) => ({
    type: "Place",
    text: m.name,
    start: m.start,
    end: m.end,
    rule: "gazetteer-place",
    attrs: { adcodes: m.entries.map((e) => e.code), level: m.entries[0]?.level ?? null },
  }));
}
