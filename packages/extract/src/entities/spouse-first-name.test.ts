// A leader's wife named by her first name after 夫人/妻子 (rules/05d-spouse-first-name.ts).
import { describe, expect, it } from "vitest";
import { loadLexicon } from "../lexicon/index.ts";
import { lexiconPeopleIn } from "./fixtures.ts";

const lexicon = loadLexicon();

/** Lexicon people a sentence names, by id without `person:`. */
const people = (text: string): string[] => lexiconPeopleIn(text, lexicon);

const ROWS: [text: string, ids: string[]][] = [
  ["马克龙与夫人布丽吉特周二抵达广州。", ["brigitte-macron", "emmanuel-macron"]],
  ["馬克宏與夫人碧姬週二抵達廣州。", ["brigitte-macron", "emmanuel-macron"]],
  ["拜登偕夫人吉尔出席了国宴。", ["jill-biden", "joe-biden"]],
  ["拜登偕夫人吉兒出席了國宴。", ["jill-biden", "joe-biden"]],
  ["莫迪与美国第一夫人吉尔参观了一所学校。", ["jill-biden", "narendra-modi"]],
  ["奥巴马和夫人米歇尔在白宫迎接贵宾。", ["barack-obama", "michelle-obama"]],
  ["歐巴馬和夫人米歇爾在白宮迎接貴賓。", ["barack-obama", "michelle-obama"]],
  ["特朗普与妻子梅拉尼娅抵达海湖庄园。", ["donald-trump", "melania-trump"]],
  // the whole name after the word: the lexicon reads it
  ["第一夫人吉尔·拜登2月访问了肯尼亚。", ["jill-biden"]],
  ["法國第一夫人碧姬·馬克宏陪同丈夫參觀。", ["brigitte-macron"]],
  // no wife's name after the word: the lexicon decides as usual
  ["欧洲理事会主席米歇尔表示支持。", ["charles-michel"]],
  ["他与夫人前往吉尔吉斯斯坦访问。", []],
  ["夫人外交在这次访问中很突出。", []],
];

describe("spouse first names", () => {
  it.each(ROWS)("should name the people in %s", (text, expected) => {
    expect(people(text)).toEqual([...expected].sort());
  });
});
