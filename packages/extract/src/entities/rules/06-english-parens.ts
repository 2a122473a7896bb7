// Rule 6: a name followed by its English form in parentheses: 沙利文(Jake Sullivan), 纽森 (Gavin Newsom),
// 耶伦 ( Janet Yellen ). The English is kept as the English name and an alias; it can also find the name.
import { isChineseName } from "../data/chars.ts";
import { claim, free } from "../view.ts";
import { orgFollows } from "../support.ts";
import { isEnglishPersonName } from "./english-person.ts";
import { englishAgrees, isJapaneseName, nameSpanBefore, syllableCount } from "./parens-span.ts";
import { MAX_NAME, nameShape, nameToken } from "./name-shape.ts";
import type { SentenceRule } from "./types.ts";
import type { Knowledge } from "../knowledge.ts";
import type { PersonEntry } from "../../lexicon/types.ts";
import type { Candidate, SentenceView } from "../view.ts";

/**
 * 格里|什（Jeffrey Gerrish）, 金成|哲（Kim Song Chol）: a person cut short before the parenthesis, or a lexicon
 * person inside a longer name whose English disagrees, becomes the whole name the English implies.
 */
function widen(k: Knowledge, v: SentenceView, out: Candidate[], end: number, en: string, after: number): boolean {
  // 田中明彦（Akihiko Tanaka）: a romanized Japanese name counts like a romanized Korean one
  const asian = syllableCount(en) >= 2 || isJapaneseName(en);
  if (!isEnglishPersonName(en, true) && !asian) return false;
  const byEn = personByEnglish(k, en);
  const start = nameSpanBefore(k, v, end, en);
  if (start < 0) return false;
  const inside = out.filter((c) => c.end > start && c.start < end);
  const c = inside[0];
  if (inside.length > 1 || (c && (c.type !== "person" || c.start < start || (c.start === start && c.end === end)))) return false;
  if (c?.entry && (c.entry === byEn || englishAgrees(c.entry, en))) return false;
  // a new name needs English that compromise takes for a person (not two capitalized words of a title)
  if (!c && (!free(v, start, end) || orgFollows(v, after) || (!asian && !isEnglishPersonName(en, false)))) return false;
  const name = v.text.slice(start, end);
  if (c) Object.assign(c, { start, end, name, nameEn: en, entry: byEn, rule: "english-parens" });
  else out.push({ view: v, start, end, type: "person", rule: "english-parens", name, nameEn: en, entry: byEn });
  claim(v, start, end);
  return true;
}

/** The one lexicon person whose English name or alias is `en` (萊海澤（Robert Lighthizer）: an outlet's own rendering). */
function personByEnglish(k: Knowledge, en: string): PersonEntry | undefined {
  const hits = k.lookup(en).filter((e): e is PersonEntry => e.type === "person");
  return hits.length === 1 ? hits[0] : undefined;
}

const PARENS = /[（(]\s*([A-Za-z][A-Za-z'’. -]{1,58}[A-Za-z.])\s*[)）]/g;

/** Attaches English names to the person right before the parenthesis, or finds that person. */
export const englishParens: SentenceRule = {
  name: "english-parens",
  run(k, v, out) {
    const { text } = v;
    if (!text.includes("(") && !text.includes("（")) return;
    PARENS.lastIndex = 0;
    for (let m = PARENS.exec(text); m; m = PARENS.exec(text)) {
      const en = m[1]!.trim().replace(/\s+/g, " ");
      let end = m.index;
      while (end > 0 && /\s/.test(text.charAt(end - 1))) end--;
      if (widen(k, v, out, end, en, m.index + m[0].length)) continue;
      const found = out.find((c) => c.end === end && c.type === "person");
      if (found) {
        if (!found.nameEn && isEnglishPersonName(en, true)) found.nameEn = en;
        if (!found.entry) found.entry = personByEnglish(k, en);
        continue;
      }
      if (v.taken[end - 1] || !isEnglishPersonName(en, false)) continue;
      // the longest run of name tokens before the parenthesis that has the shape of a name
      let start = -1;
      for (let at = end; at > 0 && end - at < MAX_NAME; ) {
        const t = v.tokens[v.endsAt[at]!];
        if (!t || !nameToken(t)) break;
        at = t.start;
        const name = text.slice(at, end);
        const shape = nameShape(k, name);
        if (shape === "foreign" || (shape === "chinese" && isChineseName(name))) start = at;
      }
      if (start < 0 || !free(v, start, end) || orgFollows(v, m.index + m[0].length)) continue;
      out.push({ view: v, start, end, type: "person", rule: this.name, name: text.slice(start, end), nameEn: en, entry: personByEnglish(k, en) });
      claim(v, start, end);
    }
  },
};
