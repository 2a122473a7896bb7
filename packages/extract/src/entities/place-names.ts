// Places that only name something else: 华盛顿号航母 (a ship), 明斯克协议 (an agreement), 北京时间 (a clock), 洛杉矶时报 (a paper).
import type { Candidate } from "./view.ts";

/** Options of `dropPlacesInNames`. */
export interface PlaceNameOptions {
  /** Text right after a city, region or venue that makes the whole the name of a thing, not a place. */
  after: RegExp;
}

/**
 * Default options: ship and vehicle names (X号, but not 号召/号称), agreements, declarations and processes
 * (明斯克协议, 阿斯塔纳进程, 赫尔辛基宣言), clocks (北京时间) and newspapers or stations (洛杉矶时报, 纽约邮报).
 */
export const DEFAULT_PLACE_NAME_OPTIONS: PlaceNameOptions = {
  after: /^(?:号(?!召|称)|协定|协议|公约|规约|议定书|宣言|共识|进程|时间|时报|日报|晚报|早报|邮报|论坛报|电视台|广播电台|通讯社)/,
};

/**
 * Removes place candidates (cities, regions, venues, unknown places; never countries) that are the first part of the
 * name of a ship, an agreement, a clock or a newspaper. Countries stay: 中国日报 and 美国号召 are handled elsewhere or are no names.
 */
export function dropPlacesInNames(found: Candidate[], opts: Partial<PlaceNameOptions> = {}): void {
  const o = { ...DEFAULT_PLACE_NAME_OPTIONS, ...opts };
  let kept = 0;
  for (const c of found) {
    const country = c.entry?.type === "place" && c.entry.kind === "country";
    const thing = c.type === "place" && !country && o.after.test(c.view.text.slice(c.end, c.end + 4));
    if (!thing) found[kept++] = c;
  }
  found.length = kept;
}
