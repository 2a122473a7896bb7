// The event filters and the two views, as plain objects in lists (add one here, not in a switch).
import type { EventInfo } from "../graph/model.ts";
import type { FilterState, ViewId } from "./state.ts";

/** A filter over events; nodes and edges follow the events they rest on. */
export interface EventFilter {
  id: string;
  /** Whether the filter restricts anything in this state. */
  isActive(state: FilterState): boolean;
  /** Whether an event passes. */
  test(event: EventInfo, state: FilterState): boolean;
}

/** Date range: an event passes when its days overlap the range; undated events do not. */
export const dateRangeFilter: EventFilter = {
  id: "date",
  isActive: (s) => s.range !== null,
  test: (e, s) => s.range !== null && e.from <= s.range.to && e.to >= s.range.from,
};

/** Event type: meeting, call, visit, summit. Events of unknown type pass. */
export const eventTypeFilter: EventFilter = {
  id: "type",
  isActive: (s) => s.hiddenTypes.size > 0,
  test: (e, s) => e.type === undefined || !s.hiddenTypes.has(e.type),
};

/** Status: happened, planned, possible, not-happened. Events of unknown status pass. */
export const statusFilter: EventFilter = {
  id: "status",
  isActive: (s) => s.hiddenStatuses.size > 0,
  test: (e, s) => e.status === undefined || !s.hiddenStatuses.has(e.status),
};

/** Every event filter, applied in order. */
export const EVENT_FILTERS: EventFilter[] = [dateRangeFilter, eventTypeFilter, statusFilter];

/** A view: which node and edge kinds it draws. */
export interface GraphView {
  id: ViewId;
  label: string;
  showNode(kind: string): boolean;
  showEdge(kind: string): boolean;
  /** Which degree sizes the nodes. */
  size: "contact" | "all";
}

/** The contact network (people only) and the whole knowledge graph. */
export const VIEWS: GraphView[] = [
  { id: "contact", label: "人物关系网 Contacts", showNode: (k) => k === "person", showEdge: (k) => k === "contact", size: "contact" },
  { id: "knowledge", label: "知识图谱 Knowledge graph", showNode: () => true, showEdge: (k) => k !== "contact", size: "all" },
];

/** The view with this id (the first view when unknown). */
export function viewById(id: ViewId): GraphView {
  return VIEWS.find((v) => v.id === id) ?? VIEWS[0]!;
}
