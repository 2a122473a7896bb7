/** Separators between the parts of a transliterated or English name: · ‧ ・ • ∙ ⋅ - _ . and spaces. */
export declare const NAME_SEPARATORS: RegExp;
/** A function that folds a name to the script names are compared in (e.g. an OpenCC converter). */
export type Normalizer = (text: string) => string;
/**
 * The comparison key of a name: NFKC, lower case, accents and separators removed, traditional folded.
 * @example nameKey("安東尼·布林肯") === nameKey("安东尼布林肯"); nameKey("Jake  Sullivan") === "jakesullivan"
 */
export declare function nameKey(name: string, normalize?: Normalizer): string;
/** The parts of a name split at its separators: "安东尼·布林肯" → ["安东尼", "布林肯"]. */
export declare function nameParts(name: string): string[];
/** True when the text has a CJK ideograph. */
export declare function hasHan(text: string): boolean;
