/**
 * Decides which encoding a file's bytes are in and decodes them: UTF-8 (with or without BOM),
 * UTF-16 with BOM, or GB18030/GBK, the usual encodings of Chinese news archives.
 */
import { isUtf8 } from "node:buffer";
import chardet from "chardet";
import iconv from "iconv-lite";

export type DecodeResult =
  | { ok: true; text: string; encoding: string }
  | { ok: false; reason: string };

// Share of C0 control characters (other than tab, line breaks, form feed, DOS EOF) above
// which a file is taken for binary data even when its bytes happen to decode.
const MAX_CONTROL_SHARE = 0.01;
// Share of non-ASCII characters that must be CJK for a GB18030 decoding to be believed:
// GB18030 maps almost every byte sequence to some character, so "decodes" proves nothing.
const MIN_CJK_SHARE = 0.9;

function controlShare(text: string): number {
  if (text.length === 0) return 0;
  const controls = text.match(/[\x00-\x08\x0e-\x19\x1b-\x1f\x7f]/g);
  return (controls?.length ?? 0) / text.length;
}

/** CJK ideographs, CJK punctuation, full-width forms, kana/bopomofo and general punctuation. */
function isCjkLike(code: number): boolean {
  return (
    (code >= 0x4e00 && code <= 0x9fff) ||
    (code >= 0x3400 && code <= 0x4dbf) ||
    (code >= 0x3000 && code <= 0x33ff) ||
    (code >= 0xff00 && code <= 0xffef) ||
    (code >= 0x2000 && code <= 0x27bf) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    code === 0xb7 ||
    code === 0xd7
  );
}

function looksLikeChinese(text: string): boolean {
  if (text.includes("\ufffd")) return false;
  let nonAscii = 0;
  let cjk = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code < 0x80) continue;
    nonAscii++;
    if (isCjkLike(code)) cjk++;
  }
  return nonAscii === 0 || cjk / nonAscii >= MIN_CJK_SHARE;
}

function accept(text: string, encoding: string): DecodeResult {
  if (controlShare(text) > MAX_CONTROL_SHARE) return { ok: false, reason: "not text (binary or unknown encoding)" };
  return { ok: true, text, encoding };
}

/**
 * Decodes a whole file's bytes. Order: a BOM decides (UTF-8, UTF-16LE/BE); NUL bytes mean
 * binary; valid UTF-8 is UTF-8; otherwise GB18030 (a superset of GBK and GB2312) is accepted
 * when it yields no replacement characters and the non-ASCII text is mostly CJK. Anything
 * else fails with a reason naming chardet's guess, so the user knows what to convert from.
 * The text keeps its line breaks as they are; the BOM is removed.
 */
export function decodeText(bytes: Uint8Array): DecodeResult {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) {
    return isUtf8(buf.subarray(3))
      ? accept(buf.subarray(3).toString("utf8"), "UTF-8")
      : { ok: false, reason: "not text: has a UTF-8 byte order mark but invalid UTF-8 bytes" };
  }
  if (buf[0] === 0xff && buf[1] === 0xfe) return accept(iconv.decode(buf.subarray(2), "utf-16le"), "UTF-16LE");
  if (buf[0] === 0xfe && buf[1] === 0xff) return accept(iconv.decode(buf.subarray(2), "utf-16be"), "UTF-16BE");
  if (buf.includes(0)) return { ok: false, reason: "not text (binary or unknown encoding)" };
  if (isUtf8(buf)) return accept(buf.toString("utf8"), "UTF-8");
  const gb = iconv.decode(buf, "gb18030");
  if (looksLikeChinese(gb)) return accept(gb, "GB18030");
  const guess = chardet.detect(buf);
  const hint = guess ? `; it looks like ${guess}, convert it to UTF-8` : "";
  return { ok: false, reason: `not text (binary or unknown encoding${hint})` };
}
