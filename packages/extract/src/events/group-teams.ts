// Talks of two teams whose leads are listed after them: 双方经贸团队在吉隆坡举行磋商。贝森特和格里尔与何立峰达成框架.
import type { EventMention, Mention } from "../model.ts";
import { opensClause, pushGroupEvent, sentencePair, type GroupDocument } from "./group-document.ts";

/** 经贸团队/代表团/双方官员 … 举行了新一轮磋商 (simplified): talks held by teams nobody names. */
const TEAM_HELD =
  /(?:团队|代表团|谈判团|工作组|双方官员|两国官员)[^。；]{0,40}?(?:举行|进行|展开|开展|召开)(?:了)?[^，。；]{0,10}?(?:磋商|会谈|谈判|会晤|对话)/;
/** A plan: 将, 预计, 拟. */
const PLANNED = /将|预计|预定|拟|即将|计划/;
/** Between two names of one list (titles allowed): no clause break. */
const LIST_GAP = /^[^，。；：]{0,16}$/;
/** The gap between the two sides: 与/同/跟. */
const SIDES_GAP = /与|同|跟/;

/** The two-sided list opening a clause in [from, to): A和B与C; [] when none. `at` reads paragraph offsets. */
function sidesList(at: (a: number, b: number) => string, persons: Mention[], from: number, to: number): Mention[] {
  const inside = persons.filter((p) => p.start >= from && p.end <= to);
  const first = inside[0];
  if (!first) return [];
  if (!opensClause(at(from, first.start))) return [];
  const list = [first];
  let end = first.end;
  let sides = 0;
  for (const p of inside.slice(1)) {
    const gap = at(end, p.start);
    // 贝森特（Scott Bessent）: the same person again in parentheses.
    if (p.entity === list.at(-1)!.entity && /^[（(]?$/.test(gap)) {
      end = Math.max(end, p.end + (at(p.end, p.end + 1) === "）" || at(p.end, p.end + 1) === ")" ? 1 : 0));
      continue;
    }
    if (!LIST_GAP.test(gap) || !/[、和及与同跟]/.test(gap)) break;
    if (SIDES_GAP.test(gap)) sides++;
    list.push(p);
    end = p.end;
  }
  return sides === 1 ? list : [];
}

/**
 * Talks of two teams (双方经贸团队于25日至26日在吉隆坡举行了新一轮磋商) whose leads open the rest of the sentence
 * or the next sentence of its paragraph as two sides (贝森特和格里尔与何立峰达成了初步框架): one meeting of all
 * the leads, with the talks' date and place; an event of the talks naming only some of them is widened.
 */
export function teamTalks(g: GroupDocument, out: EventMention[]): void {
  for (const [i, s] of g.sentences.entries()) {
    const text = s.simplified || s.text;
    const m = TEAM_HELD.exec(text);
    if (!m) continue;
    const { next, at, persons } = sentencePair(g, i);
    const talksEnd = s.start + m.index + m[0].length;
    let list = sidesList(at, persons, talksEnd, s.end);
    if (list.length === 0 && next) list = sidesList(at, persons, next.start, next.end);
    const ids = [...new Set(list.map((p) => p.entity))];
    const countries = new Set(ids.map((id) => g.entityById.get(id)?.country ?? id));
    if (ids.length < 3 || countries.size < 2) continue;
    const mine = out.filter((e) => e.type !== "visit" && e.paragraph === s.paragraph && (e.start === s.start || e.start === next?.start));
    // Events of these sentences naming some of the leads are the talks: the first widened, the others dropped.
    const twins = mine.filter((e) => e.participants.every((id) => ids.includes(id)));
    if (twins.length > 0) {
      twins[0]!.participants = ids;
      for (const t of twins.slice(1)) out.splice(out.indexOf(t), 1);
      continue;
    }
    const clauseFrom = s.start + Math.max(0, text.lastIndexOf("，", m.index) + 1);
    pushGroupEvent(g, s, {
      type: "meeting",
      participants: ids,
      clause: { from: clauseFrom, to: talksEnd },
      planned: PLANNED.test(text.slice(clauseFrom - s.start, m.index + m[0].length)),
      trigger: s.text.slice(m.index + m[0].length - 2, m.index + m[0].length),
      rule: "group-team-talks",
    }, out);
  }
}
