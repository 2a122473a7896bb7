// Events that no source dates get a window from their articles' dates, marked as such.
// 王毅在地中海岛国马耳他与沙利文进行了为期两天的讨论 (no date in the text, article of 2023-09-28)
// → 2023-08-29 .. 2023-09-28, datedBy "documents": news reports what is recent, and plans what is near.
import type { EventStatus, TimelineEvent } from "../model.ts";
import { intervalOf, isoDay } from "../time/days.ts";

/** Options of `dateFromDocuments`: how many days before and after the article date a window reaches. */
export interface DocumentWindowOptions {
  windows: Record<EventStatus, { before: number; after: number }>;
}

/** Defaults: what happened, in the month before; what is planned or possible, in the month after. */
export const DEFAULT_DOCUMENT_WINDOW_OPTIONS: DocumentWindowOptions = {
  windows: {
    happened: { before: 30, after: 0 },
    "not-happened": { before: 30, after: 30 },
    planned: { before: 0, after: 30 },
    possible: { before: 0, after: 30 },
  },
};

/**
 * Gives every undated event the window its status implies around its sources' article dates
 * (earliest to latest), with `datedBy: "documents"` and no precision. Events without any dated
 * article stay undated. Mutates and returns the events.
 */
export function dateFromDocuments(events: TimelineEvent[], options: Partial<DocumentWindowOptions> = {}): TimelineEvent[] {
  const { windows } = { ...DEFAULT_DOCUMENT_WINDOW_OPTIONS, ...options };
  for (const e of events) {
    if (e.start !== null || e.end !== null) continue;
    const days = e.sources.map((s) => intervalOf(s.documentDate)?.lo).filter((d): d is number => d !== undefined);
    if (days.length === 0) continue;
    const w = windows[e.status];
    e.start = isoDay(Math.min(...days) - w.before);
    e.end = isoDay(Math.max(...days) + w.after);
    e.precision = null;
    e.datedBy = "documents";
  }
  return events;
}
