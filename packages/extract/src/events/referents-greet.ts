// The two people a sentence pairs, whom a later 两人 means: A与B, or a host greeting a guest (迎接, 为到访的…).
import type { Mention } from "../model.ts";

/** 与夫人李雪主, 和妻子: a spouse joined to a leader is one side, never a pair (simplified). */
export const SPOUSE = /夫人|妻子|丈夫|太太|配偶|第一夫人/;

/** Host and guest: 到机场迎接文在寅, 为到访的习近平举行欢迎仪式, 设宴款待 (no clause break between; simplified). */
const GREETS = /^[^，。；！？]{0,30}(?:迎接|迎候|接待|款待|宴请|为到访的|为来访的|为前来访问的)[^，。；与和同跟]{0,14}$/;

/** The guest arrives, the host greets him in the next clause: 习近平抵达平壤，金正恩到机场迎接 (simplified). */
const ARRIVES = /^[^，。；]{0,20}(?:抵达|飞抵|到达|抵|来到)/;
/** The host's clause ends with the greeting and no one greeted after it (…到机场迎接。). */
const GREETS_HIM = /^(?:[和与同偕](?:夫人|妻子|丈夫))?[^，。；与和同跟]{0,20}(?:迎接|迎候)(?:了)?(?:[。，；！]|$)/;

/**
 * The host and guest a sentence pairs by a greeting, or undefined: A…迎接B, A为到访的B举行欢迎仪式, and A
 * 抵达X，B…到机场迎接. A spouse written next to the host (金正恩与夫人李雪主…迎接文在寅) stands aside.
 */
export function greetedPair(people: readonly Mention[], text: (start: number, end: number) => string): [Mention, Mention] | undefined {
  const isSpouse = (m: Mention): boolean => SPOUSE.test(text(Math.max(0, m.start - 4), m.start));
  const host = (i: number): Mention | undefined => {
    for (let j = i; j >= 0; j--) if (!isSpouse(people[j]!)) return people[j];
    return undefined;
  };
  for (let i = people.length - 1; i > 0; i--) {
    const b = people[i]!;
    const a = host(i - 1);
    if (!a || a.entity === b.entity || isSpouse(b)) continue;
    if (GREETS.test(text(people[i - 1]!.end, b.start))) return [a, b];
  }
  const guest = people[0];
  if (!guest || !ARRIVES.test(text(guest.end, guest.end + 24))) return undefined;
  for (let i = 1; i < people.length; i++) {
    const b = people[i]!;
    if (b.entity === guest.entity || isSpouse(b) || !/[，；]/.test(text(guest.end, b.start))) continue;
    // 金正恩和夫人李雪主到机场迎接: the greeting comes after the host's spouse.
    const spouse = people[i + 1] && isSpouse(people[i + 1]!) ? people[i + 1]! : b;
    if (GREETS_HIM.test(text(spouse.end, spouse.end + 24))) return [guest, b];
    return undefined;
  }
  return undefined;
}

/** Between two people the text pairs: A与B, A和B, A同B (a title may stand before B). */
const JOINED = /^[^，。；：、与和同跟]{0,10}(?:与|和|同|跟)[^，。；：与和同跟]{0,12}$/;

/**
 * The last two people the sentence joins with 与/和 (not a spouse: 金正恩与夫人李雪主), else the host and
 * guest of a greeting (see greetedPair). `text` reads the sentence by paragraph offsets.
 */
export function textPair(people: readonly Mention[], text: (start: number, end: number) => string): [Mention, Mention] | undefined {
  for (let i = people.length - 1; i > 0; i--) {
    const a = people[i - 1]!;
    const b = people[i]!;
    const gap = text(a.end, b.start);
    if (a.entity !== b.entity && JOINED.test(gap) && !SPOUSE.test(gap)) return [a, b];
  }
  return greetedPair(people, text);
}
