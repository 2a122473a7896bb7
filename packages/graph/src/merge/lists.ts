// A visitor who "met A and B" of one host country had two meetings, not a three-way one: 朔尔茨…会见了
// 习近平和时任总理李克强 is the 朔尔茨–习近平 and 朔尔茨–李克强 meetings the other reports give.
import type { TimelineEvent } from "../model.ts";
import { intervalOf, overlaps } from "../time/days.ts";
import { addSources } from "./finish.ts";

const isMeeting = (e: TimelineEvent) => e.type === "meeting" || e.type === "summit";

/**
 * Folds each meeting of three or more people into the pair meetings it lists, when one of them (the
 * guest) has a meeting of its own with every other, at overlapping dates, and those others all come from
 * one country that is not the guest's. A trilateral of three countries (中法欧三方会晤) stays.
 * Returns the remaining events; the pair meetings gain the list's sources.
 */
export function splitLists(events: TimelineEvent[], countryOf: (person: string) => string | null): TimelineEvent[] {
  const pairs = new Map<string, TimelineEvent[]>();
  for (const e of events) {
    if (!isMeeting(e) || e.participants.length !== 2) continue;
    const key = [...e.participants].sort().join("|");
    pairs.set(key, [...(pairs.get(key) ?? []), e]);
  }
  const gone = new Set<TimelineEvent>();
  for (const e of events) {
    const iv = intervalOf(e.start, e.end);
    if (!isMeeting(e) || e.participants.length < 3 || !iv) continue;
    for (const guest of e.participants) {
      const hosts = e.participants.filter((p) => p !== guest);
      const home = countryOf(hosts[0]!);
      if (!home || home === countryOf(guest) || hosts.some((h) => countryOf(h) !== home)) continue;
      const found = hosts.map((h) => (pairs.get([guest, h].sort().join("|")) ?? []).filter((p) => p.status === e.status && overlapping(p, iv)));
      if (found.some((f) => f.length !== 1)) continue;
      for (const [p] of found) addSources(p!, e, intervalOf(p!.start, p!.end));
      gone.add(e);
      break;
    }
  }
  return gone.size ? events.filter((e) => !gone.has(e)) : events;
}

function overlapping(e: TimelineEvent, iv: { lo: number; hi: number }): boolean {
  const own = intervalOf(e.start, e.end);
  return !!own && overlaps(own, iv);
}
