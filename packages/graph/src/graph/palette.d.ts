import type { EventStatus } from "../model.ts";
/** Node colors by ISO country code. */
export declare const COUNTRY_COLORS: Record<string, string>;
/** Event colors by status. */
export declare const STATUS_COLORS: Record<EventStatus, string>;
/** Color of anything without a country. */
export declare const DEFAULT_COLOR = "#999999";
/** Color of document nodes. */
export declare const DOCUMENT_COLOR = "#bbbbbb";
/** The color of a country (grey when unknown). */
export declare function countryColor(country: string | null): string;
