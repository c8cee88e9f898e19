/**
 * Decides which encoding a file's bytes are in and decodes them: UTF-8 (with or without BOM),
 * UTF-16 with BOM, or GB18030/GBK, the usual encodings of Chinese news archives.
 */
import { isUtf8 } from "node:buffer";
import chardet from "chardet";
import iconv from "iconv-lite";

export type DecodeResult =
  /** `warning`: the text was read but something in it was lost (invalid bytes replaced). */
  | { ok: true; text: string; encoding: string; warning?: string }
  | { ok: false; reason: string };

// Share of C0 control characters (other than tab, line breaks, form feed, DOS EOF) above
// which a file is taken for binary data even when its bytes happen to decode.
const MAX_CONTROL_SHARE = 0.01;
// Share of a UTF-8 file's non-ASCII characters that may be invalid bytes (U+FFFD) for it to be
// read as damaged UTF-8: a GBK file read as UTF-8 is nearly all invalid, a UTF-8 file cut
// mid-character or with a stray byte has a handful. Without this, GB18030 would "decode" it.
const MAX_INVALID_UTF8_SHARE = 0.1;
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

function accept(text: string, encoding: string, warning?: string): DecodeResult {
  if (controlShare(text) > MAX_CONTROL_SHARE) return { ok: false, reason: "not text (binary or unknown encoding)" };
  return warning === undefined ? { ok: true, text, encoding } : { ok: true, text, encoding, warning };
}

/** UTF-8 with a few invalid bytes (a truncated or damaged file), read with U+FFFD in their place. */
function damagedUtf8(buf: Buffer): DecodeResult | undefined {
  const text = buf.toString("utf8");
  let nonAscii = 0;
  let invalid = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x80) nonAscii++;
    if (code === 0xfffd) invalid++;
  }
  if (invalid === 0 || invalid > nonAscii * MAX_INVALID_UTF8_SHARE) return undefined;
  return accept(text, "UTF-8", `${invalid} invalid UTF-8 byte sequence(s) were replaced by U+FFFD; the file may be truncated or damaged`);
}

/** Multi-byte charsets of Chinese, Japanese and Korean text, as iconv-lite names them. */
const CJK_CHARSET = /^(?:big5|gb|cp9[35]|euc|shift|sjis|ks_c|windows-9[35])/;

/** Decodes with a named charset; undefined when some bytes do not belong to it. */
function decodeAs(buf: Buffer, charset: string): DecodeResult | undefined {
  const text = iconv.decode(buf, charset);
  return text.includes("\ufffd") ? undefined : accept(text, charset.toUpperCase());
}

/** The charset an HTML <meta> or XML declaration names in the first bytes, if iconv knows it. */
function declaredCharset(buf: Buffer): string | undefined {
  const head = buf.subarray(0, 2048).toString("latin1");
  const m = /<meta[^>]+charset\s*=\s*["']?([\w-]+)/i.exec(head) ?? /<\?xml[^>]+encoding\s*=\s*["']([\w-]+)/i.exec(head);
  const name = m?.[1]?.toLowerCase();
  return name !== undefined && !name.startsWith("utf") && iconv.encodingExists(name) ? name : undefined;
}

/**
 * Decodes a whole file's bytes. Order: a BOM decides (UTF-8, UTF-16LE/BE); NUL bytes mean
 * binary; valid UTF-8 is UTF-8; a charset declared by HTML/XML markup (Big5, GBK, …) is
 * used when it decodes cleanly; UTF-8 with a few invalid bytes is UTF-8 with a warning;
 * otherwise GB18030 (a superset of GBK and GB2312) is accepted when it yields no
 * replacement characters and the non-ASCII text is mostly CJK. Anything else fails with a
 * reason naming chardet's guess, so the user knows what to convert from.
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
  // A declared CJK charset is believed first (GB18030 would misread Big5); a declared
  // single-byte one only when GB18030 fails, since Chinese pages often mislabel themselves.
  const declared = declaredCharset(buf);
  const cjkDeclared = declared !== undefined && CJK_CHARSET.test(declared);
  const asDeclared = declared !== undefined && cjkDeclared ? decodeAs(buf, declared) : undefined;
  if (asDeclared) return asDeclared;
  const damaged = damagedUtf8(buf);
  if (damaged) return damaged;
  const gb = iconv.decode(buf, "gb18030");
  if (looksLikeChinese(gb)) return accept(gb, "GB18030");
  const western = declared !== undefined && !cjkDeclared ? decodeAs(buf, declared) : undefined;
  if (western) return western;
  const guess = chardet.detect(buf);
  const hint = guess ? `; it looks like ${guess}, convert it to UTF-8` : "";
  return { ok: false, reason: `not text (binary or unknown encoding${hint})` };
}
