// Clues from summits: 今年稍后在罗马举行的G20峰会 · 将前往利马出席APEC领导人会议 · 去年在巴厘岛G20峰会期间.
import type { Document } from "../model.ts";
import { addDays } from "../time/calendar.ts";
import { tenseAt } from "../time/tense.ts";
import { monthWindow, overlap, yearWindow, type DayWindow, type WorldClue } from "./clues.ts";
import { clauseBefore, currentWindow } from "./summit-current.ts";
import { summitCalendar, type Summit, type SummitCalendar } from "./summits.ts";

// The word placing the summit against the article's own time, in the clause before its name.
const RELATION = /(明年|去年|今年|下个?月|上个?月|本月|这个月|下一?届|上一?届)(稍后|晚些时候|较晚时候|底|下旬)?/g;
const SENTENCE = /[^。！？!?]+[。！？!?]?/g;
/** Days before a summit that a report of a plan to attend it can be from, and after it that a recall can. */
const PLAN_DAYS = 365;
const RECALL_DAYS = 730;

/** The relation word nearest before `start` in its clause (up to 40 characters back), and whether it says later (今年稍后). */
function relationBefore(sentence: string, start: number): { word: string; later: boolean } | null {
  const words = [...clauseBefore(sentence, start).matchAll(RELATION)];
  const last = words[words.length - 1];
  return last?.[1] ? { word: last[1], later: last[2] !== undefined } : null;
}

/** The window one meeting allows, by the relation word and the tense of the sentence; null when they disagree. */
function summitWindow(s: Summit, rel: string | null, tense: string | null, meetings: readonly Summit[]): DayWindow | null {
  // 下届G20峰会: the article is after the meeting before it; 上届: before the meeting after it.
  const at = meetings.indexOf(s);
  if (rel?.endsWith("届")) {
    const [prev, next] = [meetings[at - 1], meetings[at + 1]];
    return rel.startsWith("下")
      ? { lo: prev ? addDays(prev.end, 1) : addDays(s.start, -PLAN_DAYS), hi: addDays(s.start, -1) }
      : { lo: addDays(s.end, 1), hi: next ? next.start : addDays(s.end, PLAN_DAYS) };
  }
  // With a relation word the tense only says which side of the meeting the article is on.
  const [plan, recall] = rel ? [36500, 36500] : [PLAN_DAYS, RECALL_DAYS];
  const byTense: DayWindow =
    tense === "future"
      ? { lo: addDays(s.start, -plan), hi: addDays(s.start, -1) }
      : tense === "past"
        ? { lo: s.start, hi: addDays(s.end, recall) }
        : { lo: addDays(s.start, -plan), hi: addDays(s.end, recall) };
  if (!rel) return byTense;
  // 即将卸任的奥巴马上月在利马出席APEC: a word of the past or the future (去年, 上月, 明年, 下月) places the
  // meeting on its own; the sentence's tense only says which side of it 今年 and 本月 are on.
  const sided = rel === "今年" || rel === "本月" || rel === "这个月";
  const byWord =
    rel === "明年" ? yearWindow(s.start, -1)
    : rel === "去年" ? yearWindow(s.start, 1)
    : rel === "今年" ? yearWindow(s.start, 0)
    : rel.startsWith("下") ? monthWindow(s.start, -1)
    : rel.startsWith("上") ? monthWindow(s.end, 1)
    : monthWindow(s.start, 0);
  return sided ? overlap(byTense, byWord) : byWord;
}

/**
 * Clues from the summits a text names (see SummitCalendar.find): a relation word before the name (今年稍后,
 * 明年, 上月) fixes the article's year or month against the meeting's days, 下届/上届 puts it between two meetings; a plan to attend (将/预计) puts it
 * within a year before the meeting; a recall within two years after; a report as it happens (a bare day of the meeting,
 * 今天, 本周 in its clause: 31日在天津出席上合峰会) within a week after. A strong clue needs a relation word, a report as it
 * happens, or a plan to attend a meeting its host city singles out.
 */
export function summitClues(doc: Document, calendar: SummitCalendar = summitCalendar()): WorldClue[] {
  const clues: WorldClue[] = [];
  for (const p of doc.paragraphs) {
    for (const s of p.simplified.matchAll(SENTENCE)) {
      const sentence = s[0];
      for (const m of calendar.find(sentence)) {
        const found = relationBefore(sentence, m.start);
        const rel = found?.word ?? null;
        const tense = found?.later ? "future" : tenseAt(sentence, m.start, m.end, "sentence");
        if (!rel && !m.marked) continue;
        // 莫迪31日在天津出席上合组织峰会期间: reported as it happens, the article is within days of the meeting.
        const current = !rel && m.marked && tense !== "future" ? m.candidates.map((c) => currentWindow(sentence, m.start, c)).filter((w): w is DayWindow => w !== null) : [];
        if (current.length > 0) {
          clues.push({ windows: current, strong: true, basis: `${m.surface} reported as it happens (${m.candidates.map((c) => c.start).join(" or ")})` });
          continue;
        }
        const windows = m.candidates.map((c) => summitWindow(c, rel, tense, calendar.meetings(m.forum))).filter((w): w is DayWindow => w !== null);
        if (windows.length === 0) continue;
        const strong = rel !== null || (tense === "future" && m.marked);
        clues.push({ windows, strong, basis: `${rel ?? ""}${m.surface} (${m.candidates.map((c) => c.start).join(" or ")}${tense ? `, ${tense}` : ""})` });
      }
    }
  }
  return clues;
}
