// Rule 2: transliterated names whose parts are joined: 弗拉基米尔-普京, 埃斯瓦尔·普拉萨德, 安东尼‧布林肯.
import type { LexiconEntry } from "../../lexicon/types.ts";
import { allHan, allTranslit, isHanAt, JOINERS, SURNAMES, TRANSLIT_CHARS } from "../data/chars.ts";
import { FOLLOW_WORDS, FUNCTION_TAGS, NOT_NAMES } from "../data/context.ts";
import { claim, free, tokenAfter, tokenBefore, type SentenceView } from "../view.ts";
import { orgFollows } from "../support.ts";
import type { SentenceRule } from "./types.ts";

/** Longest part of a joined name, in characters. */
export const MAX_PART = 8;

/** A word of transliteration characters, possibly already joined (jieba keeps 让-皮埃尔 whole when the lexicon has it). */
const partToken = (word: string, tag: string) => {
  const bare = word.replace(JOINER_RE_ALL, "");
  return bare.length > 0 && allHan(bare) && allTranslit(bare) && !(word.length > 1 && FUNCTION_TAGS.has(tag));
};

/**
 * Start of the name part that ends at `at`, walking back over transliteration tokens; `at` when none.
 * When jieba glued the part to a word before it (长吉娜·雷蒙多), the transliterated tail of that token counts.
 */
function partStart(v: SentenceView, at: number): number {
  let j = at;
  for (let n = 0; n < 3; n++) {
    const t = tokenBefore(v, j);
    if (!t || at - t.start > MAX_PART) break;
    if (!partToken(t.word, t.tag)) {
      if (j === at && allHan(t.word)) while (j > t.start && TRANSLIT_CHARS.hasAt(v.text, j - 1)) j--;
      break;
    }
    j = t.start;
  }
  return j;
}

/** End of the name part that starts at `at` (the transliterated head of a glued token counts). */
function partEnd(v: SentenceView, at: number): number {
  let j = at;
  for (let n = 0; n < 3; n++) {
    const t = tokenAfter(v, j);
    if (!t || t.end - at > MAX_PART) break;
    if (!partToken(t.word, t.tag)) {
      if (j === at && allHan(t.word)) while (j < t.end && TRANSLIT_CHARS.hasAt(v.text, j)) j++;
      break;
    }
    j = t.end;
  }
  return j;
}

const JOINER_CLASS = `[${[...JOINERS].join("").replace(/[-\\\]^]/g, "\\$&")}]`;
const JOINER_RE = new RegExp(JOINER_CLASS, "g");
const JOINER_RE_ALL = new RegExp(JOINER_CLASS, "g");

/** True when a name may end at `at`: no Han there, or a follow word of one to three characters (说, 表示). */
function surnameEnds(text: string, at: number): boolean {
  if (!isHanAt(text, at)) return true;
  for (let len = 1; len <= 3; len++) if (FOLLOW_WORDS.has(text.slice(at, at + len))) return true;
  return false;
}

const isJoinerAt = (text: string, i: number) => JOINERS.has(text.charAt(i)) && isHanAt(text, i - 1) && isHanAt(text, i + 1);

/** Finds joined names; resolves them to the lexicon by the full name or, for people, by the last part. */
export const joinedNames: SentenceRule = {
  name: "joined-name",
  run(k, v, out) {
    const { text } = v;
    JOINER_RE.lastIndex = 1;
    for (let m = JOINER_RE.exec(text); m; m = JOINER_RE.exec(text)) {
      const i = m.index;
      if (i === 0 || !isJoinerAt(text, i)) continue;
      const start = partStart(v, i);
      if (start === i) continue;
      let end = i;
      while (end < text.length - 1 && isJoinerAt(text, end)) {
        let e = partEnd(v, end + 1);
        // 戴维·黄（David Huang）, 彼得·李说: a Chinese surname as the last part, then no more Han or a follow word
        if (e === end + 1 && SURNAMES.has(text.charAt(e)) && surnameEnds(text, e + 1)) e++;
        if (e === end + 1) break;
        end = e;
      }
      const parts = text.slice(start, end).split(JOINER_RE_ALL).filter((p) => p.length > 0);
      if (parts.length < 2) continue;
      JOINER_RE.lastIndex = end;
      const full = parts.join("");
      if (full.length < 3 || parts.every((p) => p.length < 2) || !free(v, start, end)) continue;
      const whole = k.lookup(full);
      const place = whole.find((e) => e.type !== "person");
      if (place) {
        out.push({ view: v, start, end, type: place.type, rule: "lexicon", entry: place, name: place.zh });
        claim(v, start, end);
        continue;
      }
      // 阿拉伯－伊斯兰联合部长级会议, 中国-东盟: a part that is a place, a body or a people's word is no name
      if (parts.some((p) => NOT_NAMES.has(p) || k.lookup(p).some((e) => e.type !== "person")) || orgFollows(v, end)) continue;
      const last = parts[parts.length - 1]!;
      const entry: LexiconEntry | undefined =
        whole.find((e) => e.type === "person") ?? k.lookup(last).find((e) => e.type === "person");
      out.push({ view: v, start, end, type: "person", rule: whole.length ? "lexicon" : this.name, name: parts.join("·"), ...(entry && { entry }) });
      claim(v, start, end);
    }
  },
};
