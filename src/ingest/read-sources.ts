/**
 * The ingest stage: turns files, directories, JSON Lines, HTML and RSS/Atom inputs into a
 * stream of Documents, with a Diagnostic for every input that cannot be read.
 */
import { readFile } from "node:fs/promises";
import { extname, relative, resolve, sep } from "node:path";
import type { Diagnostic, Document } from "../types.js";
import { decodeText } from "./decode-text.js";
import { detectFormat, INPUT_EXTENSIONS } from "./detect-format.js";
import { htmlToText, type HtmlText } from "./html-to-text.js";
import { openDecoded } from "./open-decoded.js";
import { parseFeed } from "./parse-feed.js";
import { readJsonLines } from "./read-json-lines.js";
import { sniffEncoding } from "./sniff-encoding.js";
import { walkPaths } from "./walk-paths.js";

export type IngestItem = { kind: "document"; document: Document } | { kind: "diagnostic"; diagnostic: Diagnostic };

export interface ReadSourcesOptions {
  signal?: AbortSignal;
  /**
   * Largest text or HTML file read (whole) into memory, in bytes; default 64 MB. Larger
   * inputs belong in JSON Lines, which is streamed like feeds.
   */
  maxFileBytes?: number;
}

const DEFAULT_MAX_FILE_BYTES = 64 * 1024 * 1024;

function diagnostic(severity: Diagnostic["severity"], ruleId: string, source: string, reason: string): IngestItem {
  return { kind: "diagnostic", diagnostic: { severity, ruleId, reason: `${source}: ${reason}`, source } };
}

/** Document id of a whole file: its path relative to the working directory, `/`-separated, without extension. */
function fileId(path: string): string {
  const rel = relative(process.cwd(), resolve(path)).split(sep).join("/");
  return rel.replace(/(?<=[^/])\.[^./]*$/, "");
}

/** A feed streamed item by item, one Document each. */
async function* readFeed(path: string, encoding: string): AsyncGenerator<IngestItem> {
  const { text, bytes } = openDecoded(path, encoding);
  try {
    let n = 0;
    for await (const item of parseFeed(text)) {
      n++;
      if (item.badDate !== undefined) {
        yield diagnostic("warning", "ingest/date", path, `item ${n}: date "${item.badDate}" is not a date; the item is read without it`);
      }
      if (item.text.trim() === "") {
        yield diagnostic("warning", "ingest/empty", path, `item ${n} has no description or content; skipped`);
        continue;
      }
      const document: Document = { id: item.id ?? item.link ?? `${fileId(path)}#${n}`, source: item.link ?? `${path}#${n}`, text: item.text };
      if (item.title) document.title = item.title;
      if (item.date) document.date = item.date;
      yield { kind: "document", document };
    }
    if (n === 0) yield diagnostic("warning", "ingest/empty", path, "feed has no <item> or <entry>; nothing read");
  } finally {
    bytes.destroy();
  }
}

/** A plain text or HTML file, read whole (up to the size limit) and decoded. */
async function* readWhole(path: string, format: "text" | "html", size: number, options: ReadSourcesOptions): AsyncGenerator<IngestItem> {
  const limit = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  if (size > limit) {
    const mb = (n: number): string => `${(n / 1024 / 1024).toFixed(1)} MB`;
    yield diagnostic("error", "ingest/too-large", path, `${mb(size)} is over the ${mb(limit)} limit for one file read whole; split it or convert it to JSON Lines, which is streamed`);
    return;
  }
  const decoded = decodeText(await readFile(path, { signal: options.signal }));
  if (!decoded.ok) {
    yield diagnostic("error", "ingest/encoding", path, decoded.reason);
    return;
  }
  if (decoded.warning !== undefined) yield diagnostic("warning", "ingest/encoding", path, decoded.warning);
  const page: HtmlText = format === "html" ? htmlToText(decoded.text) : { text: decoded.text.replace(/\r\n?/g, "\n") };
  if (page.text.trim() === "") {
    yield diagnostic("warning", "ingest/empty", path, "no text in the file; skipped");
    return;
  }
  const document: Document = { id: fileId(path), source: path, text: page.text };
  if (page.title) document.title = page.title;
  // A date in the file name is left to the segmenter, which ranks it below a printed page date.
  if (page.date) document.date = page.date;
  yield { kind: "document", document };
}

/** One file: JSON Lines and feeds are streamed, text and HTML read whole. */
async function* readOne(path: string, size: number, options: ReadSourcesOptions): AsyncGenerator<IngestItem> {
  let format = detectFormat(path);
  if (format === "jsonl") {
    yield* readJsonLines(path, options);
    return;
  }
  if (format === undefined) {
    const head = await sniffEncoding(path);
    if (!head.ok) {
      yield diagnostic("error", "ingest/encoding", path, head.reason);
      return;
    }
    format = detectFormat(path, head.text) ?? "text";
    if (format === "feed") {
      if (head.warning !== undefined) yield diagnostic("warning", "ingest/encoding", path, head.warning);
      yield* readFeed(path, head.encoding);
      return;
    }
  }
  yield* readWhole(path, format === "html" ? "html" : "text", size, options);
}

/**
 * Reads every input under `paths` and yields Documents and Diagnostics in a deterministic
 * order. Never throws for bad input: each problem is a Diagnostic naming the file (and line).
 *
 * Formats:
 * - directories: read recursively, entries sorted by name, hidden entries skipped, and files
 *   with other extensions than the ones below (README.md, images) skipped with a warning;
 * - plain text (.txt, no extension, any file named explicitly): one Document per file,
 *   id = path relative to the working directory without extension, source = the path;
 * - JSON Lines (.jsonl, .ndjson; .json when named): one Document per row
 *   `{id?, title?, date?, source?, text}`, streamed line by line; id defaults to
 *   `<file>#<line>`, source to the file; bad rows are Diagnostics with the line;
 * - HTML (.html, .htm, or sniffed): tags stripped, script/style/nav dropped, one line per
 *   block element, only the <article>/<main> when there is one; the headline (<h1>, else
 *   <title>) becomes the title; date from a publication-date <meta> or <time>;
 * - RSS/Atom (<rss>/<feed>/<rdf:RDF> root, sniffed in .xml, .rss, .atom and unknown
 *   extensions): streamed, one Document per item/entry, id = guid/id (else the link),
 *   source = the link, date from pubDate/updated, content HTML stripped.
 * Encodings: UTF-8 with or without BOM, UTF-16 with BOM, GB18030/GBK (and a CJK charset an
 * HTML/XML file declares); binary files and other encodings are Diagnostics. Line endings
 * become `\n`. Text and HTML files are read whole and limited to `maxFileBytes`; JSON Lines
 * and feeds are streamed, of any size.
 * Aborting `signal` stops the generator with the signal's reason.
 */
export async function* readSources(paths: string[], options: ReadSourcesOptions = {}): AsyncGenerator<IngestItem> {
  const { signal } = options;
  for await (const entry of walkPaths(paths)) {
    signal?.throwIfAborted();
    if (entry.kind === "diagnostic") {
      yield entry;
      continue;
    }
    const ext = extname(entry.path).toLowerCase();
    if (entry.listed && !INPUT_EXTENSIONS.has(ext)) {
      yield diagnostic("warning", "ingest/skipped", entry.path, `${ext} is not an input format; skipped (name the file to read it as text)`);
      continue;
    }
    try {
      for await (const item of readOne(entry.path, entry.size, options)) {
        signal?.throwIfAborted();
        yield item;
      }
    } catch (err) {
      // Only the file system's errors (EACCES, EIO, EISDIR…) are the input's fault; anything
      // else is a bug and keeps its stack.
      if (signal?.aborted) throw signal.reason;
      if (typeof (err as NodeJS.ErrnoException).code !== "string") throw err;
      yield diagnostic("error", "ingest/unreadable", entry.path, `cannot read: ${(err as Error).message}`);
    }
  }
}
