// Human labels for event nodes: "王毅–布林肯 会晤 2023-10-26".
import type { EventType, TimelineEvent } from "../model.ts";

/** Chinese words for event types. */
export const EVENT_TYPE_ZH: Record<EventType, string> = { meeting: "会晤", summit: "峰会", call: "通话", visit: "访问" };

/** The label of an event node, from its participants' names. */
export function eventLabel(e: TimelineEvent, nameOf: (id: string) => string): string {
  const who = e.participants.map(nameOf).join("–");
  const where = e.type === "visit" && e.place ? nameOf(e.place) : "";
  const when = e.start ? (e.end && e.end !== e.start ? `${e.start}..${e.end}` : e.start) : "";
  return [who, `${EVENT_TYPE_ZH[e.type] ?? e.type}${where}`, when].filter(Boolean).join(" ");
}
