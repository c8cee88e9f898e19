// Child process of the benchmark: the full extraction of a corpus file with N workers from a
// cold start (each mode in a fresh process, so neither finds dictionaries loaded), then
// nodejieba.cut alone over the same documents in this same process (with one worker the
// extraction ran in this thread, so its ~400 added words are in the dictionary by then).
// Prints one JSON object.
// Usage: node bench/measure-extraction.mjs <corpus.jsonl> <workers>
import { readCorpusTexts } from "./make-corpus.mjs";
import { cpuSecondsSince, measureJieba } from "./measure-segmenter.mjs";

/** Share of the text after which the extraction is taken to be warm (dictionaries built, code compiled). */
const WARM_SHARE = 0.25;

const [corpusPath, workersArg = "1"] = process.argv.slice(2);
const workers = Number(workersArg);
// The texts are read again for the baseline: holding them during the extraction would slow
// the in-thread run's garbage collection.
const textBytes = readCorpusTexts(corpusPath).reduce((sum, t) => sum + t.bytes, 0);
const { extractSources } = await import("../dist/pipeline/extract-sources.js");

// Besides the whole run, the rate over the text after the first WARM_SHARE of it is the steady
// one: every worker builds its dictionaries (2–3 s) and V8 compiles the rules during the first
// seconds, which a run over a year of papers does once.
const cpuBefore = process.cpuUsage();
const started = performance.now();
let firstRecordS = null;
let records = 0;
let diagnostics = 0;
let bytes = 0;
let warm = null;
for await (const item of extractSources([corpusPath], { workers })) {
  if (item.kind === "record") {
    firstRecordS ??= (performance.now() - started) / 1000;
    records++;
    bytes += Buffer.byteLength(item.record.article.text);
    if (!warm && bytes >= WARM_SHARE * textBytes) warm = { s: (performance.now() - started) / 1000, bytes, cpu: process.cpuUsage() };
  } else diagnostics++;
}
const seconds = (performance.now() - started) / 1000;
// Process CPU time covers the worker threads too: MB per CPU-second is the per-core rate.
const cpuSeconds = cpuSecondsSince(cpuBefore);
const steadyMB = warm ? (bytes - warm.bytes) / 1e6 : 0;
const steady = warm && seconds > warm.s
  ? { fromS: warm.s, MB: steadyMB, MBps: steadyMB / (seconds - warm.s), MBperCpuS: steadyMB / cpuSecondsSince(warm.cpu) }
  : null;
const textMB = textBytes / 1e6;
console.log(JSON.stringify({
  workers,
  records,
  diagnostics,
  seconds,
  cpuSeconds,
  firstRecordS,
  MBps: textMB / seconds,
  MBperCpuS: textMB / cpuSeconds,
  steady,
  cut: measureJieba(readCorpusTexts(corpusPath), "cut"),
}));
