/**
 * Streams a JSON Lines file row by row (readline over a file stream, so memory does not grow
 * with the file), yielding a Document per good row and a Diagnostic per bad one.
 */
import { createReadStream, type ReadStream } from "node:fs";
import { open } from "node:fs/promises";
import { createInterface } from "node:readline";
import { pipeline } from "node:stream";
import iconv from "iconv-lite";
import { decodeText, type DecodeResult } from "./decode-text.js";
import type { IngestItem } from "./read-sources.js";
import { rowToDocument } from "./row-to-document.js";

/** Bytes sniffed to decide the encoding of the whole stream. */
const SNIFF_BYTES = 64 * 1024;

/**
 * Reads the head of the file and decides its encoding. The head is cut after its last line
 * break (0x0A never occurs inside a UTF-8 or GB18030 character); a head without one is one
 * long row cut anywhere, so up to 3 trailing bytes of a split character are let go.
 */
async function sniffEncoding(path: string): Promise<DecodeResult> {
  const handle = await open(path, "r");
  try {
    const head = Buffer.alloc(SNIFF_BYTES);
    const { bytesRead } = await handle.read(head, 0, SNIFF_BYTES, 0);
    const sample = head.subarray(0, bytesRead);
    const isUtf16 = (sample[0] === 0xff && sample[1] === 0xfe) || (sample[0] === 0xfe && sample[1] === 0xff);
    if (isUtf16 || bytesRead < SNIFF_BYTES) return decodeText(sample);
    const lastBreak = sample.lastIndexOf(0x0a);
    if (lastBreak > 0) return decodeText(sample.subarray(0, lastBreak + 1));
    let result = decodeText(sample);
    for (let drop = 1; drop <= 3 && !(result.ok && result.warning === undefined); drop++) {
      const shorter = decodeText(sample.subarray(0, sample.length - drop));
      if (shorter.ok && shorter.warning === undefined) result = shorter;
    }
    return result;
  } finally {
    await handle.close();
  }
}

/** The file as a stream of text; `bytes` is the file stream, destroyed to stop reading early. */
function decodedStream(path: string, encoding: string): { text: NodeJS.ReadableStream; bytes: ReadStream } {
  const bytes = createReadStream(path);
  if (encoding === "UTF-8") return { text: bytes.setEncoding("utf8"), bytes };
  // iconv-lite strips a BOM by default, which is what UTF-16 with BOM needs. pipeline()
  // forwards a read error to the decoder, so readline sees it instead of waiting forever.
  const decoder = iconv.decodeStream(encoding.toLowerCase());
  return { text: pipeline(bytes, decoder, () => {}), bytes };
}

/**
 * Yields one item per non-blank line of `path`: a Document for a good row, Diagnostics
 * naming `path` and the line for a bad one (not JSON, no `text`, bad date); reading goes on
 * after them. The encoding (UTF-8 with or without BOM, UTF-16 with BOM, GB18030) is sniffed
 * from the first 64 KB; a file that is not JSON Lines but one JSON document is one diagnostic.
 */
export async function* readJsonLines(path: string, options: { signal?: AbortSignal } = {}): AsyncGenerator<IngestItem> {
  const sniffed = await sniffEncoding(path);
  if (!sniffed.ok) {
    yield { kind: "diagnostic", diagnostic: { severity: "error", ruleId: "ingest/encoding", reason: `${path}: ${sniffed.reason}`, source: path } };
    return;
  }
  if (sniffed.warning !== undefined) {
    yield { kind: "diagnostic", diagnostic: { severity: "warning", ruleId: "ingest/encoding", reason: `${path}: ${sniffed.warning}`, source: path } };
  }
  const { text: input, bytes } = decodedStream(path, sniffed.encoding);
  const lines = createInterface({ input, crlfDelay: Infinity });
  let line = 0;
  // A first line that is `[` or a lone `{` means a pretty-printed JSON document, not JSON Lines:
  // one diagnostic for the file instead of one per line.
  let seenRow = false;
  try {
    for await (const raw of lines) {
      options.signal?.throwIfAborted();
      line++;
      const text = line === 1 ? raw.replace(/^\ufeff/, "") : raw;
      if (text.trim() === "") continue;
      let row: unknown;
      try {
        row = JSON.parse(text);
        seenRow = true;
      } catch (err) {
        if (!seenRow && /^\s*(?:\[|\{\s*$)/.test(text)) {
          const reason = `${path}:${line}: not JSON Lines but one JSON document; write one object per line, e.g. jq -c '.[]'`;
          yield { kind: "diagnostic", diagnostic: { severity: "error", ruleId: "ingest/jsonl-syntax", reason, source: path, line } };
          return;
        }
        const why = err instanceof Error ? err.message : String(err);
        yield { kind: "diagnostic", diagnostic: { severity: "error", ruleId: "ingest/jsonl-syntax", reason: `${path}:${line}: not valid JSON (${why})`, source: path, line } };
        continue;
      }
      const { document, diagnostics } = rowToDocument(row, path, line);
      for (const diagnostic of diagnostics) yield { kind: "diagnostic", diagnostic };
      if (document) yield { kind: "document", document };
    }
  } finally {
    lines.close();
    bytes.destroy();
  }
}
