// Lists of people told as present at an occasion: 李强、岸田文雄和尹锡悦出席; 拜登、莫迪（Narendra Modi）和阿尔巴尼斯在会后发表联合声明.
import type { Mention } from "../model.ts";
import { opensClause } from "./group-document.ts";

/**
 * Attending right after the list: 出席, 参加, 与会 (共同/均/将 allowed between), also from home or over video
 * (分别在本国参加, 以视频方式出席, 通过视像连线参加).
 */
const ATTEND_AFTER =
  /^(?:[）)]|[（(][^）)，。；]{1,40}[）)])?(?:等人|等)?(?:(?:分别|各自)?(?:在|从)(?:本国|各自[^，。；出参]{0,4}))?(?:以|通过|透过|经)?(?:视频|视像|视讯|线上|远程)?(?:连线)?(?:的)?(?:方式|形式)?(?:共同|均|都|也|亦|一同|一起)?(?:将|将会|会|已|已经)?(?:出席|参加|与会|列席)/;

/** Present by what they did there: 在会后发表联合声明, 在会上表示, 于峰会后共同签署 (said of the occasion just held). */
const AFTER_MEETING =
  /^(?:[）)]|[（(][^）)，。；]{1,40}[）)])?(?:等人|等)?(?:在|于)(?:会后|会上|会议上|会议后|会议结束后|峰会上|峰会后|峰会结束后|会晤后|会晤结束后|会谈后)(?:共同|联合|一同)?(?:发表|签署|表示|宣布|通过|会见记者|举行记者会)/;

/** Between two names of one list: 、/和/与/及 and titles, no clause break. */
const LIST_GAP = /^[^，。；：]{0,16}$/;

/** An English name or a note in brackets, which does not lengthen a gap: （Joe Biden）. */
const BRACKETED = /[（(][^）)，。；]{0,40}[）)]/g;

/** How a list must end: attending (出席) only, or also by what they did at the occasion (在会后发表). */
export type ListEnd = "attend" | "attend-or-after";

/** The persons with a repeat in brackets folded in: 莫迪（Narendra Modi） is one name ending after the bracket. */
export function foldBrackets(at: (a: number, b: number) => string, persons: readonly Mention[]): Mention[] {
  const out: Mention[] = [];
  for (const p of persons) {
    const prev = out.at(-1);
    if (prev && prev.entity === p.entity && /^\s*[（(]\s*$/.test(at(prev.end, p.start))) {
      prev.end = p.end + (/^[）)]/.test(at(p.end, p.end + 1)) ? 1 : 0);
      continue;
    }
    out.push({ ...p });
  }
  return out;
}

/**
 * The persons of a list that opens a clause in [from, to) and ends right before 出席 (or 在会后发表…), or [] when
 * there is none. `at` reads the text between two offsets of the same coordinates as the persons.
 */
export function attendees(at: (a: number, b: number) => string, persons: readonly Mention[], from: number, to: number, end: ListEnd = "attend"): Mention[] {
  const folded = foldBrackets(at, persons.filter((p) => p.start >= from && p.end <= to));
  for (let i = folded.length - 1; i >= 0; i--) {
    const last = folded[i]!;
    const after = at(last.end, to);
    if (!ATTEND_AFTER.test(after) && !(end === "attend-or-after" && AFTER_MEETING.test(after))) continue;
    const list = [last];
    for (let j = i - 1; j >= 0; j--) {
      const p = folded[j]!;
      const gap = at(p.end, list[0]!.start).replace(BRACKETED, "");
      if (!LIST_GAP.test(gap) || !/[、和与及]/.test(gap)) break;
      list.unshift(p);
    }
    // The list opens its clause (时任 and titles before the first name only).
    return opensClause(at(from, list[0]!.start)) ? list : [];
  }
  return [];
}
