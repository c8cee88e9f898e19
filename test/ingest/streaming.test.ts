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
let feed: string;
const ITEMS = 8_000;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "zhkg-ingest-stream-"));
  file = join(dir, "big.jsonl");
  const out = createWriteStream(file);
  for (let i = 0; i < ROWS; i++) {
    if (!out.write(`{"id":"r${i}","date":"2022-12-08","text":"${i}${BODY}"}\n`)) await once(out, "drain");
  }
  out.end();
  await once(out, "finish");
  feed = join(dir, "big.rss");
  const rss = createWriteStream(feed);
  rss.write('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel><title>频道</title>\n');
  for (let i = 0; i < ITEMS; i++) {
    const item = `<item><guid>g${i}</guid><title>第${i}条</title><pubDate>Thu, 08 Dec 2022 10:00:00 +0800</pubDate><description><![CDATA[<p>${BODY}</p>]]></description></item>\n`;
    if (!rss.write(item)) await once(rss, "drain");
  }
  rss.end("</channel></rss>\n");
  await once(rss, "finish");
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("readSources: streaming", () => {
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

  it("streams a feed too large to be read whole, item by item", async () => {
    let count = 0;
    let last = "";
    for await (const item of readSources([feed], { maxFileBytes: 1024 })) {
      if (item.kind !== "document") throw new Error(`unexpected diagnostic: ${item.diagnostic.reason}`);
      count++;
      last = item.document.id;
    }
    expect(count).toBe(ITEMS);
    expect(last).toBe(`g${ITEMS - 1}`);
  });
});
