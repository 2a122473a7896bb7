// Names cut where they really end, and jieba's person tags that are places or compounds (rules/tag-guard.ts, support.ts).
import { describe, expect, it } from "vitest";
import { loadLexicon } from "../lexicon/index.ts";
import { recognizeEntities } from "./recognize.ts";
import { compoundWord } from "./rules/tag-guard.ts";
import { knowledgeOf } from "./knowledge.ts";
import { sentencesOf, testDocument } from "./fixtures.ts";

const lexicon = loadLexicon();

function people(text: string): string[] {
  const doc = testDocument([text]);
  return recognizeEntities(doc, sentencesOf(doc), lexicon)
    .filter((e) => e.type === "person")
    .map((e) => e.name);
}

/** A sentence and a word in it that is no person (a city in a list or after a travel verb, a compound). */
const NOT_A_PERSON: [text: string, word: string][] = [
  ["总统此行先后过境洛杉矶及休斯顿，并发表演说。", "休斯顿"],
  ["總統此行先後過境洛杉磯及休斯頓，並發表演說。", "休斯顿"],
  ["她回程时过境休斯顿和旧金山。", "休斯顿"],
  ["訪問團將途經休斯頓、邁阿密等城市。", "休斯顿"],
  ["两国军队在班公湖一带对峙。", "班公湖"],
  ["雙方在班公湖一帶對峙多日。", "班公湖"],
  ["双方讨论了伊朗核问题和朝鲜半岛局势。", "伊朗核"],
  ["雙方討論了伊朗核問題和朝鮮半島局勢。", "伊朗核"],
  ["领导人参观了合作成果展并致辞。", "成果展"],
  ["他说，与高峰会的筹备工作已经就绪。", "高峰会"],
];

/** A sentence and the person it names, cut where the name ends. */
const NAMES: [text: string, name: string][] = [
  // a known name before a character that starts a word with the next one (较早, 较晚)
  ["外长王毅较早前批评了这一做法。", "王毅"],
  ["外長王毅較早前批評了這一做法。", "王毅"],
  ["国务卿布林肯较晚时候抵达会场。", "布林肯"],
  // a two-character lexicon name that is only the start of a longer one (金成 + 翰则)
  ["首尔一所大学的教授金成翰则认为，两国关系会改善。", "金成翰"],
  ["首爾一所大學的教授金成翰則認為，兩國關係會改善。", "金成翰"],
  ["外长秦刚首访选择了非洲。", "秦刚"],
  ["外長秦剛首訪選擇了非洲。", "秦刚"],
  // the surname and the first given character read as a word by jieba (林中|斌, 方向|明)
  ["淡江大学教授林中斌对记者说，访问很低调。", "林中斌"],
  ["淡江大學教授林中斌對記者說，訪問很低調。", "林中斌"],
  ["研究员方向明表示，双方有共识。", "方向明"],
  ["智库研究员罗家明对此评论说，谈判很难。", "罗家明"],
  ["智庫研究員羅家明對此評論說，談判很難。", "罗家明"],
  // a secretary of a president's office
  ["青瓦台首席秘书金奎显会后向记者透露了会谈内容。", "金奎显"],
  ["青瓦台國民溝通首席秘書尹永燦在會後向記者通報說。", "尹永灿"],
  ["总统府秘书朴成民在记者会上说明了行程。", "朴成民"],
];

describe("tag guard", () => {
  it.each(NOT_A_PERSON)("should find no person in %s", (text, word) => {
    expect(people(text)).not.toContain(word);
  });

  it.each(NAMES)("should find the name in %s", (text, name) => {
    expect(people(text)).toContain(name);
  });

  it("should tell compounds from three-character names", () => {
    const k = knowledgeOf(lexicon);
    for (const w of ["伊朗核", "成果展", "高峰会", "班公湖"]) expect(compoundWord(k, w)).toBe(true);
    for (const w of ["张国强", "李建国", "陈建仁", "欧阳明", "吴钊燮", "汪文斌"]) expect(compoundWord(k, w)).toBe(false);
  });
});
