/**
 * Reads a title as written (`金华市委副书记`, `省政府原副省长`, `市长`) into its position, the
 * body it belongs to and the jurisdiction that body points to.
 */
import type { Division, DivisionIndex } from "./division-index.js";
import { sharedPrefix } from "./places.js";

/** Position words, longest first when matched; general vocabulary of Chinese offices. */
const POSITIONS = [
  "书记", "副书记", "常务副书记", "常委", "委员", "主任", "副主任", "常务副主任", "主任委员", "副主任委员",
  "主席", "副主席", "会长", "副会长", "名誉会长", "部长", "副部长", "局长", "副局长", "厅长", "副厅长",
  "处长", "副处长", "科长", "秘书长", "副秘书长", "省长", "副省长", "常务副省长", "市长", "副市长",
  "常务副市长", "县长", "副县长", "常务副县长", "区长", "副区长", "常务副区长", "镇长", "副镇长", "乡长",
  "副乡长", "村长", "院长", "副院长", "检察长", "副检察长", "庭长", "所长", "站长", "队长", "校长",
  "副校长", "社长", "总编辑", "董事长", "副董事长", "总经理", "副总经理", "总裁", "理事长", "副理事长",
  "组长", "副组长", "党组书记", "党组成员", "党委书记", "党工委书记", "政委", "司令员", "巡视员", "督察长",
  "专职副主席", "领导人", "总书记", "总理", "副总理", "行长", "副行长", "馆长", "主编", "监事长", "负责人", "代表", "指挥长",
].sort((a, b) => b.length - a.length);

/** Executive posts that name their level without a body (`副省长` → the province). */
const LEVEL_OF_POST: Array<[RegExp, BareLevel]> = [
  [/省长$/, "省"],
  [/市长$/, "市"],
  [/县长$/, "县"],
  [/区长$/, "区"],
  [/镇长$/, "镇"],
  [/乡长$/, "乡"],
];

/** Posts that exist only at the national level. */
const NATIONAL_POST = /^(?:总书记|总理|副总理)$/;
/** Bodies of the whole country: their officials' jurisdiction is `全国`. */
const NATIONAL = /^(?:全国|中共中央|中央|国务院|国务|国家|中国|中华|最高人民|人民日报|新华社|党和国家)|^[^省市县区镇乡]{1,4}部$/;
/** A leading level character that is part of a word, not a bare level (`市场监管局`). */
const NOT_A_LEVEL = /^(?:市场|市民|市区|区域|县域|省级|市级|县级|区级|镇级|乡村|乡镇)/;

export type BareLevel = "省" | "市" | "县" | "区" | "镇" | "乡";

/**
 * The bare level a name starts with (市 of 市财政局, 县 of 县人民会堂, 自治区 as a province) and its
 * length, unless the level starts a word (市场, 县域).
 */
export function bareLevelOf(name: string): { level: BareLevel; length: number } | null {
  const bare = /^(?:自治区|[省市县区镇乡])/.exec(name);
  if (!bare || NOT_A_LEVEL.test(name)) return null;
  return { level: bare[0] === "自治区" ? "省" : (bare[0] as BareLevel), length: bare[0].length };
}

/** A title taken apart; `jurisdiction` is settled later against the person's other titles. */
export interface TitleParse {
  title: string;
  position: string;
  /** The body before the position, `原`/`前` and session numbers removed (`金华市委`, `省政府`). */
  body: string;
  former: boolean;
  /** Where the body's leading place name points, when it has one. */
  place: Division | null;
  /** The place text as written in the title (`金华市`, `金华`). */
  placeText: string | null;
  /** A bare level (`市委书记`, `副省长`, `我市`) to be filled from context or home. */
  bareLevel: BareLevel | null;
  national: boolean;
}

/** Takes one title apart; pure apart from the division lookups. */
export function parseTitle(title: string, index: DivisionIndex, anchors: string[]): TitleParse {
  // `国务委员兼外交部长`: the first post names the person's standing; the rest adds to it.
  let rest = title.split("兼")[0]!.replace(/^(?:第?[零〇一二三四五六七八九十百\d]+届)/, "");
  let former = false;
  if (/^(?:原|前)/.test(rest)) {
    former = true;
    rest = rest.slice(1);
  }
  const position = POSITIONS.find((p) => rest.endsWith(p)) ?? "";
  let body = rest.slice(0, rest.length - position.length);
  if (/(?:原|前)$/.test(body)) {
    former = true;
    body = body.slice(0, -1);
  }
  body = body.replace(/^(?:第?[零〇一二三四五六七八九十百\d]+届)/, "");
  const parse: TitleParse = { title, position, body, former, place: null, placeText: null, bareLevel: null, national: false };
  const self = /^(?:我|本|全)?(自治区|市|县|区|省|镇|乡)/.exec(body);
  if (self && (self[0] !== self[1] || self[1] === "自治区")) {
    parse.bareLevel = self[1] === "自治区" ? "省" : (self[1] as BareLevel);
    return parse;
  }
  const prefix = index.prefixOf(body);
  if (prefix) {
    parse.placeText = prefix.name;
    parse.place = pickDivision(prefix.divisions, anchors);
    return parse;
  }
  if (NATIONAL.test(body)) {
    parse.national = true;
    return parse;
  }
  if (/^[省市县区镇乡]/.test(body) && !NOT_A_LEVEL.test(body)) {
    parse.bareLevel = body[0] as BareLevel;
    return parse;
  }
  if (!body && NATIONAL_POST.test(position)) parse.national = true;
  else if (!body) parse.bareLevel = LEVEL_OF_POST.find(([re]) => re.test(position))?.[1] ?? null;
  return parse;
}

/** The division of an ambiguous prefix nearest the anchors; the highest level when none is. */
function pickDivision(divisions: Division[], anchors: string[]): Division | null {
  if (divisions.length === 1) return divisions[0]!;
  const scored = divisions.map((d) => ({ d, score: Math.max(0, ...anchors.map((a) => sharedPrefix(d.code, a))) }));
  scored.sort((a, b) => b.score - a.score);
  if (scored[0]!.score > 0 && scored[0]!.score !== scored[1]!.score) return scored[0]!.d;
  return null;
}

/** Whether a division can be what a bare level means (`市` → a city or county-level city). */
export function matchesLevel(division: Division, level: BareLevel): boolean {
  if (level === "省") return division.level === "province";
  if (level === "市") return (division.level === "city" || division.level === "county") && division.name.endsWith("市");
  if (level === "县") return division.level === "county" && division.name.endsWith("县");
  if (level === "区") return division.level === "county" && division.name.endsWith("区");
  return division.level === "town" && division.name.endsWith(level);
}

/**
 * Where bare levels point: the paper's home chain (nearest first) when there is a home, else
 * the divisions the article itself names (with their ancestors).
 */
export interface LevelContext {
  home: Division[];
  article: Division[];
}

/**
 * The division a bare level means: the nearest of the home chain at that level, else the one
 * division of the article at that level (none when the article names two, e.g. two cities).
 */
export function bareLevelAt(level: BareLevel, context: LevelContext): Division | null {
  if (context.home.length > 0) return context.home.find((d) => matchesLevel(d, level)) ?? null;
  const matches = new Map(context.article.filter((d) => matchesLevel(d, level)).map((d) => [d.code, d]));
  return matches.size === 1 ? [...matches.values()][0]! : null;
}
