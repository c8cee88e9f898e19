import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { collect } from "./collect.js";

let dir: string;
let n = 0;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "zhkg-ingest-prop-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function write(ext: string, content: string | Uint8Array): Promise<string> {
  const file = join(dir, `f${n++}${ext}`);
  await writeFile(file, content);
  return file;
}

/** Text that looks like news: CJK, full-width punctuation, ASCII, line breaks, controls. */
const newsChar = fc.oneof(
  fc.integer({ min: 0x4e00, max: 0x9fff }).map((c) => String.fromCodePoint(c)),
  fc.constantFrom("，", "。", "、", "“", "”", "\u3000", "\n", "\r\n", "\r", " ", "\ufeff", "\u0000", "\u0007", "<p>", "&amp;"),
  fc.string({ unit: "grapheme-ascii", maxLength: 3 }),
);
const text = fc.oneof(fc.string({ unit: "binary" }), fc.string({ unit: newsChar, maxLength: 200 }), fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)) }));
const normalized = (s: string): string => s.replace(/^\ufeff/, "").replace(/\r\n?/g, "\n");
// In a /u regex a surrogate pair is one code point, so this matches only lone surrogates.
const wellFormed = (s: string): boolean => !/[\ud800-\udfff]/u.test(s);

describe("readSources on arbitrary input", () => {
  it("a .txt file yields its text as one document, or one diagnostic", async () => {
    await fc.assert(
      fc.asyncProperty(text, async (s) => {
        const file = await write(".txt", s);
        const { documents, diagnostics } = await collect([file]);
        expect(documents.length + diagnostics.length).toBe(1);
        for (const d of diagnostics) expect(d.source).toBe(file);
        // Lone surrogates cannot be written as UTF-8, so only well-formed strings round-trip.
        if (documents.length === 1 && wellFormed(s)) expect(documents[0]!.text).toBe(normalized(s));
      }),
      { numRuns: 150 },
    );
  });

  it("a JSON Lines row yields its text exactly, or a diagnostic", async () => {
    await fc.assert(
      fc.asyncProperty(text, fc.option(fc.string(), { nil: undefined }), async (s, id) => {
        const file = await write(".jsonl", `${JSON.stringify({ id, text: s })}\n`);
        const { documents, diagnostics } = await collect([file]);
        expect(documents.length + diagnostics.length).toBeGreaterThanOrEqual(1);
        if (documents.length === 1) {
          expect(documents[0]!.text).toBe(s.replace(/\r\n?/g, "\n"));
          expect(documents[0]!.id).toBe(id ?? `${file}#1`);
        } else {
          expect(documents).toEqual([]);
          expect(diagnostics[0]!.source).toBe(file);
        }
      }),
      { numRuns: 150 },
    );
  });

  it("never throws on arbitrary bytes in any format", async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(".txt", ".jsonl", ".html", ".xml", ".rss", ""), fc.uint8Array({ maxLength: 300 }), async (ext, bytes) => {
        const file = await write(ext, bytes);
        const { documents, diagnostics } = await collect([file]);
        for (const d of documents) expect(typeof d.text).toBe("string");
        for (const d of diagnostics) expect(d.source).toBe(file);
      }),
      { numRuns: 150 },
    );
  });

  it("never throws on arbitrary text inside HTML and feeds", async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(".html", ".rss"), text, async (ext, s) => {
        const content =
          ext === ".html"
            ? `<html><body><p>${s}</p></body></html>`
            : `<rss><channel><item><title>${s}</title><pubDate>${s}</pubDate><description>${s}</description></item></channel></rss>`;
        const { documents, diagnostics } = await collect([await write(ext, content)]);
        expect(documents.length + diagnostics.length).toBeGreaterThanOrEqual(1);
      }),
      { numRuns: 100 },
    );
  });
});
