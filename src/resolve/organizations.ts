/**
 * Organization names to canonical names with the place they belong to: bare-level and
 * unprefixed local bodies take the paper's home (`市场监管局` in a Yiwu paper → 义乌市市场监管局).
 */
import { shortForms, type Division, type DivisionIndex } from "./division-index.js";
import { bareLevelAt, bareLevelOf, type LevelContext } from "./titles.js";
import { normalizeName } from "./text-utils.js";

export interface CanonicalOrg {
  /** Canonical name; the node key is `org:<name>`. */
  name: string;
  /** The division the body belongs to, when known (LOCATED_IN). */
  place: Division | null;
}

const NATIONAL = /^(?:全国|中共中央|中央|国务院|国家|中国|中华|最高人民)|^[^省市县区镇乡]{1,4}部$/;
/** Suffixes of local government bodies that papers name without their place. */
const LOCAL_BODY = /(?:局|委员会|委|办公室|办|厅|政府|人大常委会|政协|法院|检察院|公安|税务|总工会|团委|妇联|党校|分局)$/;

/** Party committees are canonically `中共<place>委` (`金华市委` → `中共金华市委`). */
function partyCommittee(name: string): string {
  const committee = name.replace(/([省市县区])\1委$/, "$1委"); // 叙永县县委 → 叙永县委
  return /^[^中].*[省市县区镇乡]委$/.test(committee) ? `中共${committee}` : name;
}

/**
 * Canonical name and place of an organization named `raw`; bare levels (`市委`, `自治区信访局`)
 * are read against `levels` (the home, else the article's places).
 */
export function canonicalOrganization(
  raw: string,
  index: DivisionIndex,
  levels: LevelContext,
  pickPlace: (divisions: Division[]) => Division | null,
): CanonicalOrg {
  const name = normalizeName(raw).replace(/^(?:我|本)(?=[省市县区镇乡])/, "");
  const prefix = index.prefixOf(name);
  if (prefix) {
    const place = pickPlace(prefix.divisions);
    // A short place prefix becomes the full name only where the body is a government one.
    const short = place !== null && shortForms(place.name, place.level).includes(prefix.name);
    const full = place && short && LOCAL_BODY.test(name) ? place.name + name.slice(prefix.name.length) : name;
    return { name: partyCommittee(full), place };
  }
  if (NATIONAL.test(name)) return { name: partyCommittee(name), place: null };
  const bare = bareLevelOf(name);
  if (bare) {
    const place = bareLevelAt(bare.level, levels);
    if (place) return { name: partyCommittee(place.name + name.slice(bare.length)), place };
    return { name: partyCommittee(name), place: null };
  }
  // Only a paper's own home can claim an unprefixed body; an article's places are too loose.
  const home = levels.home[0];
  if (home && LOCAL_BODY.test(name) && name.length <= 8) return { name: home.name + name, place: home };
  return { name, place: null };
}
