// Rule 6: a name followed by its English form in parentheses: 沙利文(Jake Sullivan), 纽森 (Gavin Newsom),
// 耶伦 ( Janet Yellen ). The English is kept as the English name and an alias; it can also find the name.
import { isChineseName } from "../data/chars.ts";
import { claim, free } from "../view.ts";
import { orgFollows } from "../support.ts";
import { isEnglishPersonName } from "./english-person.ts";
import { MAX_NAME, nameShape, nameToken } from "./name-shape.ts";
import type { SentenceRule } from "./types.ts";

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
      const found = out.find((c) => c.end === end && c.type === "person");
      if (found) {
        if (!found.nameEn && isEnglishPersonName(en, true)) found.nameEn = en;
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
      out.push({ view: v, start, end, type: "person", rule: this.name, name: text.slice(start, end), nameEn: en });
      claim(v, start, end);
    }
  },
};
