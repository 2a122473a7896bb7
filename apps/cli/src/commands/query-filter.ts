// The filters of `parley query` (--with, --type, --from …) checked and turned into an EventFilter.
import type { EventFilter } from "@parley/graph/query";
import type { EventStatus, EventType } from "@parley/graph";
import { confidenceFloor, UsageError } from "../args.ts";

const TYPES: EventType[] = ["meeting", "summit", "call", "visit"];
const STATUSES: EventStatus[] = ["happened", "planned", "possible", "not-happened"];
const DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

/** The event filter the options ask for; throws a UsageError naming a bad value. */
export function toFilter(v: Record<string, string | boolean | undefined>): EventFilter {
  const f: EventFilter = {};
  const str = (k: string) => (typeof v[k] === "string" ? (v[k] as string) : undefined);
  if (str("with")) f.participant = str("with")!;
  if (str("counterpart")) f.counterpart = str("counterpart")!;
  if (str("place")) f.place = str("place")!;
  for (const k of ["from", "to"] as const) {
    const d = str(k);
    if (d === undefined) continue;
    if (!DATE.test(d)) throw new UsageError(`--${k} wants YYYY, YYYY-MM or YYYY-MM-DD, not "${d}"`);
    f[k] = d;
  }
  const type = str("type");
  if (type !== undefined) {
    const list = type.split(",") as EventType[];
    if (!list.every((t) => TYPES.includes(t))) throw new UsageError(`--type wants ${TYPES.join(", ")}, not "${type}"`);
    f.type = list;
  }
  const status = str("status");
  if (status !== undefined) {
    const list = status.split(",") as EventStatus[];
    if (!list.every((s) => STATUSES.includes(s))) throw new UsageError(`--status wants ${STATUSES.join(", ")}, not "${status}"`);
    f.status = list;
  }
  const floor = str("min-confidence");
  if (floor !== undefined) f.minConfidence = confidenceFloor(floor);
  return f;
}
