// Person mentions as the event rules need them: 川 + 普 written together are 川普 (Trump), not Trump and Putin.
import type { Mention } from "../model.ts";
import type { Lexicon } from "../lexicon/index.ts";

/**
 * Joins two person mentions written back to back, the first one character long, whose text together
 * is a lexicon name of one of them (川 + 普 → 川普): a pair abbreviation is only a pair inside a
 * compound such as 川习会. `ms` is sorted by start; returned unchanged when nothing joins.
 */
export function joinSplitNames(ms: Mention[], lexicon: Lexicon | undefined): Mention[] {
  if (!lexicon || ms.length < 2) return ms;
  const out: Mention[] = [];
  let joined = false;
  for (let i = 0; i < ms.length; i++) {
    const a = ms[i]!;
    const b = ms[i + 1];
    if (b && a.end === b.start && a.type === "person" && b.type === "person" && a.end - a.start === 1) {
      const entry = lexicon.lookup(a.surface + b.surface).find((e) => e.id === a.entity || e.id === b.entity);
      if (entry) {
        out.push({ ...a, entity: entry.id, end: b.end, surface: a.surface + b.surface });
        joined = true;
        i++;
        continue;
      }
    }
    out.push(a);
  }
  return joined ? out : ms;
}
