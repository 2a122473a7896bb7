// Rule 5c: a Chinese name right after a title, whatever jieba's tags: 学者|黄/a|启明/v|说 → 黄启明,
// 客席学者|李铭/x|轩对/x → 李铭轩. The name must end before a follow word or punctuation.
import { isChineseName, isHanAt } from "../data/chars.ts";
import { FOLLOW_WORDS } from "../data/context.ts";
import type { Knowledge } from "../knowledge.ts";
import type { Candidate, SentenceView } from "../view.ts";
import { push } from "./05a-name-after.ts";
import { nameShape } from "./name-shape.ts";

/** Tags of a one-character surname read as a function word (曾/d, 向/p, 和/c). */
const FUNCTION_FIRST = new Set(["d", "p", "c"]);

/** Tags jieba's HMM gives the first piece of a name it did not know (x) or its surname alone. */
const OPEN_FIRST = new Set(["x", "nr", "nrfg", "nrt"]);

/** Tags of a two-character first word that never holds a surname and a given character (verbs, function words). */
const WORD_FIRST_NEVER = new Set(["v", "vn", "vd", "d", "p", "c", "u", "uj", "ul", "r", "m", "q", "t", "f", "y", "e", "o"]);

/** Tags of a last given character jieba left alone (斌/nr, 翔/x, 明/a). */
const LAST_GIVEN = new Set(["nr", "nrfg", "x", "ng", "zg", "a"]);

/** True when what starts at `e` ends a name: no Han, or a follow word of one to three characters (说, 对, 表示). */
function endsName(v: SentenceView, e: number): boolean {
  if (e >= v.text.length || !isHanAt(v.text, e)) return true;
  for (let len = 1; len <= 3 && e + len <= v.text.length; len++) if (FOLLOW_WORDS.has(v.text.slice(e, e + len))) return true;
  return false;
}

/** The token that runs across `end`, walking from the token at `start` (a few steps at most). */
function cutWord(v: SentenceView, start: number, end: number) {
  for (let j = v.startsAt[start]!; j >= 0 && j < v.tokens.length && v.tokens[j]!.start < end; j++) {
    if (v.tokens[j]!.end > end) return v.tokens[j];
  }
  return undefined;
}

/**
 * Tries a three-, then a two-character Chinese name at `start` (right after a title); the first word there
 * must be the surname alone or a piece jieba's HMM found, so 记者|会上 is never a name.
 */
export function hanNameAfterTitle(k: Knowledge, v: SentenceView, out: Candidate[], start: number): boolean {
  const first = v.tokens[v.startsAt[start] ?? -1];
  const next = v.tokens[(v.startsAt[start] ?? -1) + 1];
  // 教授|林中/s|斌/nr|对, 研究员|罗家/ns|明对/x|美国之音: the surname and the first given character read as a
  // word, the last one alone or glued by the HMM to the word after the name
  const wordFirst =
    first !== undefined && first.word.length === 2 && !WORD_FIRST_NEVER.has(first.tag) && next !== undefined &&
    (next.word.length === 1 ? LAST_GIVEN.has(next.tag) : next.tag === "x" && next.word.length === 2);
  if (!first || !(first.word.length === 1 || OPEN_FIRST.has(first.tag) || wordFirst)) return false;
  // 外交官|曾/d|私下/n|表示, 学者|向/p|本报/r|表示: a surname jieba reads as an adverb, a preposition or a
  // conjunction needs a given name jieba reads as one
  if (FUNCTION_FIRST.has(first.tag) && next !== undefined && !OPEN_FIRST.has(next.tag)) return false;
  for (const len of wordFirst && !OPEN_FIRST.has(first.tag) ? [3] : [3, 2]) {
    const end = start + len;
    const name = v.text.slice(start, end);
    if (end > v.text.length || !isChineseName(name) || nameShape(k, name) !== "chinese" || !endsName(v, end)) continue;
    // the name must not cut a dictionary word in two (黄|启明 ✓, 李铭|轩对 ✓ as HMM pieces)
    if (v.endsAt[end]! < 0 && cutWord(v, start, end)?.tag !== "x") continue;
    if (push(k, v, out, start, end, "title-before-name")) return true;
  }
  return false;
}
