// Human-readable reasons for every mention, for a debug flag (`parley build --explain`).
import type { DocEntity } from "../model.ts";

/** One line per mention: `doc ¶2 [14,17) 布林肯 → person:antony-blinken (lexicon; 国务卿 US)`. */
export function explainMentions(entities: readonly DocEntity[]): string[] {
  const lines: string[] = [];
  for (const e of entities) {
    for (const m of e.mentions) {
      const role = m.role ? `; ${m.role.title}${m.role.country ? " " + m.role.country : ""}` : "";
      lines.push(`${m.document} ¶${m.paragraph} [${m.start},${m.end}) ${m.surface} → ${e.id} ${e.type} (${m.rule}${role})`);
    }
  }
  return lines;
}
