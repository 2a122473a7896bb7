// Which Chinese script a text uses, and a same-length conversion of traditional text to simplified.
import * as OpenCC from "opencc-js";
import type { Script } from "../model.ts";
import { SIMPLIFIED, TRADITIONAL, hanziFlags } from "./hanzi-tables.ts";

/** Counts of telling characters in a text. */
export interface ScriptCounts {
  hanzi: number;
  traditional: number;
  simplified: number;
  /** ASCII letters, for the language share. */
  latin: number;
}

/** Counts hanzi, traditional-only, simplified-only characters and Latin letters (one table lookup per char). */
export function countScript(text: string): ScriptCounts {
  const flags = hanziFlags();
  let hanzi = 0;
  let traditional = 0;
  let simplified = 0;
  let latin = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x3400) {
      const l = c | 0x20;
      if (l >= 0x61 && l <= 0x7a) latin++;
      continue;
    }
    if (c > 0x9fff) continue;
    hanzi++;
    const f = flags[c]!;
    if (f & TRADITIONAL) traditional++;
    else if (f & SIMPLIFIED) simplified++;
  }
  return { hanzi, traditional, simplified, latin };
}

/** Classifies counts: one script must outnumber the other four to one (and twice at least) to win. */
export function scriptOf(counts: Omit<ScriptCounts, "latin">): Script {
  const { hanzi, traditional: t, simplified: s } = counts;
  if (hanzi === 0) return "latin";
  if (t >= 2 && t > 4 * s) return "traditional";
  if (s > 4 * t || t < 2) return "simplified";
  return "mixed";
}

/** Detects the script of a text. */
export function detectScript(text: string): Script {
  return scriptOf(countScript(text));
}

let twVariants: ((text: string) => string) | null = null;
let hkToCn: ((text: string) => string) | null = null;

// Taiwan variants to standard traditional, then Hong Kong variants and traditional → mainland simplified.
function convert(text: string): string {
  twVariants ??= OpenCC.ConverterFactory(...OpenCC.Locale.from.tw!);
  hkToCn ??= OpenCC.Converter({ from: "hk", to: "cn" });
  return hkToCn(twVariants(text));
}

const charCache = new Map<string, string>();

/**
 * Converts traditional (Taiwan, Hong Kong) text to mainland simplified, keeping the length exactly:
 * when a phrase rule changes the length, the text is converted one character at a time instead.
 * Text without traditional characters is returned as is.
 */
export function toSimplified(text: string): string {
  if (countScript(text).traditional === 0) return text;
  const whole = convert(text);
  if (whole.length === text.length) return whole;
  let out = "";
  for (const ch of text) {
    let s = charCache.get(ch);
    if (s === undefined) {
      s = convert(ch);
      if (s.length !== ch.length) s = ch;
      charCache.set(ch, s);
    }
    out += s;
  }
  return out;
}
