// Lists of counterparts: when a list is one meeting of all, and when it is one meeting with each (先后, 分别, phone calls).
import type { ArgGroup } from "./args.ts";
import type { TriggerHit } from "./triggers.ts";
import { chainBack } from "./persons.ts";
import { teamCall } from "./joint-call.ts";
import type { EntityItem, SentenceView } from "./view.ts";
import { within } from "./view.ts";

/** 分别/先后/相继 before the counterparts: one meeting with each (谢尔曼先后与谢锋和王毅会谈). */
export const RESPECTIVELY = /分别|先后|相继/;

/**
 * 在广州和北京与李强…会谈: places written as where meetings were held (after 在/于 or in a list), not a
 * country before its city (日本东京) nor a country before a title (日本外相上川阳子).
 */
export function occasionPlaces(view: SentenceView, from: number, to: number): number {
  const places = within(view.places, from, to);
  return places.filter((p, i) => {
    const next = places[i + 1];
    if (next && next.start === p.end) return false;
    return /[在于和、及与]$/.test(view.text.slice(Math.max(0, p.start - 1), p.start)) && !/^[外国防总首议部]/.test(view.text.slice(p.end, p.end + 1));
  }).length;
}

/**
 * 布林肯和沙利文在阿拉斯加与杨洁篪、王毅举行了会谈: a noun's list that follows 与 is the counterpart; the
 * subject's own list, written before it, belongs to the meeting too.
 */
export function withSubjectList(view: SentenceView, before: EntityItem[], chain: EntityItem[]): EntityItem[] {
  const first = before.indexOf(chain[0]!);
  if (first <= 0) return chain;
  const prev = before[first - 1]!;
  const gap = view.text.slice(prev.end, chain[0]!.start);
  if (!/(?:与|同|跟)[^与同跟，。的]{0,14}$/.test(gap) || /[，。的]/.test(gap)) return chain;
  return [...chainBack(view, before, first - 1), ...chain];
}

/**
 * 他将在空军一号上与文在寅和安倍晋三通电话: a phone call is between two; a list of counterparts is one call
 * each, unless the text says it is a conference (三方通话) or held over video (视频会晤 may be multilateral).
 */
export function pairwiseCall(view: SentenceView, hit: TriggerHit, scope: number): boolean {
  if (hit.rule.type !== "call" || /[视云线连]/.test(view.text.slice(hit.start, hit.end))) return false;
  return !/[三四五六多]方|[三四五六多]边|视频|视讯|视像/.test(view.text.slice(Math.max(scope, hit.start - 40), hit.end));
}

/** 特朗普将与文在寅和安倍晋三通电话: a subject and a list of counterparts of a phone call, one call each. */
export function callPairs(view: SentenceView, hit: TriggerHit, scope: number, g: ArgGroup): ArgGroup[] {
  const [subject, first] = g.people;
  if (g.pattern !== "pair" || g.people.length < 3 || !subject || !first || !pairwiseCall(view, hit, scope)) return [g];
  if (!/^[^，。]{0,8}?(?:与|同|跟)[^与同跟，。]{0,14}$/.test(view.text.slice(subject.end, first.start))) return [g];
  // 刘鹤与莱特希泽、姆努钦通电话: counterparts of one country are one team on one call.
  if (teamCall(view, hit, g.people.slice(1))) return [g];
  return g.people.slice(1).map((c) => ({ ...g, people: [subject, c] }));
}

/**
 * 将于今日至28日访问美国，期间将与布林肯及沙利文会谈: counterparts joined by 及 during a trip (期间/其间/此行)
 * are met on the trip's occasions, one meeting each.
 */
export function duringTrip(view: SentenceView, hit: TriggerHit, counterparts: EntityItem[]): boolean {
  if (counterparts.length < 2 || !/期间|其间|此行|访问中|訪問中/.test(view.text.slice(Math.max(hit.clause.start, hit.start - 60), hit.start))) return false;
  return counterparts.slice(1).every((p, i) => /(?:及|以及)[^、，。与和]{0,14}$/.test(view.text.slice(counterparts[i]!.end, p.start)));
}

/** 共同/集体/一同 会见, 三方: the people are met together. */
const TOGETHER_MEETING = /视频|視頻|视讯|視訊|视像|視像|线上|線上|云会|雲會|共同|集体|集體|一同|一起|一并|一併|联合|聯合|[三四五六多]方|[三四五六多]边/;

/**
 * 韩正在华府会晤万斯与马斯克: one person who 会见/会晤 two people joined by 与/和/及 meets each of them; not when
 * the text says they are met together (共同会见, 集体会见, 三方).
 */
export function eachObject(view: SentenceView, hit: TriggerHit, before: EntityItem[], after: EntityItem[]): boolean {
  if (before.length !== 1 || after.length < 2) return false;
  if (TOGETHER_MEETING.test(view.text.slice(Math.max(hit.clause.start, hit.start - 40), Math.min(hit.clause.end, hit.end + 60)))) return false;
  return after.slice(1).every((p, i) => /(?:与|和|及|以及)[^、，。]{0,14}$/.test(view.text.slice(after[i]!.end, p.start)));
}


/** 会面/会见/会晤/见面: a courtesy meeting, held with one counterpart at a time (会谈/磋商 may be one table). */
const COURTESY = /会面|會面|见面|見面|会见|會見|会晤|會晤|晤面|接见|接見|拜会|拜會|碰面/;

/** 中俄印领导人会晤, 美日韩峰会: three or more nations' short names written as one, a meeting of all. */
const SEVERAL_NATIONS = /[中美俄印日韩韓朝法德英欧歐澳菲越加意][中美俄印日韩韓朝法德英欧歐澳菲越加意][中美俄印日韩韓朝法德英欧歐澳菲越加意]+(?:领导人|領導人|首脑|首腦|元首|外长|外長|防长|防長|峰会|峰會|会晤|會晤|会谈|會談|三方|四方)/;

/** Two counterparts written as one list: 、/和/及/以及/与 within the clause, titles allowed between. */
const LISTED = /^[^，,。；;]{0,24}$/;

/**
 * 耶伦访华期间与李强、何立峰以及其他官员会面; 他曾与习近平、王毅以及时任外长秦刚会面: one person who
 * 会面/会见/会晤 a list of counterparts after 与 meets each of them, unless they are met together (共同, 三方).
 */
export function eachCounterpart(view: SentenceView, hit: TriggerHit, counterparts: EntityItem[]): boolean {
  if (counterparts.length < 2 || !COURTESY.test(view.text.slice(hit.start, hit.end))) return false;
  const around = view.text.slice(Math.max(hit.clause.start, hit.start - 40), Math.min(hit.clause.end, hit.end + 20));
  if (TOGETHER_MEETING.test(around) || SEVERAL_NATIONS.test(around)) return false;
  return counterparts.slice(1).every((p, i) => {
    const gap = view.text.slice(counterparts[i]!.end, p.start);
    return LISTED.test(gap) && /[、和及与與]/.test(gap);
  });
}

/**
 * 耶伦与李强、何立峰会面: the one subject written before 与/同/跟 and the counterparts after it, when each is
 * met in turn (eachCounterpart); undefined when the people are not written so.
 */
export function subjectEach(view: SentenceView, hit: TriggerHit, before: EntityItem[]): [EntityItem, EntityItem[]] | undefined {
  if (before.length < 3) return undefined;
  const gap = view.text.slice(before[0]!.end, before[1]!.start);
  if (!/^[^，,。；;、和及]{0,30}(?:与|與|同|跟)[^，,。；;]{0,20}$/.test(gap)) return undefined;
  const counterparts = before.slice(1);
  return eachCounterpart(view, hit, counterparts) ? [before[0]!, counterparts] : undefined;
}
