import type { Precision } from "../model.ts";
/** A closed interval of days. */
export interface DayInterval {
    lo: number;
    hi: number;
}
/** Day number of a calendar date (month 1-12). */
export declare function dayOf(year: number, month: number, day: number): number;
/** Year, month (1-12) and day of a day number (Hinnant's civil-from-days; no Date objects). */
export declare function civil(day: number): [number, number, number];
/** YYYY-MM-DD of a day number. */
export declare function isoDay(day: number): string;
/**
 * The days a YYYY, YYYY-MM or YYYY-MM-DD pair covers; a missing end takes the start's.
 * @example intervalOf("2023-11", null) covers 2023-11-01 .. 2023-11-30
 */
export declare function intervalOf(start: string | null | undefined, end?: string | null): DayInterval | null;
/** Rank of a precision, most precise first (unknown last). */
export declare function precisionRank(p: Precision | null | undefined): number;
/**
 * Start and end strings at the precision the sources support: a day or part of a month as days,
 * a month or season as YYYY-MM, a year as YYYY.
 */
export declare function formatInterval(iv: DayInterval, precision: Precision | null): {
    start: string;
    end: string;
};
/** True when two intervals share at least one day. */
export declare function overlaps(a: DayInterval, b: DayInterval): boolean;
/** Month index (year * 12 + month - 1) of a day: the time bucket used to block merge candidates. */
export declare function monthBucket(day: number): number;
