// Name keys: the form two names are compared in (case, width, dots, spaces and script folded away).
import { foldTraditional } from "./trad-simp.ts";

/** Separators between the parts of a transliterated or English name: · ‧ ・ • ∙ ⋅ - _ . and spaces. */
export const NAME_SEPARATORS = /[\s\u00b7\u2027\u30fb\u2022\u2219\u22c5\u0387\-‐‑–—_.．・]+/g;
const COMBINING = /[\u0300-\u036f]/g;

/** A function that folds a name to the script names are compared in (e.g. an OpenCC converter). */
export type Normalizer = (text: string) => string;

/**
 * The comparison key of a name: NFKC, lower case, accents and separators removed, traditional folded.
 * @example nameKey("安東尼·布林肯") === nameKey("安东尼布林肯"); nameKey("Jake  Sullivan") === "jakesullivan"
 */
export function nameKey(name: string, normalize: Normalizer = foldTraditional): string {
  const plain = name.normalize("NFKD").replace(COMBINING, "").normalize("NFKC").toLowerCase();
  return normalize(plain.replace(NAME_SEPARATORS, ""));
}

/** The parts of a name split at its separators: "安东尼·布林肯" → ["安东尼", "布林肯"]. */
export function nameParts(name: string): string[] {
  return name.normalize("NFKC").split(NAME_SEPARATORS).filter((p) => p.length > 0);
}

/** True when the text has a CJK ideograph. */
export function hasHan(text: string): boolean {
  return /[\u3400-\u9fff\uf900-\ufaff]/.test(text);
}
