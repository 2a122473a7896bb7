// A "dialogue" next to a call is that call: 美中军方最高将领视讯通话 布朗与刘振立逾一年来首度对话 (a
// headline's 对话 read as a meeting) is the 21日视讯通话 its article reports, not a meeting of its own.
import type { TimelineEvent } from "../model.ts";
import { intervalOf, overlaps } from "../time/days.ts";
import { addSources } from "./finish.ts";

/** Trigger words that name a conversation without saying the people met in person (both scripts). */
export const DIALOGUE_TRIGGERS: ReadonlySet<string> = new Set(["对话", "對話", "交谈", "交談", "谈话", "談話", "通话", "通話"]);

/**
 * Folds each meeting that only dialogue words report into the call of the same people that every one
 * of its articles reports (on overlapping days when both are dated). Returns the remaining events.
 */
export function foldDialogues(events: TimelineEvent[]): TimelineEvent[] {
  const calls = new Map<string, TimelineEvent[]>();
  for (const e of events) {
    if (e.type !== "call") continue;
    const list = calls.get(key(e));
    if (list) list.push(e);
    else calls.set(key(e), [e]);
  }
  const gone = new Set<TimelineEvent>();
  for (const m of events) {
    if (m.type === "call" || m.type === "visit" || !m.sources.every((s) => DIALOGUE_TRIGGERS.has(s.trigger))) continue;
    const docs = new Set(m.sources.map((s) => s.document));
    const when = intervalOf(m.start, m.end);
    const found = (calls.get(key(m)) ?? []).filter((c) => {
      const iv = intervalOf(c.start, c.end);
      if (when && iv && !overlaps(when, iv)) return false;
      const theirs = new Set(c.sources.map((s) => s.document));
      return [...docs].every((d) => theirs.has(d));
    });
    if (found.length !== 1) continue;
    addSources(found[0]!, m, intervalOf(found[0]!.start, found[0]!.end));
    gone.add(m);
  }
  return gone.size ? events.filter((e) => !gone.has(e)) : events;
}

function key(e: TimelineEvent): string {
  return [...e.participants].sort().join("|");
}
