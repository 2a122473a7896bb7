// Folds a name for matching: case, width, tone marks, separators, and (once loaded) traditional → simplified.

/** Converts traditional characters to simplified; identity until the converter is loaded. */
export type ScriptFolder = (text: string) => string;

const SEPARATORS = /[\s·‧•・\-_.,'’"()（）]/g;
const MARKS = /\p{M}/gu;

/** Folds a name or a query into its matching key: "安東尼‧布林肯" → "安东尼布林肯", "Wáng Yì" → "wangyi". */
export function foldName(text: string, toSimplified: ScriptFolder = (t) => t): string {
  const plain = text.normalize("NFKD").replace(MARKS, "").normalize("NFKC").toLowerCase().replace(SEPARATORS, "");
  return toSimplified(plain);
}
