// nodejieba alone over a corpus's documents, in the calling process: `cut` is the baseline of
// issue 6; `tag` (segmentation plus part-of-speech) is shown next to it.
import { createRequire } from "node:module";

/** Rate of `nodejieba[method]` over `texts` ({text, bytes}[]), wall and per CPU-second. */
export function measureJieba(texts, method) {
  const nodejieba = createRequire(import.meta.url)("nodejieba");
  nodejieba.cut("预热词典"); // the first call loads the dictionary; not part of the rate
  const bytes = texts.reduce((sum, t) => sum + t.bytes, 0);
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  let tokens = 0;
  for (const { text } of texts) tokens += nodejieba[method](text).length;
  const seconds = (performance.now() - started) / 1000;
  const cpuSeconds = cpuSecondsSince(cpuBefore);
  return { textMB: bytes / 1e6, tokens, seconds, cpuSeconds, MBps: bytes / 1e6 / seconds, MBperCpuS: bytes / 1e6 / cpuSeconds };
}

/** CPU seconds of this process (all its threads) since `before` (a process.cpuUsage()). */
export function cpuSecondsSince(before) {
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1e6;
}
