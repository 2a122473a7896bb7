// Bytes → text: BOMs, strict UTF-8, nearly-UTF-8 with a warning, else GB18030 or Big5 by score.
import { isUtf8 } from "node:buffer";
import iconv from "iconv-lite";
import { IngestError } from "./errors.ts";
import { COMMON, hanziFlags } from "./hanzi-tables.ts";

/** Decoded text, the encoding used, and what was odd about it. */
export interface Decoded {
  text: string;
  /** utf-8, utf-16le, utf-16be, gb18030 or big5. */
  encoding: string;
  warnings: string[];
}

/** Options of `decode`. */
export interface DecodeOptions {
  /** Named in errors. */
  path: string;
  /** Most invalid UTF-8 sequences, as a share of non-ASCII characters, still read as UTF-8. */
  maxInvalidUtf8Share: number;
}

/** Defaults of `decode`. */
export const DEFAULT_DECODE_OPTIONS: DecodeOptions = { path: "", maxInvalidUtf8Share: 0.01 };

const SAMPLE = 65_536;

/** Decodes a file's bytes; throws IngestError("binary data, not text") on binary input. */
export function decode(bytes: Uint8Array, options: Partial<DecodeOptions> = {}): Decoded {
  const opts = { ...DEFAULT_DECODE_OPTIONS, ...options };
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return utf8(bytes.subarray(3), opts, true);
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder("utf-16le").decode(bytes.subarray(2)), encoding: "utf-16le", warnings: [] };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder("utf-16be").decode(bytes.subarray(2)), encoding: "utf-16be", warnings: [] };
  }
  const utf16 = utf16WithoutBom(bytes);
  if (utf16) return { text: new TextDecoder(utf16).decode(bytes), encoding: utf16, warnings: ["UTF-16 without a byte order mark"] };
  if (isBinary(bytes)) throw new IngestError(opts.path, "binary data, not text");
  return utf8(bytes, opts, false);
}

/** UTF-16 text without a BOM: ASCII characters put a NUL in every other byte, on one side only. */
function utf16WithoutBom(bytes: Uint8Array): "utf-16le" | "utf-16be" | null {
  const n = Math.min(bytes.length, SAMPLE) & ~1;
  if (n < 8) return null;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  if (oddZero > pairs * 0.3 && evenZero < pairs * 0.02) return "utf-16le";
  if (evenZero > pairs * 0.3 && oddZero < pairs * 0.02) return "utf-16be";
  return null;
}

/** NUL bytes or more than 2% control characters in the first 64 KB. */
function isBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, SAMPLE);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return true;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x1b) control++;
  }
  return control > n * 0.02;
}

const lenient = new TextDecoder("utf-8", { ignoreBOM: true });

function utf8(bytes: Uint8Array, opts: DecodeOptions, bom: boolean): Decoded {
  // strict UTF-8 first (isUtf8 is a SIMD validator; toString the fastest decoder)
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (isUtf8(buf)) return { text: buf.toString("utf8"), encoding: "utf-8", warnings: [] };
  // not strict UTF-8: nearly UTF-8, or a legacy Chinese encoding
  const text = lenient.decode(bytes);
  const invalid = countInvalid(text, bytes);
  const nonAscii = countNonAscii(text);
  if (bom || invalid <= Math.max(3, (nonAscii - invalid) * opts.maxInvalidUtf8Share)) {
    return { text, encoding: "utf-8", warnings: [`${invalid} invalid UTF-8 byte${invalid === 1 ? "" : "s"} replaced`] };
  }
  return legacy(bytes, opts);
}

/** U+FFFD produced by the decoder (those written as EF BF BD in the file do not count). */
function countInvalid(text: string, bytes: Uint8Array): number {
  let replaced = 0;
  for (let i = text.indexOf("\ufffd"); i >= 0; i = text.indexOf("\ufffd", i + 1)) replaced++;
  let literal = 0;
  for (let i = bytes.indexOf(0xef); i >= 0 && i + 2 < bytes.length; i = bytes.indexOf(0xef, i + 1)) {
    if (bytes[i + 1] === 0xbf && bytes[i + 2] === 0xbd) literal++;
  }
  return replaced - literal;
}

function countNonAscii(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7f) n++;
  return n;
}

/** Decodes with GB18030 and Big5 and keeps the one that reads as more common hanzi. */
function legacy(bytes: Uint8Array, opts: DecodeOptions): Decoded {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const sample = buf.subarray(0, Math.min(buf.length, SAMPLE));
  const gbScore = score(iconv.decode(sample, "gb18030"));
  const big5Score = score(iconv.decode(sample, "big5"));
  const encoding = big5Score > gbScore ? "big5" : "gb18030";
  const text = iconv.decode(buf, encoding);
  const best = Math.max(gbScore, big5Score);
  if (best < 0) throw new IngestError(opts.path, "not UTF-8, GB18030 or Big5 text");
  return { text, encoding, warnings: [] };
}

/** Common hanzi minus heavily weighted replacement characters and control characters. */
function score(text: string): number {
  const flags = hanziFlags();
  let s = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0xfffd || (c < 0x20 && c !== 0x0a && c !== 0x0d && c !== 0x09)) s -= 10;
    else if (flags[c]! & COMMON) s += 1;
    else if (c >= 0xe000 && c <= 0xf8ff) s -= 5;
  }
  return s;
}
