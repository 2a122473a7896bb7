// Author from a byline line: （大纪元记者林燕报导）, 作者丨朱恩地，…, 記者王小明／台北報導, By Jane Doe.
import type { Block } from "./types.ts";

/** A byline pattern as data; group 1 is the author's name. */
export interface BylineRule {
  name: string;
  match: RegExp;
}

/** Byline rules, tried in order on the first and last blocks of a document. */
export const BYLINE_RULES: BylineRule[] = [
  // （大纪元记者林燕报导） / （大紀元記者林燕綜合報導）
  { name: "reporter-paren", match: /[（(【][^（）()【】]{0,12}?(?:记者|記者)\s*([\p{Script=Han}·‧]{2,6}?)(?:[、，,／/][^）)】]*)?(?:综合|綜合)?(?:报导|报道|報導|報道)/u },
  // （中央社記者張小明華盛頓26日專電）: the name is taken as three characters before the place
  { name: "reporter-dispatch", match: /[（(](?:中央社|中新社|新华社|新華社)?(?:记者|記者)\s*([\p{Script=Han}]{2,3})[\p{Script=Han}]{2,8}?\d{1,2}日(?:专|專)?(?:电|電)/u },
  // 作者丨朱恩地，深圳卫视直新闻记者 / 文｜张三 / 撰文：李四
  { name: "author-label", match: /^(?:作者|撰文|文|记者|記者|采写|採寫)\s*[丨|｜:：/／]\s*([^\s，,；;。|丨｜]{2,20})/ },
  // 記者王小明／台北報導
  { name: "reporter-place", match: /^(?:中央社)?(?:记者|記者)\s*([\p{Script=Han}]{2,4})\s*[／/]\s*[\p{Script=Han}]{2,8}\s*(?:\d+日)?(?:电|電|报导|報導|报道|報道)/u },
  // By Jane Doe
  { name: "by-english", match: /^By\s+([A-Z][a-z]+(?:\s+[A-Z][a-z.]+){1,3})\b/ },
];

const HEAD = 4;
const TAIL = 6;

/** Finds the author in the first four and the last six blocks; null when no byline is clear. */
export function findByline(blocks: Block[], rules: BylineRule[] = BYLINE_RULES): string | null {
  const candidates = blocks.length <= HEAD + TAIL ? blocks : [...blocks.slice(0, HEAD), ...blocks.slice(-TAIL)];
  for (const rule of rules) {
    for (const block of candidates) {
      const m = rule.match.exec(block.text.slice(0, 200));
      if (m?.[1]) return m[1];
    }
  }
  return null;
}
