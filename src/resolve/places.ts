/**
 * Place resolution: names to administrative codes, settling names that several divisions
 * share (苏溪镇 in Zhejiang and in Jiangxi) by the other places of the same article.
 */
import type { Division, DivisionIndex } from "./division-index.js";
import { uniqueBest } from "./unique-best.js";

/** What a place name resolved to: one division, or the candidates nothing could settle. */
export interface PlaceResolution {
  name: string;
  division: Division | null;
  candidates: Division[];
}

/** Digits of adcode prefixes that mean something: province, city, county, town, village. */
const LEVEL_DIGITS = [2, 4, 6, 9, 12];

/** Shared meaningful prefix length of two adcodes (0 when not even the province agrees). */
export function sharedPrefix(a: string, b: string): number {
  let shared = 0;
  for (const digits of LEVEL_DIGITS) {
    if (a.length < digits || b.length < digits) break;
    const head = a.slice(0, digits);
    // A 6-digit code ending in zeros stands for the whole unit, not a sub-unit "00".
    if (head !== b.slice(0, digits) || /^0+$/.test(head.slice(digits === 2 ? 0 : digits - 2))) break;
    shared = digits;
  }
  return shared;
}

function candidatesOf(name: string, index: DivisionIndex): Division[] {
  const all = index.lookup(name);
  const exact = all.filter((d) => d.name === name);
  return exact.length > 0 ? exact : all;
}

/** Picks the candidate sharing the longest prefix with any anchor, when exactly one does. */
function settle(candidates: Division[], anchors: Iterable<string>): Division | null {
  const anchorList = [...anchors];
  return uniqueBest(candidates, (candidate) => Math.max(0, ...anchorList.map((a) => sharedPrefix(candidate.code, a))));
}

/**
 * Resolves the place names of one article together. Unambiguous names resolve first and
 * become anchors (with `anchors`, e.g. the paper's home); ambiguous names then take the
 * candidate nearest an anchor, repeated until nothing changes; the rest keep their candidates.
 */
export function resolvePlaceNames(
  names: Iterable<string>,
  index: DivisionIndex,
  anchors: Iterable<string> = [],
): Map<string, PlaceResolution> {
  const out = new Map<string, PlaceResolution>();
  const anchorSet = new Set(anchors);
  const pending: PlaceResolution[] = [];
  for (const name of new Set(names)) {
    const candidates = candidatesOf(name, index);
    const resolution: PlaceResolution = { name, division: null, candidates };
    out.set(name, resolution);
    if (candidates.length === 1) {
      resolution.division = candidates[0]!;
      anchorSet.add(candidates[0]!.code);
    } else if (candidates.length > 1) pending.push(resolution);
  }
  for (let changed = true; changed; ) {
    changed = false;
    for (const resolution of pending) {
      if (resolution.division) continue;
      const pick = settle(resolution.candidates, anchorSet);
      if (pick) {
        resolution.division = pick;
        anchorSet.add(pick.code);
        changed = true;
      }
    }
  }
  return out;
}

/** The division a home name (`义乌市`, `义乌`) stands for, preferring the highest level. */
export function resolveHome(home: string | undefined, index: DivisionIndex): Division | null {
  if (!home) return null;
  const candidates = candidatesOf(home, index);
  const order = ["province", "city", "county", "town", "village"];
  candidates.sort((a, b) => order.indexOf(a.level) - order.indexOf(b.level));
  return candidates[0] ?? null;
}
