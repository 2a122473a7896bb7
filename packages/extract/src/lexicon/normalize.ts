// Normalized lookup keys for names in any script: simplified, NFKC, no separators, Latin lowercased.
import * as OpenCC from "opencc-js";

/** Characters that join or separate name parts and are dropped from keys: · ‧ • ・ - – — and the like. */
export const SEPARATORS = "\u00b7\u2027\u2022\u30fb\uff65\u2219\u22c5\u0387\u002d\u2010\u2011\u2012\u2013\u2014\uff0d.\uff0e_";
const SEPARATOR_RE = new RegExp(`[${SEPARATORS.replace(/[-.\]\\^]/g, "\\$&")}]`, "g");
const HAS_HAN = /[\u3400-\u9fff\uf900-\ufaff]/;
const SEPARATOR_SET = new Set(SEPARATORS);
const SEPARATOR_CODES = new Set([...SEPARATORS].map((c) => c.charCodeAt(0)));

const fromTw = OpenCC.Converter({ from: "tw", to: "cn" });
const fromHk = OpenCC.Converter({ from: "hk", to: "cn" });

/** Converts Taiwan or Hong Kong traditional script to mainland simplified (no-op on text without Han). */
export function toSimplified(text: string): string {
  if (!HAS_HAN.test(text)) return text;
  return fromHk(fromTw(text));
}

/** True when the character is a name separator (· ‧ • ・ - …). */
export function isSeparator(ch: string): boolean {
  return SEPARATOR_SET.has(ch);
}

/**
 * The key a name is indexed and looked up by: NFKC, simplified script, separators removed,
 * whitespace collapsed, Latin lowercased. `安東尼‧布林肯` and `安东尼·布林肯` share `安东尼布林肯`.
 */
export function normalizeKey(name: string): string {
  return toSimplified(name.normalize("NFKC"))
    .replace(SEPARATOR_RE, "")
    .replace(/\s+/g, " ")
    .trim()
    .toLowerCase();
}

/**
 * `normalizeKey` for text that is already simplified and NFKC (Paragraph.simplified): separators dropped,
 * Latin lowercased, without the cost of a script conversion.
 */
export function simplifiedKey(name: string): string {
  return name.replace(SEPARATOR_RE, "").replace(/\s+/g, " ").trim().toLowerCase();
}

/**
 * One character code of running text as `normalizeKey` would see it: -1 for a separator, 32 for whitespace,
 * full-width ASCII narrowed, Latin lowercased (the text is expected to be simplified already).
 */
export function normalizeCode(c: number): number {
  if (c < 128) {
    if (c >= 65 && c <= 90) return c + 32;
    if (c === 32 || c === 9 || c === 10 || c === 13) return 32;
    if (c === 45 || c === 46 || c === 95) return -1;
    return c;
  }
  if (c >= 0x3400 && c <= 0x9fff) return c;
  if (c >= 0xff01 && c <= 0xff5e) return normalizeCode(c - 0xfee0);
  if (c === 0x3000 || c === 0xa0) return 32;
  return SEPARATOR_CODES.has(c) ? -1 : c;
}

/**
 * One character of running text as `normalizeKey` would see it, for matchers that walk text
 * character by character: "" for a separator, " " for whitespace, full-width ASCII narrowed, Latin lowercased.
 * The text is expected to be simplified already (Paragraph.simplified).
 */
export function normalizeChar(ch: string): string {
  const c = ch.charCodeAt(0);
  if (c < 128) {
    if (c >= 65 && c <= 90) return String.fromCharCode(c + 32);
    if (c === 32 || c === 9 || c === 10 || c === 13) return " ";
    if (c === 45 || c === 46 || c === 95) return "";
    return ch;
  }
  if (c >= 0xff01 && c <= 0xff5e) return normalizeChar(String.fromCharCode(c - 0xfee0));
  if (c === 0x3000 || c === 0xa0) return " ";
  if (c >= 0x3400 && c <= 0x9fff) return ch;
  return SEPARATOR_SET.has(ch) ? "" : ch;
}
