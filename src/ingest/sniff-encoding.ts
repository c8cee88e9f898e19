/**
 * Decides the encoding of a file that is streamed (JSON Lines, feeds) from its first bytes.
 */
import { open } from "node:fs/promises";
import { decodeText, type DecodeResult } from "./decode-text.js";

/** Bytes sniffed to decide the encoding of the whole stream. */
const SNIFF_BYTES = 64 * 1024;

/**
 * Reads the head (64 KB) of the file and decides its encoding; the result's text is the
 * decoded head, for sniffing the format. The head is cut after its last line break (0x0A
 * never occurs inside a UTF-8 or GB18030 character); a head without one is one long row cut
 * anywhere, so up to 3 trailing bytes of a split character are let go.
 */
export async function sniffEncoding(path: string): Promise<DecodeResult> {
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
