// Joint travellers: a conjoined subject of one visit verb (A和B前往北京, A、B率团访华) is one visit by both.
import type { TriggerHit } from "./triggers.ts";
import { EACH_WORD } from "./group.ts";
import type { EntityItem, SentenceView } from "./view.ts";

/** 纷纷, 陆续, 分批, 各自 (either script): visitors who travel on their own, one visit each. */
const APART = /纷纷|紛紛|陆续|陸續|分批|分別|先後|相繼|轮番|輪番|接连|接連|密集|频繁|頻繁|频频|頻頻|均曾|都曾|皆曾|曾经都/;

/** 等高官/等官员 after an open list: several officials, each on a trip of their own (not 等人组成的代表团). */
const OPEN_LIST = /^(?:[（(][^）)]{0,40}[）)])?等(?![^，。；]{0,12}(?:代表团|代表團|组成|組成|一行|随行|隨行|陪同))/;

/** 都, 均, 也, 亦 after the visitors: said of each of them (耶伦和克里也可能访华, 两人均曾访华), not one trip. */
const DISTRIBUTIVE = /(?:^|[^首成京])都|均|皆|也(?!门|門)|亦/;

/** A time or a number between two visitors: 布林肯4月、耶伦7月访华 are two trips. */
const OWN_TIME = /[0-9０-９一二三四五六七八九十]+[年月日号號]|[上下本今去前]周|[上下本今去前]週|[上下本今去前]月|[去今前明]年|周[一二三四五六日天]|週[一二三四五六日天]|星期/;

/**
 * True when the visitors of one visit verb travel together: a list of two or more people written as the
 * subject (A和B将率团前往北京, A與B抵達上海, A、B率领…等人组成的代表团赴北京), with no 分别/先后/纷纷/密集/各自,
 * no two countries (拜登和石破茂抵达利马), no 都/也/均 said of each (耶伦和克里也可能访华), no open list of officials (布林肯、耶伦等高官访华) and no time of their own (布林肯4月、耶伦7月访华).
 */
export function jointVisitors(view: SentenceView, hit: TriggerHit, people: readonly EntityItem[], pattern: string): boolean {
  if (pattern !== "list" || people.length < 2) return false;
  const first = Math.min(...people.map((p) => p.start));
  const last = Math.max(...people.map((p) => p.end));
  const span = view.text.slice(first, hit.start);
  if (EACH_WORD.test(span) || APART.test(span)) return false;
  // 拜登和石破茂抵达利马: leaders of different countries each come on their own trip.
  const countries = new Set(people.map((p) => (p.entity?.known ? p.entity.country : null)).filter((c) => c));
  if (countries.size > 1) return false;
  const tail = view.text.slice(last, hit.start);
  if (OPEN_LIST.test(tail) || DISTRIBUTIVE.test(tail)) return false;
  return !OWN_TIME.test(view.text.slice(first, last));
}
