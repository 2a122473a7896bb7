// Test-table helpers: one row per real-style sentence, its reference and the expected interval.
import type { Precision } from "../model.ts";
import type { TimeReference } from "./normalize.ts";

/** One expected time expression in one sentence. */
export interface TimeCase {
  text: string;
  ref: TimeReference;
  surface: string;
  from: string | null;
  to: string | null;
  precision: Precision | null;
  range: boolean;
  zone?: string;
}

/** Extra expectations and reference fields of a row. */
export interface RowExtra extends Partial<Omit<TimeReference, "anchor">> {
  range?: boolean;
  zone?: string;
}

/** A row: sentence, anchor (publication day or null), surface, from, to (default from), precision (default day). */
export function row(
  text: string,
  anchor: string | null,
  surface: string,
  from: string | null,
  to: string | null = from,
  precision: Precision | null = "day",
  extra: RowExtra = {},
): TimeCase {
  const { range = false, zone, ...ref } = extra;
  const out: TimeCase = { text, ref: { anchor, ...ref }, surface, from, to, precision, range };
  if (zone) out.zone = zone;
  return out;
}

/** A string that must not be read as a time: `token` must not overlap any expression found in `text`. */
export interface NegativeCase {
  text: string;
  token: string;
}
