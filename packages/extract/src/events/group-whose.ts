// A name that only says whose aide another is (普京助理乌沙科夫, 特朗普的特使威特科夫) is no participant of a group meeting.
import type { EventMention, Sentence } from "../model.ts";
import type { GroupDocument } from "./group-document.ts";

/** Between a patron and the aide (simplified): 助理, 外事助理, 的特使, 国家安全顾问, 特别代表. */
export const WHOSE_GAP = /^(?:的)?(?:总统|国家主席|首相|总理)?(?:外事|国家安全|首席|私人)?(?:助理|助手|特使|特别代表|顾问|幕僚长)$/;

/**
 * Drops from each meeting or call of three or more the people every mention of whom in its sentence is
 * only the patron of another participant named right after (鲁比奥…与拉夫罗夫及普京助理乌沙科夫举行会谈: not
 * 普京). Edits `out` in place.
 */
export function dropPatrons(g: GroupDocument, out: EventMention[]): void {
  const byStart = new Map<string, Sentence>();
  for (const s of g.sentences) byStart.set(`${s.paragraph}:${s.start}`, s);
  for (const e of out) {
    if (e.type === "visit" || e.participants.length < 3) continue;
    const s = byStart.get(`${e.paragraph}:${e.start}`);
    if (!s) continue;
    const text = s.simplified || s.text;
    const ps = g.mentions.within(s.paragraph, s.start, s.end).filter((m) => g.entityById.get(m.entity)?.type === "person");
    const patron = (id: string): boolean => {
      const mine = ps.map((m, i) => [m, ps[i + 1]] as const).filter(([m]) => m.entity === id);
      return mine.length > 0 && mine.every(([m, n]) => n !== undefined && n.entity !== id && e.participants.includes(n.entity) && WHOSE_GAP.test(text.slice(m.end - s.start, n.start - s.start)));
    };
    const kept = e.participants.filter((id) => !patron(id));
    if (kept.length >= 2 && kept.length < e.participants.length) e.participants = kept;
  }
}
