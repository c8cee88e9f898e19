// Child process of the benchmark: builds the full place gazetteer in a fresh process (so its
// memory is measurable), scans the corpus with its automaton, and compares a Map-per-node
// Aho–Corasick on a subset of the names. Prints one JSON object on stdout.
// Usage: node bench/measure-gazetteer.mjs <corpus.jsonl> <naive subset size>
import { readCorpusTexts } from "./make-corpus.mjs";
import { buildNaiveAhoCorasick } from "./naive-aho-corasick.mjs";

const [corpusPath, subsetArg = "100000"] = process.argv.slice(2);
const { loadPlaceNames } = await import("../dist/recognize/gazetteer/place-names.js");
const { buildAutomaton } = await import("../dist/recognize/gazetteer/automaton.js");

const mb = (bytes) => bytes / 1e6;
global.gc?.();
const rssBefore = process.memoryUsage().rss;
const heapBefore = process.memoryUsage().heapUsed;
const cpuBefore = process.cpuUsage();
const started = performance.now();
const places = loadPlaceNames();
const buildMs = performance.now() - started;
const cpu = process.cpuUsage(cpuBefore);
global.gc?.();
const memory = {
  rssGrowthMB: mb(process.memoryUsage().rss - rssBefore),
  heapGrowthMB: mb(process.memoryUsage().heapUsed - heapBefore),
  automatonMB: mb(places.automaton.byteLength),
};

const texts = readCorpusTexts(corpusPath);
const bytes = texts.reduce((sum, t) => sum + t.bytes, 0);
const chars = texts.reduce((sum, t) => sum + t.text.length, 0);
/** Scans the corpus as many times as fit in about a second; rates are per pass. */
const scan = (automaton) => {
  let matches = 0;
  let passes = 0;
  const count = () => void matches++;
  const cpuBefore = process.cpuUsage();
  const t0 = performance.now();
  do {
    for (const { text } of texts) automaton.findAll(text, count);
    passes++;
  } while (performance.now() - t0 < 1000);
  const seconds = (performance.now() - t0) / 1000 / passes;
  const cpu = process.cpuUsage(cpuBefore);
  return { seconds, cpuSeconds: (cpu.user + cpu.system) / 1e6 / passes, matches: matches / passes };
};
scan(places.automaton); // warm-up: JIT and caches
const full = scan(places.automaton);

// The same two designs on the same subset of names, for a like-for-like comparison.
const subset = places.names.slice(0, Number(subsetArg));
let t0 = performance.now();
const typedSubset = buildAutomaton(subset);
const typedBuildMs = performance.now() - t0;
t0 = performance.now();
const naiveSubset = buildNaiveAhoCorasick(subset);
const naiveBuildMs = performance.now() - t0;
const typedScan = scan(typedSubset);
const naiveScan = scan(naiveSubset);

console.log(JSON.stringify({
  names: places.names.length,
  entries: places.entryCount,
  states: places.automaton.stateCount,
  buildMs,
  buildCpuMs: (cpu.user + cpu.system) / 1000,
  memory,
  scan: { textMB: mb(bytes), chars, matches: full.matches, MBps: mb(bytes) / full.seconds, MBperCpuS: mb(bytes) / full.cpuSeconds, McharsPerS: chars / 1e6 / full.seconds },
  subset: {
    names: subset.length,
    typed: { buildMs: typedBuildMs, MBps: mb(bytes) / typedScan.seconds, matches: typedScan.matches },
    naive: { buildMs: naiveBuildMs, MBps: mb(bytes) / naiveScan.seconds, matches: naiveScan.matches },
  },
  peakRssMB: process.resourceUsage().maxRSS / 1024,
}));
