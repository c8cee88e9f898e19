/**
 * Opens a file as a stream of text in a known encoding (from sniffEncoding).
 */
import { createReadStream, type ReadStream } from "node:fs";
import { pipeline } from "node:stream";
import iconv from "iconv-lite";

/** A stream whose chunks are strings (a decoding stream's). */
export type TextStream = NodeJS.ReadableStream & AsyncIterable<string>;

/**
 * The file as a stream of text chunks; `bytes` is the file stream, destroyed to stop reading
 * early. A UTF-8 BOM stays in the text (U+FEFF) for the reader to drop.
 */
export function openDecoded(path: string, encoding: string): { text: TextStream; bytes: ReadStream } {
  const bytes = createReadStream(path);
  // setEncoding and iconv's decoder both emit strings, which the types cannot tell.
  if (encoding === "UTF-8") return { text: bytes.setEncoding("utf8") as TextStream, bytes };
  // iconv-lite strips a BOM by default, which is what UTF-16 with BOM needs. pipeline()
  // forwards a read error to the decoder, so readline sees it instead of waiting forever.
  const decoder = iconv.decodeStream(encoding.toLowerCase());
  return { text: pipeline(bytes, decoder, () => {}) as TextStream, bytes };
}
