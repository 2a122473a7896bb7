// Rule 5b: after a strong title, a run of transliteration characters up to a verb or punctuation is a
// foreign name even when jieba splits it: 首相依斯迈沙比里表示, 马来西亚首相依斯迈沙比里今天抵达北京.
import { CharSet, STRONG_TRANSLIT, TRANSLIT_CHARS } from "../data/chars.ts";
import { NOT_NAMES } from "../data/context.ts";
import { STRONG_TITLES } from "../data/titles.ts";
import { titleEndingAt, type Knowledge } from "../knowledge.ts";
import { boundaryAfter } from "../support.ts";
import { claim, free, type SentenceView } from "../view.ts";
import type { SentenceRule } from "./types.ts";

/** Shortest and longest run taken (shorter names are left to title-before-name). */
export const MIN_RUN = 3;
export const MAX_RUN = 8;

const STRONG = new Set(STRONG_TITLES);
/** Last characters of the strong titles: a cheap test before the title lookup. */
const TITLE_ENDS = new CharSet(STRONG_TITLES.map((t) => t.charAt(t.length - 1)));

/** True when the title ending at `at` is a strong one (首相, 马来西亚首相, 前总统). */
function strongTitleAt(k: Knowledge, v: SentenceView, at: number): boolean {
  const t = titleEndingAt(k, v.text, at);
  if (!t) return false;
  for (const s of STRONG) if (t.info.zh.endsWith(s) && v.text.startsWith(s, at - s.length)) return true;
  return false;
}

/** Whether `name` may be a foreign name the lexicon does not know: no lexicon word, title or country, one rare character. */
function foreignRun(k: Knowledge, name: string): boolean {
  if (NOT_NAMES.has(name) || k.titles.has(name) || k.countries.has(name) || k.lookup(name).length > 0) return false;
  for (const ch of name) if (STRONG_TRANSLIT.has(ch)) return true;
  return false;
}

/** Transliteration runs after strong titles (rule `title-translit`). */
export const translitAfterTitle: SentenceRule = {
  name: "title-translit",
  run(k, v, out) {
    const { text } = v;
    for (const t of v.tokens) {
      const start = t.end;
      if (start + MIN_RUN > text.length || !TITLE_ENDS.hasAt(text, start - 1) || v.taken[start]) continue;
      if (!TRANSLIT_CHARS.hasAt(text, start) || !TRANSLIT_CHARS.hasAt(text, start + 1) || !TRANSLIT_CHARS.hasAt(text, start + 2)) continue;
      if (!strongTitleAt(k, v, start)) continue;
      let run = start;
      while (run < text.length && run - start < MAX_RUN && TRANSLIT_CHARS.hasAt(text, run) && !v.taken[run]) run++;
      for (let end = run; end - start >= MIN_RUN; end--) {
        const name = text.slice(start, end);
        if (!boundaryAfter(v, end) || !foreignRun(k, name) || !free(v, start, end)) continue;
        out.push({ view: v, start, end, type: "person", rule: this.name, name });
        claim(v, start, end);
        break;
      }
    }
  },
};
