// A host receiving the members of a group meeting just told: …举行四国外长会议，菅义伟在首相官邸接见了四国外长.
import type { EventMention } from "../model.ts";
import { clauseStartIn, dropPairsOf, opensClause, personsIn, placeAt, severalSides, type GroupDocument } from "./group-document.ts";

/** Receiving the group (simplified): 接见了四国外长, 会见与会的三国领导人, 宴请各国代表团. */
const RECEIVE =
  /(?:接见|会见|宴请|接待)(?:了)?(?:与会的?|出席会议的?)?(?:[两二三四五六七八九十]|[2-9]|各)国(?:的)?(?:外长|外交部长|领导人|领袖|元首|首脑|代表团团长|代表团|部长|防长|国防部长)/g;

/**
 * Adds one meeting of a host and the members of the group meeting (three or more people) told in the same
 * sentence or one of the two before in the paragraph, less the host's compatriots (菅义伟接见了四国外长:
 * 蓬佩奥, 苏杰生, 佩恩, not 茂木敏充), on that meeting's date; placed by the host's clause (在首相官邸) or the meeting.
 */
export function receivedGroups(g: GroupDocument, out: EventMention[]): void {
  for (const [i, s] of g.sentences.entries()) {
    const text = s.simplified || s.text;
    if (!/国/.test(text)) continue;
    for (const m of text.matchAll(RECEIVE)) {
      const clauseFrom = clauseStartIn(text, m.index);
      const host = personsIn(g, s.paragraph, s.start + clauseFrom, s.start + m.index)[0];
      if (!host || !opensClause(text.slice(clauseFrom, host.start - s.start))) continue;
      const earlier = new Set(g.sentences.slice(Math.max(0, i - 2), i + 1).filter((q) => q.paragraph === s.paragraph).map((q) => q.start));
      const group = out.filter((e) => e.type === "meeting" && e.paragraph === s.paragraph && earlier.has(e.start) && e.participants.length >= 3 && !e.participants.includes(host.entity)).at(-1);
      if (!group) continue;
      const country = g.entityById.get(host.entity)?.country ?? null;
      const guests = group.participants.filter((id) => country === null || g.entityById.get(id)?.country !== country);
      const ids = [host.entity, ...guests];
      if (ids.length < 3 || !severalSides(g, ids)) continue;
      if (out.some((e) => e.type !== "visit" && e.participants.length === ids.length && ids.every((id) => e.participants.includes(id)))) continue;
      // 埃尔多安会见两国代表团 read as a meeting with nobody named: this meeting.
      dropPairsOf(out, s, ids);
      out.push({
        ...group,
        id: `${g.doc.id}:e${out.length + 1}`,
        participants: ids,
        place: placeAt(g, s, s.start + clauseFrom, s.start + m.index) ?? group.place,
        trigger: m[0].slice(0, 2),
        quote: s.text,
        paragraph: s.paragraph,
        start: s.start,
        end: s.end,
        rule: "group-received",
      });
    }
  }
}
