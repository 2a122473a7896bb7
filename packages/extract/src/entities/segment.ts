// Word segmentation with nodejieba (HMM on), with offsets; loads the lexicon as a user dictionary once.
//
// nodejieba.load() can only usefully be called once per process: the first call to `useLexicon` loads
// jieba's built-in dictionary plus the lexicon (written to a temporary user-dictionary file); later
// lexicons only add their new words with nodejieba.insertWord (a word can be added, never removed).
import { writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import nodejieba from "nodejieba";
import { userDict } from "../lexicon/user-dict.ts";
import type { Lexicon } from "../lexicon/types.ts";

/** One word of segmented text; offsets are UTF-16 indices into the text given to `segment`. */
export interface Token {
  word: string;
  /** jieba part-of-speech tag: nr person, ns place, nt organization, v verb, x unknown or symbol … */
  tag: string;
  start: number;
  end: number;
}

/** jieba's own user dictionary (not in nodejieba's typings): loaded beside ours. */
const DEFAULT_USER_DICT = (nodejieba as unknown as { DEFAULT_USER_DICT?: string }).DEFAULT_USER_DICT;

let loaded = false;
const known = new Set<string>();
const applied = new WeakSet<Lexicon>();

/**
 * Makes nodejieba segment the lexicon's names as words. Call it before the first `segment`;
 * calling it again with the same lexicon is free, with another lexicon it inserts only the new words.
 */
export function useLexicon(lexicon: Lexicon): void {
  if (applied.has(lexicon)) return;
  applied.add(lexicon);
  const lines = userDict(lexicon);
  if (!loaded) {
    const file = join(tmpdir(), `parley-jieba-${process.pid}.dict`);
    writeFileSync(file, lines.join("\n") + "\n");
    nodejieba.load({ userDict: DEFAULT_USER_DICT ? `${DEFAULT_USER_DICT}|${file}` : file });
    loaded = true;
    for (const line of lines) known.add(line.slice(0, line.indexOf(" ")));
    return;
  }
  for (const line of lines) {
    const [word, , tag] = line.split(" ");
    if (!word || known.has(word)) continue;
    known.add(word);
    nodejieba.insertWord(word, tag);
  }
}

function ensureLoaded(): void {
  if (loaded) return;
  nodejieba.load();
  loaded = true;
}

/** Segments and tags text (one native call), with each token's offsets in the text. */
export function segment(text: string): Token[] {
  if (text.length === 0) return [];
  ensureLoaded();
  // nodejieba's own result objects get their offsets (no second object per token)
  const tokens = nodejieba.tag(text) as Token[];
  let n = 0;
  let at = 0;
  for (const t of tokens) {
    const w = t.word;
    if (w.length === 0) continue;
    const start = text.startsWith(w, at) ? at : text.indexOf(w, at);
    if (start < 0) continue; // jieba dropped or changed characters: keep the offsets of what it kept
    t.start = start;
    t.end = start + w.length;
    tokens[n++] = t;
    at = t.end;
  }
  tokens.length = n;
  return tokens;
}
