// Chinese and English names of event types and statuses, for the panel and the filters.

/** Event types as shown. */
export const TYPE_NAMES: Record<string, string> = { meeting: "会见 meeting", call: "通话 call", visit: "访问 visit", summit: "峰会 summit" };

/** Statuses as shown. */
export const STATUS_NAMES: Record<string, string> = {
  happened: "已发生 happened", planned: "计划中 planned", possible: "可能 possible", "not-happened": "未发生 not happened",
};

/** A type or status name, falling back to the raw value. */
export function nameOf(table: Record<string, string>, value: string | null | undefined): string {
  return value ? table[value] ?? value : "?";
}
