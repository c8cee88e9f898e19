import { createWriteStream } from "node:fs";
import { mkdtemp, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { once } from "node:events";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readSources } from "../../src/ingest/read-sources.js";

const ROWS = 40_000;
// Each row carries ~300 CJK characters (~900 UTF-8 bytes), so the file is ~37 MB: larger
// than the heap growth allowed below, so reading it whole could not pass.
const BODY = "市委常委会召开会议，研究部署经济社会发展重点工作。".repeat(12);

let dir: string;
let file: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "zhkg-ingest-stream-"));
  file = join(dir, "big.jsonl");
  const out = createWriteStream(file);
  for (let i = 0; i < ROWS; i++) {
    if (!out.write(`{"id":"r${i}","date":"2022-12-08","text":"${i}${BODY}"}\n`)) await once(out, "drain");
  }
  out.end();
  await once(out, "finish");
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("readSources: streaming JSON Lines", () => {
  it("reads every row of a multi-MB file in order with bounded memory", async () => {
    const size = (await stat(file)).size;
    // Buffers live outside the JS heap, so both count.
    const used = (): number => process.memoryUsage().heapUsed + process.memoryUsage().external;
    const before = used();
    let peak = 0;
    let count = 0;
    let last = "";
    // The whole-file size limit must not apply: JSON Lines is streamed, whatever its size.
    for await (const item of readSources([file], { maxFileBytes: 1024 })) {
      if (item.kind !== "document") throw new Error(`unexpected diagnostic: ${item.diagnostic.reason}`);
      count++;
      last = item.document.id;
      if (count % 2000 === 0) peak = Math.max(peak, used() - before);
    }
    expect(count).toBe(ROWS);
    expect(last).toBe(`r${ROWS - 1}`);
    // Garbage from parsed rows is collected in bursts, so allow some, but far less than the file.
    expect(peak).toBeLessThan(size / 2);
  });
});
