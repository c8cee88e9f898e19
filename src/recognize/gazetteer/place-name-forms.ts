/**
 * The names news uses for an administrative unit, from its official name: `浙江省` is also
 * `浙江`, `广西壮族自治区` is `广西`, `西楼村村民委员会` is `西楼村`. Conservative by design.
 */

export type PlaceLevel = "province" | "city" | "county" | "town" | "village";

/** The 55 minority nationalities as they appear inside autonomous-area names (族 optional). */
const ETHNIC_GROUPS = [
  "蒙古", "回", "藏", "维吾尔", "苗", "彝", "壮", "布依", "朝鲜", "满", "侗", "瑶", "白", "土家",
  "哈尼", "哈萨克", "傣", "黎", "傈僳", "佤", "畲", "高山", "拉祜", "水", "东乡", "纳西", "景颇",
  "柯尔克孜", "土", "达斡尔", "仫佬", "羌", "布朗", "撒拉", "毛南", "仡佬", "锡伯", "阿昌", "普米",
  "塔吉克", "怒", "乌孜别克", "俄罗斯", "鄂温克", "德昂", "保安", "裕固", "京", "塔塔尔", "独龙",
  "鄂伦春", "赫哲", "门巴", "珞巴", "基诺",
].sort((a, b) => b.length - a.length);

/**
 * Bases of county-level names that are ordinary words or street names far more often than
 * the county (`朝阳区` but `朝阳产业`): these keep only their full form.
 */
const COMMON_WORD_BASES = new Set([
  "朝阳", "和平", "新华", "城关", "城中", "城区", "郊区", "矿区", "长安", "新城", "新市", "白云",
  "青山", "东山", "西山", "南山", "北山", "宝山", "普陀", "铁西", "铁东", "新兴", "红旗", "向阳",
  "胜利", "前进", "东风", "解放", "光明", "振兴", "平安", "团结", "永安", "太平", "复兴", "龙华",
  "中山", "人民", "先锋", "建设", "工农", "红星", "新区", "开发", "高新", "经开", "天元", "东方",
  "龙城", "东城", "西城", "南城", "北城", "市中", "古城", "海港", "江南", "江北", "河东", "河西",
  "城东", "城西", "城南", "城北", "山城", "西区", "东区", "南区", "北区", "中区", "金山", "清河",
  "温泉", "马尾", "鼓楼", "平房", "天桥", "龙门", "安定", "长安", "新华",
]);

/** Names in the data that stand for "no unit of its own" (municipal districts, direct rule). */
const PLACEHOLDERS = new Set(["市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"]);

/** Parts of county-level names that mark zones and boards, never shortened. */
const ZONE_MARKERS = /开发|新区|园区|管理|工业|矿区|林区|特区|委员会|管委会|群岛|海域/;

/**
 * Forms of one official name: the canonical form first, then the short forms news uses.
 * Empty when the name is a placeholder or would be too short to be told from ordinary text.
 * `isCommonWord` (e.g. backed by the segmenter's dictionary) vetoes short forms of cities and
 * counties that are mostly ordinary words.
 */
export function placeNameForms(
  officialName: string,
  level: PlaceLevel,
  isCommonWord: (word: string) => boolean = () => false,
): string[] {
  const name = withoutParenthetical(officialName.trim());
  if (name.length < 2 || PLACEHOLDERS.has(name) || name.includes("虚拟")) return [];
  switch (level) {
    case "province":
      return withShort(name, provinceShort(name));
    case "city":
      return withShort(name, vetoed(cityShort(name), isCommonWord));
    case "county":
      return withShort(name, vetoed(countyShort(name), isCommonWord));
    case "town":
      return [name];
    case "village":
      return villageForms(name);
  }
}

function vetoed(short: string | null, isCommonWord: (word: string) => boolean): string | null {
  return short !== null && isCommonWord(short) ? null : short;
}

function withShort(name: string, short: string | null): string[] {
  return short !== null && short !== name && short.length >= 2 ? [name, short] : [name];
}

/** `天津经济技术开发区（其他片区）` → `天津经济技术开发区`. */
function withoutParenthetical(name: string): string {
  const open = name.search(/[（(]/);
  return open > 0 ? name.slice(0, open) : name;
}

/** Strips trailing nationality names (`延边朝鲜族` → `延边`, `博尔塔拉蒙古` → `博尔塔拉`). */
function withoutEthnicGroups(base: string): string {
  let rest = base;
  for (let changed = true; changed; ) {
    changed = false;
    for (const group of ETHNIC_GROUPS) {
      // A one-character nationality without 族 (`白`, `水`) is too likely part of the name.
      for (const suffix of group.length > 1 ? [group + "族", group] : [group + "族"]) {
        if (rest.endsWith(suffix) && rest.length - suffix.length >= 2) {
          rest = rest.slice(0, rest.length - suffix.length);
          changed = true;
          break;
        }
      }
      if (changed) break;
    }
  }
  return rest;
}

function autonomousShort(name: string): string | null {
  const match = /^(.+)自治(?:区|州|县|旗)$/.exec(name);
  if (match === null) return null;
  return withoutEthnicGroups(match[1]!);
}

function provinceShort(name: string): string | null {
  return autonomousShort(name) ?? /^(.{2,})(?:省|市|特别行政区)$/.exec(name)?.[1] ?? null;
}

function cityShort(name: string): string | null {
  return autonomousShort(name) ?? /^(.{2,})(?:市|地区)$/.exec(name)?.[1] ?? null;
}

function countyShort(name: string): string | null {
  if (ZONE_MARKERS.test(name)) return null;
  const autonomous = autonomousShort(name);
  if (autonomous !== null) return autonomous;
  const match = /^(.{2,3})(市|县|区)$/.exec(name);
  if (match === null) return null;
  const base = match[1]!;
  return COMMON_WORD_BASES.has(base) ? null : base;
}

/**
 * Village committees are named after their village or community: `西楼村委会`,
 * `西楼村村民委员会`, `艾西楼村民委员会` → `…村`; `…社区居委会`, `…居民委员会` → `…社区`.
 * Other village-level units (`…生活区`, `…嘎查`) keep their name. Results under three
 * characters (`东村`, `新村`) are dropped: in running text they are ordinary words.
 */
function villageForms(name: string): string[] {
  let form = name;
  const villageCommittee = /^(.+?)(?:村民委员会|村委会)$/.exec(name);
  const residentsCommittee = /^(.+?)(?:居民委员会|居委会)$/.exec(name);
  if (villageCommittee !== null) {
    const base = villageCommittee[1]!;
    form = /(?:村|社区|嘎查)$/.test(base) ? base : base + "村";
  } else if (residentsCommittee !== null) {
    const base = residentsCommittee[1]!;
    form = base.endsWith("社区") ? base : base + "社区";
  }
  return form.length >= 3 ? [form] : [];
}
