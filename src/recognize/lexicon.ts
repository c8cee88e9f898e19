/**
 * The gazetteers of dictionaries/ loaded once: surnames, title heads, organization endings,
 * event keywords, attendance cues, units, initiative cues, countries.
 */
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { ConfigError } from "../errors.js";
import type { AttendanceRole } from "../types.js";

export interface Lexicon {
  surnames: Set<string>;
  compoundSurnames: Set<string>;
  /** Title heads, longest first, with the level a bare head implies. */
  titleHeads: Map<string, string>;
  postposedTitles: Set<string>;
  /** Organization endings, longest first. */
  orgSuffixes: Map<string, { kind: string; standalone: boolean }>;
  /** The endings trusted anywhere in running text. */
  standaloneOrgSuffixes: string[];
  organizations: Map<string, string>;
  eventKeywords: Map<string, string>;
  attendanceCues: Map<string, { role: AttendanceRole }>;
  units: Map<string, { base: string; scale: number }>;
  initiativeEndings: Set<string>;
  initiativeVerbs: Set<string>;
  countries: Set<string>;
  /** National policies and slogans named without quotes (中国梦, 一带一路). */
  knownInitiatives: Set<string>;
  /** Regions, rivers, lakes, mountains, landmarks and major foreign cities, with their kind. */
  geographicNames: Map<string, string>;
}

/** The folder that holds the dictionaries, the same from src/ (tests) and dist/ (CLI). */
export const DICTIONARY_DIR = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "dictionaries");

/** Rows of a TSV dictionary: `#` comments and the header row skipped, columns split on tabs. */
export function readTsv(file: string): string[][] {
  const path = join(DICTIONARY_DIR, file);
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (cause) {
    throw new ConfigError(`cannot read dictionary ${path}: reinstall zhkg or restore the file`, { cause });
  }
  const rows = text
    .split("\n")
    .map((line) => line.replace(/\r$/, ""))
    .filter((line) => line.trim() && !line.startsWith("#"))
    .map((line) => line.split("\t"));
  return rows.slice(1);
}

const byLengthDesc = <V>(entries: [string, V][]): Map<string, V> =>
  new Map(entries.sort((a, b) => b[0].length - a[0].length));

let cached: Lexicon | undefined;

/** Loads (once) and returns the dictionaries. */
export function lexicon(): Lexicon {
  if (cached) return cached;
  const surnames = readTsv("surnames.tsv");
  const cues = readTsv("initiative-cues.tsv");
  const orgSuffixes = byLengthDesc(
    readTsv("org-suffixes.tsv").map((r): [string, { kind: string; standalone: boolean }] => [r[0]!, { kind: r[1] ?? "", standalone: r[2] === "yes" }]),
  );
  cached = {
    surnames: new Set(surnames.filter((r) => r[1] === "single").map((r) => r[0]!)),
    compoundSurnames: new Set(surnames.filter((r) => r[1] === "compound").map((r) => r[0]!)),
    titleHeads: byLengthDesc(readTsv("title-heads.tsv").map((r) => [r[0]!, r[1] ?? "prefix"])),
    postposedTitles: new Set(readTsv("postposed-titles.tsv").map((r) => r[0]!)),
    orgSuffixes,
    standaloneOrgSuffixes: [...orgSuffixes].filter(([, v]) => v.standalone).map(([k]) => k),
    organizations: byLengthDesc(readTsv("organizations.tsv").map((r) => [r[0]!, r[1] ?? ""])),
    eventKeywords: byLengthDesc(readTsv("event-keywords.tsv").map((r) => [r[0]!, r[1] ?? "other"])),
    attendanceCues: byLengthDesc(
      readTsv("attendance-cues.tsv").map((r) => [r[0]!, { role: r[1] as AttendanceRole }]),
    ),
    units: byLengthDesc(readTsv("units.tsv").map((r) => [r[0]!, { base: r[1]!, scale: Number(r[2]) }])),
    initiativeEndings: new Set(cues.filter((r) => r[1] === "ending").map((r) => r[0]!)),
    initiativeVerbs: new Set(cues.filter((r) => r[1] === "verb").map((r) => r[0]!)),
    knownInitiatives: new Set(readTsv("known-initiatives.tsv").map((r) => r[0]!)),
    countries: new Set(readTsv("countries.tsv").map((r) => r[0]!)),
    geographicNames: byLengthDesc(readTsv("geographic-names.tsv").map((r) => [r[0]!, r[1] ?? "region"])),
  };
  return cached;
}

/**
 * Words the segmenter should keep whole so rules meet them as tokens: title heads, known
 * organizations, organization endings of two or more characters, event keywords and cues.
 */
export function userWords(lex: Lexicon): [word: string, tag: string][] {
  const tagged = (words: Iterable<string>, tag: string) => [...words].map((w): [string, string] => [w, tag]);
  return [
    ...tagged(lex.titleHeads.keys(), "n"),
    ...tagged(lex.organizations.keys(), "nt"),
    ...tagged([...lex.orgSuffixes.keys()].filter((s) => s.length >= 2), "n"),
    ...tagged(lex.eventKeywords.keys(), "n"),
    ...tagged(lex.attendanceCues.keys(), "v"),
  ];
}
