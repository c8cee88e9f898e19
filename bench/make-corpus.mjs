// Builds a benchmark corpus of a given size from the real texts of the repository, varied so
// that people's names, dates and numbers differ from copy to copy, streamed to a JSON Lines file.
import { createWriteStream, existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { once } from "node:events";

/** Common surnames and given-name characters (general knowledge, not taken from any text). */
const SURNAMES = [..."王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"];
const GIVEN = [..."伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红建文辉力永健世广志义兴良海山仁波宁贵福生龙元全国胜学祥才发武新利清飞彬富顺信子杰涛昌成康星光天达安岩中茂进林有坚和彪博诚先敬震振壮会思群豪心邦承乐绍功松善厚庆磊民友裕河哲江超浩亮政谦亨奇固之轮翰朗伯宏言若鸣朋斌梁栋维启克伦翔旭鹏泽晨辰士以建家致树炎德行时泰盛雄琛钧冠策腾楠榕风航弘"];

/** Mulberry32: a small seeded PRNG, so that a corpus of a given size and seed is reproducible. */
export function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = (random, list) => list[Math.floor(random() * list.length)];
const between = (random, low, high) => low + Math.floor(random() * (high - low + 1));

/**
 * The seed texts: the sample newspaper page, the dev articles and the UTF-8 text fixtures that
 * are mostly Chinese; plus the person names their gold files list, to be swapped in copies.
 */
export function loadSeedTexts(projectRoot) {
  const shared = join(projectRoot, "..", "shared");
  const files = [];
  const page = join(shared, "corpus", "yiwu-2022-12-08-page1.txt");
  if (existsSync(page)) files.push(page);
  const dev = join(shared, "corpus", "dev");
  if (existsSync(dev)) for (const name of readdirSync(dev).sort()) if (name.endsWith(".txt")) files.push(join(dev, name));
  for (const file of walk(join(projectRoot, "test", "fixtures"))) if (file.endsWith(".txt")) files.push(file);
  const texts = [];
  for (const file of files) {
    const text = readFileSync(file, "utf8");
    const cjk = (text.match(/[\u4e00-\u9fff]/g) ?? []).length;
    if (text.length >= 100 && !text.includes("\ufffd") && cjk >= text.length / 2) texts.push({ source: relative(projectRoot, file), text });
  }
  const names = new Set();
  for (const gold of ["seed-gold.jsonl", "dev-gold.jsonl"]) {
    const path = join(shared, "eval", gold);
    if (!existsSync(path)) continue;
    for (const line of readFileSync(path, "utf8").split("\n")) {
      if (!line.trim()) continue;
      const record = JSON.parse(line);
      for (const person of record.persons ?? []) if (typeof person.name === "string" && person.name.length >= 2) names.add(person.name);
      for (const name of record.reporters ?? []) if (typeof name === "string" && name.length >= 2) names.add(name);
    }
  }
  if (texts.length === 0) throw new Error(`no seed texts found under ${shared}/corpus or test/fixtures`);
  return { texts, names: [...names].sort((a, b) => b.length - a.length) };
}

function* walk(dir) {
  if (!existsSync(dir)) return;
  for (const entry of readdirSync(dir).sort()) {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) yield* walk(path);
    else yield path;
  }
}

/** One varied copy of a seed text: other names, other dates, other numbers of the same width. */
export function varyText(text, names, random) {
  const swap = new Map();
  for (const name of names) {
    if (!text.includes(name)) continue;
    const given = Array.from({ length: name.length - 1 }, () => pick(random, GIVEN)).join("");
    swap.set(name, pick(random, SURNAMES) + given);
  }
  let varied = text;
  for (const [from, to] of swap) varied = varied.split(from).join(to);
  const year = between(random, 2005, 2024);
  varied = varied
    .replace(/(\d{4})年(\d{1,2})月(\d{1,2})日/g, () => `${between(random, 2005, 2024)}年${between(random, 1, 12)}月${between(random, 1, 28)}日`)
    .replace(/(?<![\d年])(\d{1,2})月(\d{1,2})日/g, () => `${between(random, 1, 12)}月${between(random, 1, 28)}日`)
    .replace(/(?<![\d.年月])\d{2,}(?![\d年月日])/g, (digits) => String(between(random, 10 ** (digits.length - 1), 10 ** digits.length - 1)));
  const date = `${year}-${String(between(random, 1, 12)).padStart(2, "0")}-${String(between(random, 1, 28)).padStart(2, "0")}`;
  return { text: varied, date };
}

/**
 * Writes varied copies of the seed texts as JSON Lines rows {id, source, date, text} until the
 * texts add up to `bytes` of UTF-8; returns the number of documents and text bytes written.
 */
export async function writeCorpus(path, bytes, seeds, seed = 1) {
  const random = prng(seed);
  const out = createWriteStream(path);
  let written = 0;
  let documents = 0;
  while (written < bytes) {
    const original = seeds.texts[documents % seeds.texts.length];
    const { text, date } = varyText(original.text, seeds.names, random);
    const row = JSON.stringify({ id: `bench-${documents}`, source: `${original.source}#${documents}`, date, text });
    written += Buffer.byteLength(text);
    documents++;
    if (!out.write(row + "\n")) await once(out, "drain");
  }
  out.end();
  await once(out, "finish");
  return { documents, textBytes: written };
}

/** Reads a corpus file back as an array of {text, bytes} (for the in-memory measurements). */
export function readCorpusTexts(path) {
  const texts = [];
  for (const line of readFileSync(path, "utf8").split("\n")) {
    if (!line) continue;
    const { text } = JSON.parse(line);
    texts.push({ text, bytes: Buffer.byteLength(text) });
  }
  return texts;
}
