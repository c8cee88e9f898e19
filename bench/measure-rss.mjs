// Child process of the benchmark: runs the full extraction over a corpus file streamed from
// disk, serialising every record as `zhkg extract --format jsonl` would and dropping it, and
// prints peak RSS (VmHWM, worker threads included) with throughput as one JSON object.
// Usage: node bench/measure-rss.mjs <corpus.jsonl> <workers>
import { readFileSync, statSync } from "node:fs";

const [corpusPath, workersArg = "1"] = process.argv.slice(2);
const { extractSources } = await import("../dist/pipeline/extract-sources.js");

const started = performance.now();
let records = 0;
let diagnostics = 0;
let outputBytes = 0;
for await (const item of extractSources([corpusPath], { workers: Number(workersArg) })) {
  if (item.kind === "record") {
    records++;
    outputBytes += JSON.stringify(item.record).length + 1;
  } else diagnostics++;
}
const seconds = (performance.now() - started) / 1000;
const status = readFileSync("/proc/self/status", "utf8");
const vmHwmKB = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? NaN);
const fileMB = statSync(corpusPath).size / 1e6;
console.log(JSON.stringify({
  fileMB,
  workers: Number(workersArg),
  records,
  diagnostics,
  outputMB: outputBytes / 1e6,
  seconds,
  MBps: fileMB / seconds,
  peakRssMB: vmHwmKB / 1024,
  maxRssMB: process.resourceUsage().maxRSS / 1024,
}));
