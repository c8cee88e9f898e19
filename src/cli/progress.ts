/**
 * Progress of a long run on stderr: a bar with rate and ETA when stderr is a terminal (by
 * input bytes, measured up front), and always a closing line of counts and throughput.
 */
import { stat } from "node:fs/promises";
import { readdir } from "node:fs/promises";
import { join } from "node:path";
import cliProgress from "cli-progress";

export interface Progress {
  /** One article done, with the size of its text. */
  tick(textChars: number): void;
  /** Stops the bar and writes `<label>: N article(s), X MB in Ys (Z MB/s)<extra>`. */
  finish(label: string, extra?: string): void;
}

async function totalBytes(paths: string[]): Promise<number> {
  let total = 0;
  for (const path of paths) {
    const s = await stat(path).catch(() => undefined);
    if (!s) continue;
    if (s.isDirectory()) total += await totalBytes((await readdir(path)).map((n) => join(path, n)));
    else total += s.size;
  }
  return total;
}

/** Starts reporting progress on `stderr` for a run over `paths`. */
export async function startProgress(paths: string[], stderr: NodeJS.WritableStream): Promise<Progress> {
  const started = performance.now();
  let articles = 0;
  let bytes = 0;
  const tty = (stderr as NodeJS.WriteStream).isTTY === true;
  const total = tty ? await totalBytes(paths) : 0;
  const bar = tty && total > 0
    ? new cliProgress.SingleBar(
        { stream: stderr as NodeJS.WriteStream, format: "{bar} {percentage}% | {articles} articles | {rate} MB/s | ETA {eta_formatted}", hideCursor: true },
        cliProgress.Presets.shades_classic,
      )
    : undefined;
  bar?.start(total, 0, { articles: 0, rate: "0.0" });
  return {
    tick(textChars) {
      articles++;
      // UTF-8 Chinese text is three bytes a character: close enough to the files' sizes for an ETA.
      bytes += textChars * 3;
      const seconds = (performance.now() - started) / 1000;
      bar?.update(Math.min(bytes, total), { articles, rate: (bytes / 1e6 / Math.max(seconds, 1e-3)).toFixed(1) });
    },
    finish(label, extra = "") {
      bar?.stop();
      const seconds = (performance.now() - started) / 1000;
      const mb = bytes / 1e6;
      stderr.write(`${label}: ${articles} article(s), ${mb.toFixed(2)} MB in ${seconds.toFixed(1)} s (${(mb / Math.max(seconds, 1e-3)).toFixed(2)} MB/s)${extra}\n`);
    },
  };
}
