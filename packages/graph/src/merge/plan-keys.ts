// What the plan-joining passes (plans, slips, stale plans) share: the kind-and-people key and "only ever planned".
import type { TimelineEvent } from "../model.ts";
import { typeClass } from "./cluster.ts";

/** "meeting|person:a|person:b": events of one kind between the same people share it. */
export function kindPeopleKey(e: TimelineEvent): string {
  return `${typeClass(e.type)}|${[...e.participants].sort().join("|")}`;
}

/** True when every source of the event only plans it or calls it possible. */
export function onlyPlanned(e: TimelineEvent): boolean {
  return e.sources.every((s) => s.status === "planned" || s.status === "possible");
}
