// Per-character flags for the BMP, built once from OpenCC's tables: traditional-only, simplified-only, common.
import * as OpenCC from "opencc-js";
import { COMMON_HANZI } from "./common-hanzi.ts";

/** Set on a character that changes under traditional → simplified and not the other way. */
export const TRADITIONAL = 1;
/** Set on a character that changes under simplified → traditional and not the other way. */
export const SIMPLIFIED = 2;
/** Set on a frequent hanzi, in either script. */
export const COMMON = 4;

let table: Uint8Array | null = null;

/** Returns the flag table (built on first use, about 30 ms). */
export function hanziFlags(): Uint8Array {
  if (table) return table;
  const flags = new Uint8Array(0x10000);
  const t2s = OpenCC.Converter({ from: "t", to: "cn" });
  const s2t = OpenCC.Converter({ from: "cn", to: "t" });
  const chars: string[] = [];
  for (let c = 0x4e00; c <= 0x9fff; c++) chars.push(String.fromCharCode(c));
  // One char per line, so phrase rules never see two characters together.
  const all = chars.join("\n");
  const simp = t2s(all).split("\n");
  const trad = s2t(all).split("\n");
  for (let i = 0; i < chars.length; i++) {
    const toS = simp[i] !== chars[i];
    const toT = trad[i] !== chars[i];
    if (toS && !toT) flags[0x4e00 + i]! |= TRADITIONAL;
    if (toT && !toS) flags[0x4e00 + i]! |= SIMPLIFIED;
  }
  const common = COMMON_HANZI + s2t(COMMON_HANZI);
  for (let i = 0; i < common.length; i++) flags[common.charCodeAt(i)]! |= COMMON;
  table = flags;
  return flags;
}
