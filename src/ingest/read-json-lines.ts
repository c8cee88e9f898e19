/**
 * Streams a JSON Lines file row by row (readline over a file stream, so memory does not grow
 * with the file), yielding a Document per good row and a Diagnostic per bad one.
 */
import { createInterface } from "node:readline";
import { openDecoded } from "./open-decoded.js";
import type { IngestItem } from "./read-sources.js";
import { rowToDocument } from "./row-to-document.js";
import { sniffEncoding } from "./sniff-encoding.js";

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
  const { text: input, bytes } = openDecoded(path, sniffed.encoding);
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
          const reason = `${path}: line ${line}: not JSON Lines but one JSON document; write one object per line, e.g. jq -c '.[]'`;
          yield { kind: "diagnostic", diagnostic: { severity: "error", ruleId: "ingest/jsonl-syntax", reason, source: path, line } };
          return;
        }
        const why = err instanceof Error ? err.message : String(err);
        yield { kind: "diagnostic", diagnostic: { severity: "error", ruleId: "ingest/jsonl-syntax", reason: `${path}: line ${line}: not valid JSON (${why})`, source: path, line } };
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
