import { describe, expect, it } from "vitest";
import { shareDictionaries, useDictionaries } from "../../src/pipeline/shared-dictionaries.js";
import { loadPlaceNames } from "../../src/recognize/gazetteer/place-names.js";
import { tokenize } from "../../src/tokenize/tokenize.js";

function typedArrays(value: object): ArrayBufferView[] {
  return Object.values(value).flatMap((field) =>
    ArrayBuffer.isView(field) ? [field] : field && typeof field === "object" && !Array.isArray(field) ? typedArrays(field) : [],
  );
}

describe("shareDictionaries", () => {
  it("builds the gazetteer and the tag dictionary in shared memory, with the same answers", async () => {
    const text = "浙江省金华市义乌市佛堂镇召开会议。";
    const placesBefore = loadPlaceNames().automaton.matches(text).map((m) => [m.start, m.end, loadPlaceNames().candidatesAt(m.patternIndex)]);
    const tagsBefore = tokenize(text).map((t) => [t.text, t.tag]);
    const shared = await shareDictionaries();
    const arrays = [...typedArrays(shared.placeNames), ...typedArrays(shared.wordTags)];
    expect(arrays.length).toBeGreaterThan(10);
    for (const array of arrays) expect(array.buffer).toBeInstanceOf(SharedArrayBuffer);
    useDictionaries(shared);
    expect(loadPlaceNames().data.nameOf.buffer).toBeInstanceOf(SharedArrayBuffer);
    expect(loadPlaceNames().automaton.matches(text).map((m) => [m.start, m.end, loadPlaceNames().candidatesAt(m.patternIndex)])).toEqual(placesBefore);
    expect(tokenize(text).map((t) => [t.text, t.tag])).toEqual(tagsBefore);
  });
});
