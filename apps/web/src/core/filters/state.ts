// What the user chose to see: a view (contacts or the whole knowledge graph), a date range, hidden types and statuses.
import type { DayRange } from "../timeline/dates.ts";

/** The id of a view in VIEWS. */
export type ViewId = "contact" | "knowledge";

/** The explorer's filter state; sets hold what is switched off, so values never seen stay visible. */
export interface FilterState {
  view: ViewId;
  range: DayRange | null;
  hiddenTypes: Set<string>;
  hiddenStatuses: Set<string>;
}

/** Nothing filtered, contact network shown. */
export const DEFAULT_FILTER_STATE: FilterState = {
  view: "contact",
  range: null,
  hiddenTypes: new Set(),
  hiddenStatuses: new Set(),
};

/** A fresh state from the defaults and some overrides (the sets are copied). */
export function filterState(overrides: Partial<FilterState> = {}): FilterState {
  const merged = { ...DEFAULT_FILTER_STATE, ...overrides };
  return { ...merged, hiddenTypes: new Set(merged.hiddenTypes), hiddenStatuses: new Set(merged.hiddenStatuses) };
}
