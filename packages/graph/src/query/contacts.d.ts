import type { EventStatus, NodeKind } from "../model.ts";
import { type FindOptions } from "./names.ts";
import { type QuerySource } from "./source.ts";
/** One counterpart of a person. */
export interface Contact {
    id: string;
    kind: NodeKind;
    label: string;
    labelEn: string | null;
    country: string | null;
    /** Shared events (of the statuses asked for). */
    count: number;
    /** Of those, how many happened. */
    happened: number;
    /** First and last day of the dated shared events (YYYY-MM-DD). */
    first: string | null;
    last: string | null;
    events: string[];
}
/** Filters of `contacts`. */
export interface ContactFilter {
    /** Statuses that count (default: all but not-happened: a meeting that did not happen is no contact). */
    status?: EventStatus[];
}
/**
 * The people (and organizations) a person shared events with, most frequent first.
 * @example contacts(graph, "王毅").map((c) => c.label) // ["布林肯", "沙利文", "拜登"]
 */
export declare function contacts(source: QuerySource, person: string, filter?: ContactFilter, options?: Partial<FindOptions>): Contact[];
