// A meeting said to recur at listed times and places: 2023年5月在维也纳、9月在马耳他，今年1月又在曼谷会谈;
// or at listed times alone: 两人今年已两度通电话，分别在2月及9月.
import type { TimeChoice } from "./time-groups.ts";
import { dated, timeGroups, union } from "./time-groups.ts";
import { runEnd } from "./place.ts";
import type { EntityItem, SentenceView, TimeItem } from "./view.ts";
import { within } from "./view.ts";

/** Between a time and its place: 在/于, maybe after 又/再/还/则/也 (9月在马耳他, 今年1月又在曼谷). */
const TIME_TO_PLACE = /^\s*(?:[（(][^）)]{0,12}[）)])?\s*[又再还则也先后]?\s*[在于]$/;

const shiftYear = (iso: string | null, year: number): string | null => (iso ? `${year}${iso.slice(4)}` : iso);

/** 2023年5月在维也纳、9月在马耳他: a month without a year follows the one before it in the list. */
function sameYear(t: TimeChoice, prev: TimeChoice): TimeChoice {
  if (!t.from || !prev.from) return t;
  let year = Number(prev.from.slice(0, 4));
  if (t.from.slice(5) < prev.from.slice(5)) year += 1;
  const shift = year - Number(t.from.slice(0, 4));
  return shift === 0 ? t : { ...t, from: shiftYear(t.from, year), to: shiftYear(t.to, Number(t.to?.slice(0, 4) ?? year) + shift) };
}

/** One occurrence of a listed meeting; the place when the list names one. */
export interface ListedOccasion {
  time: TimeChoice;
  place?: EntityItem;
}

/** 两度, 三次, 兩度 (not 第二次): the sentence counts several contacts. */
const COUNT = /(?:^|[^第])[两兩二三四五六七八九十][度次]/;
/** Between two listed times: 和/及/与/、, maybe after a few words (2月农历新年前夕及9月); never a range (至). */
const TIME_JOIN = /^[^，。；：至到\-—–~～0-9０-９]{0,8}?(?:和|及|与|、|以及|跟)$/;

/**
 * The times listed for a counted contact (两人今年已两度通电话，分别在2月及9月; 2月和9月两度会面): each is one
 * contact of the same people. Fewer than two times, or a person inside the list, is no list.
 */
export function listedTimes(view: SentenceView, from: number, dateline: string | null): ListedOccasion[] {
  if (!COUNT.test(view.text.slice(from, from + 200))) return [];
  const items = within(view.times, from, view.text.length).filter(dated);
  let run: TimeItem[] = [];
  for (const t of items) {
    const prev = run.at(-1);
    if (prev && TIME_JOIN.test(view.text.slice(prev.end, t.start))) run.push(t);
    else if (run.length >= 2 || (prev && joinedDays(view, prev).length > 0)) break;
    else run = [t];
  }
  // 两度通电话，包括2月25日及6月15日: the time pass read the two days as one expression.
  if (run.length === 1) return joinedDays(view, run[0]!);
  if (run.length < 2 || view.persons.some((p) => p.start >= run[0]!.start && p.end <= run.at(-1)!.end && !asideFromList(view, p))) return [];
  const out: ListedOccasion[] = [];
  for (const t of run) {
    const time = union(view, [t], "date:listed", dateline);
    const prev = out.at(-1)?.time;
    out.push({ time: prev && !/年/.test(view.text.slice(t.start, t.end)) ? sameYear(time, prev) : time });
  }
  return out;
}

/** 与/同/跟/和 before a person in a list of times: a counterpart, so the list is of other events. */
const CONJ_BEFORE = /(?:与|同|跟|和)$/;
/** A contact word after a person in a list of times: 14日与X会谈，16日… is a list of other events. */
const CONTACT_AFTER = /^[^，。；、]{0,6}?(?:会|晤|谈|访|通话|通电话|见)/;

/** 1月17日特朗普就职前夕、6月5日以及9月19日: a person the list only dates by (not met, not meeting) is no counterpart. */
function asideFromList(view: SentenceView, p: EntityItem): boolean {
  return !CONJ_BEFORE.test(view.text.slice(Math.max(0, p.start - 1), p.start)) && !CONTACT_AFTER.test(view.text.slice(p.end, p.end + 8));
}

/** 2月25日及6月15日 read as one time: its two days, when the surface joins exactly two dates with 及/和/与/、. */
function joinedDays(view: SentenceView, t: TimeItem): ListedOccasion[] {
  const { from, to, precision } = t.expr;
  if (precision !== "day" || !from || !to || from === to) return [];
  if (!/^[^及和与、至到\-—–~～]*日(?:及|和|与|、|以及)[^及和与、至到\-—–~～]*日$/.test(view.text.slice(t.start, t.end))) return [];
  const day = (iso: string): TimeChoice => ({ from: iso, to: iso, precision: "day", rule: "date:listed" });
  return [{ time: day(from) }, { time: day(to) }];
}

/**
 * The (time, place) pairs written after `from` in the sentence (沙利文与王毅已多次会晤：2023年5月在维也纳、
 * 9月在马耳他…): each is one meeting of the same people. Fewer than two pairs is no list.
 */
export function listedOccasions(view: SentenceView, from: number, dateline: string | null): ListedOccasion[] {
  const groups = timeGroups(view, from, view.text.length);
  const out: { time: TimeChoice; place: EntityItem }[] = [];
  let start = -1;
  for (const g of groups) {
    const last: TimeItem = g[g.length - 1]!;
    const place = view.places.find((p) => p.start > last.end && p.start - last.end <= 8 && TIME_TO_PLACE.test(view.text.slice(last.end, p.start)));
    if (!place) continue;
    if (start < 0) start = g[0]!.start;
    const prev = out[out.length - 1]?.time;
    const time = union(view, g, "date:listed", dateline);
    out.push({ time: prev && !/年/.test(view.text.slice(g[0]!.start, last.end)) ? sameYear(time, prev) : time, place: runEnd(view, place) });
  }
  if (out.length < 2) return listedTimes(view, from, dateline);
  // Another person inside the list means other events (14日在利马与X会谈，16日在利马与拜登会晤).
  const end = out[out.length - 1]!.place.end;
  return view.persons.some((p) => p.start >= start && p.end <= end) ? [] : out;
}
