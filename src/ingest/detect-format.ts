/**
 * Decides how a file is read: by its extension, or for markup and unknown extensions by
 * sniffing the start of its decoded text.
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
 * Format of `path`, or undefined when it depends on the content and `head` (the start of the
 * decoded text) is not given. By extension: .jsonl/.ndjson/.json are JSON Lines (a .json
 * named on the command line is often JSON Lines), .txt is plain text, .html/.htm HTML. For
 * .xml/.rss/.atom and unknown extensions the head decides: a feed by its root element
 * (<rss>, <feed>, <rdf:RDF>), HTML by its doctype or root, other markup is stripped like
 * HTML, anything else is plain text.
 */
export function detectFormat(path: string, head?: string): InputFormat | undefined {
  const ext = extname(path).toLowerCase();
  if (ext === ".jsonl" || ext === ".ndjson" || ext === ".json") return "jsonl";
  if (ext === ".txt" || ext === ".text") return "text";
  if (ext === ".html" || ext === ".htm" || ext === ".xhtml" || ext === ".shtml") return "html";
  if (head === undefined) return undefined;
  const start = head.replace(/^\ufeff/, "").slice(0, 4096);
  if (FEED_START.test(start)) return "feed";
  if (ext === ".xml" || ext === ".rss" || ext === ".atom" || HTML_START.test(start)) return "html";
  return "text";
}
