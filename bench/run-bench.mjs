// `npm run bench`: throughput and memory of zhkg on a generated corpus, next to nodejieba.cut
// alone (issue 6). Prints a report and writes bench/out/results-<time>.json.
// Flags: --quick (small sizes), --throughput-mb=N, --rss-mb=200,1000, --workers=N, --seed=N,
//        --no-rss, --no-neo4j, --neo4j-articles=N, --per-row-articles=N.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { availableParallelism, cpus, totalmem } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { loadSeedTexts, readCorpusTexts, writeCorpus } from "./make-corpus.mjs";
import { measureNeo4j } from "./measure-neo4j.mjs";
import { measureJieba } from "./measure-segmenter.mjs";

const BENCH_DIR = dirname(fileURLToPath(import.meta.url));
const ROOT = join(BENCH_DIR, "..");
const OUT = join(BENCH_DIR, "out");

function parseFlags(argv) {
  const quick = argv.includes("--quick");
  const value = (name, fallback) => {
    const flag = argv.find((a) => a.startsWith(`--${name}=`));
    return flag ? flag.slice(name.length + 3) : fallback;
  };
  return {
    quick,
    throughputMB: Number(value("throughput-mb", quick ? "2" : "40")),
    rssMB: value("rss-mb", quick ? "10,40" : "200,1000").split(",").map(Number).filter((n) => n > 0),
    workers: Number(value("workers", String(availableParallelism()))),
    seed: Number(value("seed", "1")),
    rss: !argv.includes("--no-rss"),
    neo4j: !argv.includes("--no-neo4j"),
    neo4jArticles: Number(value("neo4j-articles", quick ? "100" : "1000")),
    perRowArticles: Number(value("per-row-articles", quick ? "10" : "50")),
  };
}

/** The corpus file of `megabytes` of text for `seed`, generated once and reused. */
async function corpus(megabytes, seed, seeds) {
  const path = join(OUT, `corpus-${megabytes}mb-seed${seed}.jsonl`);
  const meta = `${path}.json`;
  if (!existsSync(path) || !existsSync(meta)) {
    const started = performance.now();
    const written = await writeCorpus(path, megabytes * 1e6, seeds, seed);
    writeFileSync(meta, JSON.stringify({ ...written, seconds: (performance.now() - started) / 1000 }));
    process.stderr.write(`bench: wrote ${path} (${written.documents} documents)\n`);
  }
  return path;
}

/** The first `limit` extraction records of the corpus (for the Neo4j part), in this process. */
async function firstRecords(path, limit) {
  const { extractSources } = await import("../dist/pipeline/extract-sources.js");
  const records = [];
  if (limit <= 0) return records;
  for await (const item of extractSources([path], { workers: 1 })) {
    if (item.kind !== "record") continue;
    records.push(item.record);
    if (records.length >= limit) break;
  }
  return records;
}

/** Runs a bench/measure-*.mjs script in a fresh process and parses the JSON it prints. */
function child(script, args) {
  const output = execFileSync(process.execPath, ["--expose-gc", join(BENCH_DIR, script), ...args], {
    cwd: ROOT,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "inherit"],
    maxBuffer: 1 << 24,
  });
  return JSON.parse(output.trim().split("\n").pop());
}

function machine() {
  let model = cpus()[0]?.model ?? "unknown";
  try {
    model = /Model name:\s*(.+)/.exec(execFileSync("lscpu", { encoding: "utf8" }))?.[1]?.trim() ?? model;
  } catch {
    // lscpu is optional; os.cpus() already gave a model
  }
  return { cpu: model, cores: availableParallelism(), memoryGB: Math.round(totalmem() / 2 ** 30), node: process.version };
}

const f1 = (n) => (n === null || n === undefined || Number.isNaN(n) ? "-" : n.toFixed(1));
const f2 = (n) => (n === null || n === undefined || Number.isNaN(n) ? "-" : n.toFixed(2));

async function main() {
  const flags = parseFlags(process.argv.slice(2));
  mkdirSync(OUT, { recursive: true });
  if (!existsSync(join(ROOT, "dist", "pipeline", "extract-sources.js"))) {
    throw new Error("dist/ is missing: run `npm run build` (npm run bench does it first)");
  }
  const results = { date: new Date().toISOString(), machine: machine(), flags };
  const log = (line) => process.stdout.write(line + "\n");
  log(`zhkg benchmark ${results.date} — ${results.machine.cpu}, ${results.machine.cores} cores, node ${results.machine.node}`);
  const seeds = loadSeedTexts(ROOT);
  log(`seed texts: ${seeds.texts.length}, names varied: ${seeds.names.length}`);

  const throughputPath = await corpus(flags.throughputMB, flags.seed, seeds);
  const texts = readCorpusTexts(throughputPath);
  const textMB = texts.reduce((sum, t) => sum + t.bytes, 0) / 1e6;
  log(`\nthroughput corpus: ${texts.length} documents, ${f1(textMB)} MB of text (UTF-8)`);

  results.gazetteer = child("measure-gazetteer.mjs", [throughputPath, "100000"]);
  const g = results.gazetteer;
  log(`\n[gazetteer] full place list: ${g.names} names / ${g.entries} entries / ${g.states} states`);
  log(`  build ${f1(g.buildMs)} ms wall (${f1(g.buildCpuMs)} ms CPU), heap +${f1(g.memory.heapGrowthMB)} MB, RSS +${f1(g.memory.rssGrowthMB)} MB, automaton ${f1(g.memory.automatonMB)} MB`);
  log(`  scan ${f1(g.scan.MBps)} MB/s wall, ${f1(g.scan.MBperCpuS)} MB per CPU-second (${f1(g.scan.McharsPerS)} Mchars/s), ${g.scan.matches} matches`);
  log(`  same ${g.subset.names} names: typed-array build ${f1(g.subset.typed.buildMs)} ms, scan ${f1(g.subset.typed.MBps)} MB/s;` +
    ` Map-per-node build ${f1(g.subset.naive.buildMs)} ms, scan ${f1(g.subset.naive.MBps)} MB/s`);

  results.jieba = measureJieba(texts, "cut");
  log(`\n[baseline] nodejieba.cut alone: ${f2(results.jieba.MBps)} MB/s wall, ${f2(results.jieba.MBperCpuS)} MB per CPU-second (${f1(results.jieba.seconds)} s)`);
  results.jiebaTag = measureJieba(texts, "tag");
  log(`  nodejieba.tag alone: ${f2(results.jiebaTag.MBps)} MB/s wall, ${f2(results.jiebaTag.MBperCpuS)} MB per CPU-second = ${f2(results.jiebaTag.MBperCpuS / results.jieba.MBperCpuS)}× cut`);

  results.extraction = [];
  for (const workers of [...new Set([1, flags.workers])]) {
    const run = child("measure-extraction.mjs", [throughputPath, String(workers)]);
    results.extraction.push(run);
    const cut = run.cut;
    log(`[extract] ${workers} worker(s), from a cold start in a fresh process; nodejieba.cut alone there afterwards: ${f2(cut.MBps)} MB/s wall, ${f2(cut.MBperCpuS)} MB per CPU-second`);
    log(`  whole run: ${f2(run.MBps)} MB/s wall = ${f2(run.MBps / cut.MBps)}× nodejieba.cut; ${f2(run.MBperCpuS)} MB per CPU-second = ${f2(run.MBperCpuS / cut.MBperCpuS)}× per core` +
      ` (${f1(run.seconds)} s, first record after ${f1(run.firstRecordS)} s; ${run.records} records, ${run.diagnostics} diagnostics)`);
    log(`  steady, after the first quarter of the text (from ${f1(run.steady?.fromS)} s): ${f2(run.steady?.MBps)} MB/s wall = ${f2(run.steady?.MBps / cut.MBps)}× nodejieba.cut;` +
      ` ${f2(run.steady?.MBperCpuS)} MB per CPU-second = ${f2(run.steady?.MBperCpuS / cut.MBperCpuS)}× per core`);
  }
  const [one, many] = [results.extraction[0], results.extraction.at(-1)];
  if (many !== one) log(`  ${many.workers} workers / 1 worker: ${f2(many.MBps / one.MBps)}× whole run, ${f2(many.steady?.MBps / one.steady?.MBps)}× steady`);

  results.rss = [];
  if (flags.rss) {
    for (const megabytes of flags.rssMB) {
      const path = await corpus(megabytes, flags.seed + megabytes, seeds);
      const run = child("measure-rss.mjs", [path, String(flags.workers)]);
      results.rss.push({ corpusMB: megabytes, ...run });
      log(`[rss] ${megabytes} MB corpus, ${run.workers} workers: peak RSS ${f1(run.peakRssMB)} MB, ${f2(run.MBps)} MB/s, ${run.records} records in ${f1(run.seconds)} s`);
    }
  }

  if (flags.neo4j) {
    // A shared server can fail under the run (another process clearing it); the rest stands.
    const records = await firstRecords(throughputPath, flags.neo4jArticles);
    results.neo4j = await measureNeo4j(records, { perRowArticles: flags.perRowArticles }).catch((err) => ({ skipped: `failed: ${err.message}` }));
    const n = results.neo4j;
    if (n.skipped) log(`\n[neo4j] skipped: ${n.skipped}`);
    else {
      log(`\n[neo4j] batched (${n.batchSize} rows/tx, ${n.articles} articles): ${f1(n.batched.rowsPerS)} rows/s, ${f1(n.batched.relsPerS)} relationships/s (${n.batched.nodes} nodes, ${n.batched.relationships} rels, ${f1(n.batched.seconds)} s)`);
      log(`  one row per query (${n.perRowArticles} articles): ${f1(n.perRow.rowsPerS)} rows/s, ${f1(n.perRow.relsPerS)} relationships/s; batched/per-row ${f1(n.ratio)}×`);
    }
  }

  const file = join(OUT, `results-${results.date.replace(/[:.]/g, "-")}.json`);
  writeFileSync(file, JSON.stringify(results, null, 2));
  log(`\nresults: ${file}`);
}

main().catch((err) => {
  process.stderr.write(`bench: ${err.stack ?? err}\n`);
  process.exitCode = 1;
});
