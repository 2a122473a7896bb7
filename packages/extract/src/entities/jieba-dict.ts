// jieba's own dictionary as data: the two-character words it knows, with their frequency and tag.
import { readFileSync } from "node:fs";
import nodejieba from "nodejieba";

/** A dictionary word's frequency and part-of-speech tag. */
export interface DictWord {
  freq: number;
  tag: string;
}

const DICT = (nodejieba as unknown as { DEFAULT_DICT?: string }).DEFAULT_DICT;
let pairs: Map<string, DictWord> | null = null;

/** The two-character entries of jieba's dictionary (read once, ~50 ms); empty when the file is missing. */
export function twoCharWords(): ReadonlyMap<string, DictWord> {
  if (pairs) return pairs;
  pairs = new Map();
  let text = "";
  try {
    text = DICT ? readFileSync(DICT, "utf8") : "";
  } catch {
    return pairs;
  }
  const re = /^(\S{2}) (\d+) (\w+)$/gmu;
  for (let m = re.exec(text); m; m = re.exec(text)) pairs.set(m[1]!, { freq: Number(m[2]), tag: m[3]! });
  return pairs;
}

/** Name-like tags: a word with one of them may be (part of) a name, not a common word. */
const NAME_LIKE = new Set(["nr", "nrt", "nrfg", "nz", "x"]);

/**
 * True when `word` (two characters) is a common word of jieba's dictionary: frequency at least `minFreq`
 * and not tagged as a name (较早 d, 成果 n, 伊朗 ns ✓; 金成 nrfg ✗).
 */
export function isCommonPair(word: string, minFreq = 50): boolean {
  if (word.length !== 2) return false;
  const w = twoCharWords().get(word);
  return w !== undefined && w.freq >= minFreq && !NAME_LIKE.has(w.tag);
}
