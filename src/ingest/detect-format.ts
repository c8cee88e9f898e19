/**
 * Decides how a file is read: by its extension, or for unknown extensions by sniffing the
 * start of its decoded text.
 */
import { extname } from "node:path";

export type InputFormat = "jsonl" | "html" | "feed" | "text";

/**
 * Extensions read when met in a directory ("" = none); other files there (README.md, images,
 * scripts) are skipped with a warning. A file named on the command line is always read.
 */
export const INPUT_EXTENSIONS: ReadonlySet<string> = new Set([
  "", ".txt", ".text", ".jsonl", ".ndjson", ".html", ".htm", ".xhtml", ".shtml", ".xml", ".rss", ".atom",
]);

const FEED_START = /^(?:\s|<\?[^>]*\?>|<!--[^]*?-->|<!DOCTYPE[^>]*>)*<(?:rss|feed|rdf:RDF)[\s>]/i;
const HTML_START = /^(?:\s|<!--[^]*?-->)*<(?:!doctype\s+html|html|head|body)[\s>]/i;

/**
 * Format of `path`. JSON Lines is decided by extension alone (.jsonl, .ndjson, .json) because it is
 * streamed before any text is decoded; for other files `head` (the start of the decoded text)
 * lets .xml/.rss/.atom and unknown extensions be told apart: feeds by their root element,
 * HTML by its doctype or root. .txt is always plain text; markup that is not a feed is HTML.
 */
export function detectFormat(path: string, head = ""): InputFormat {
  const ext = extname(path).toLowerCase();
  // .json named on the command line is read as JSON Lines: exports often name them so.
  if (ext === ".jsonl" || ext === ".ndjson" || ext === ".json") return "jsonl";
  if (ext === ".txt" || ext === ".text") return "text";
  const start = head.replace(/^\ufeff/, "").slice(0, 4096);
  if (ext === ".html" || ext === ".htm" || ext === ".xhtml" || ext === ".shtml") return FEED_START.test(start) ? "feed" : "html";
  if (FEED_START.test(start)) return "feed";
  if (ext === ".xml" || ext === ".rss" || ext === ".atom" || HTML_START.test(start)) return "html";
  return "text";
}
