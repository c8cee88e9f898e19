// The dictionaries as shipped: each lists an entry once, so that an edit made twice (or two
// rows that disagree on a tag or a role) shows up here rather than as a silent override.
import { readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { DICTIONARY_DIR, readTsv } from "../../src/recognize/lexicon.js";

const files = readdirSync(DICTIONARY_DIR).filter((f) => f.endsWith(".tsv"));

describe("dictionaries", () => {
  it("are found", () => {
    expect(files).toContain("title-heads.tsv");
  });

  it.each(files)("%s lists each entry once", (file) => {
    const seen = new Set<string>();
    const repeated = readTsv(file)
      .map((row) => row[0]!)
      .filter((entry) => seen.has(entry) || !seen.add(entry));
    expect(repeated).toEqual([]);
  });
});
