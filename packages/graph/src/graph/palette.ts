// Colors as data: people and places by country, events by status, documents in grey.
import type { EventStatus } from "../model.ts";

/** Node colors by ISO country code. */
export const COUNTRY_COLORS: Record<string, string> = {
  CN: "#d62728",
  US: "#1f77b4",
  RU: "#9467bd",
  TW: "#2ca02c",
  HK: "#e377c2",
  JP: "#bcbd22",
  KR: "#17becf",
  KP: "#8c564b",
  EU: "#393b79",
  UN: "#5254a3",
  GB: "#637939",
  FR: "#8c6d31",
  DE: "#843c39",
};

/** Event colors by status. */
export const STATUS_COLORS: Record<EventStatus, string> = {
  happened: "#ff7f0e",
  planned: "#ffbb78",
  possible: "#c7c7c7",
  "not-happened": "#7f7f7f",
};

/** Color of anything without a country. */
export const DEFAULT_COLOR = "#999999";
/** Color of document nodes. */
export const DOCUMENT_COLOR = "#bbbbbb";

/** Colors for countries without their own: chosen by a stable hash of the code. */
export const FALLBACK_COLORS = ["#8c6d31", "#7b4173", "#e7ba52", "#3182bd", "#9c9ede", "#cedb9c", "#e7969c", "#a55194", "#6b6ecf", "#bd9e39"];

/** The color of a country: its own, else a stable fallback color; grey when unknown. */
export function countryColor(country: string | null): string {
  if (!country) return DEFAULT_COLOR;
  const own = COUNTRY_COLORS[country];
  if (own) return own;
  let hash = 0;
  for (let i = 0; i < country.length; i++) hash = (hash * 31 + country.charCodeAt(i)) >>> 0;
  return FALLBACK_COLORS[hash % FALLBACK_COLORS.length]!;
}
