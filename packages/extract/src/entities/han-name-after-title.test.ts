// Chinese names right after a title whatever jieba's tags (学者黄启明说), and joined names ending in a Chinese surname (戴维·黄).
import { describe, expect, it } from "vitest";
import { recognizeEntities } from "./recognize.ts";
import { sentencesOf, testDocument, testLexicon } from "./fixtures.ts";

function people(text: string): string[] {
  const doc = testDocument([text]);
  return recognizeEntities(doc, sentencesOf(doc), testLexicon)
    .filter((e) => e.type === "person")
    .map((e) => e.name)
    .sort();
}

/** A sentence and the people it names (names as found, simplified). */
const ROWS: [text: string, expected: string[]][] = [
  ["接受本报访问的国际关系学者黄启明说，北京的规格很高。", ["黄启明"]],
  ["國際關係學者黃啟明說，北京的規格很高。", ["黄启明"]],
  ["政治与行政学系客席学者李铭轩对本报表示，通话意义重大。", ["李铭轩"]],
  ["政治與行政學系客席學者李銘軒對本報表示，通話意義重大。", ["李铭轩"]],
  ["台湾大学政治系教授张明德表示，两岸关系仍然紧张。", ["张明德"]],
  ["臺灣大學政治系教授張明德表示，兩岸關係仍然緊張。", ["张明德"]],
  ["新加坡国立大学研究员郑志远认为，东盟将保持中立。", ["郑志远"]],
  ["新加坡國立大學研究員鄭志遠認為，東盟將保持中立。", ["郑志远"]],
  ["他在记者会上说，双方会谈坦诚。", []],
  ["外交部发言人在记者会上表示，中方坚决反对。", []],
  ["美国学者认为，这次会谈有积极意义。", []],
  ["多位学者指出，关税战没有赢家。", []],
  // joined names whose last part is a Chinese surname
  ["战略与国际研究中心研究员戴维·黄（David Huang）对美国之音说，会面是一个信号。", ["戴维·黄"]],
  ["戰略與國際研究中心研究員戴維·黃（David Huang）對美國之音說，會面是一個信號。", ["戴维·黄"]],
  ["经济学家安德鲁·李说，市场反应平淡。", ["安德鲁·李"]],
  ["經濟學家安德魯·李說，市場反應平淡。", ["安德鲁·李"]],
  ["分析师艾米·周（Amy Zhou）表示，风险仍在。", ["艾米·周"]],
];

describe("Chinese names after a title", () => {
  it.each(ROWS)("should find the people in %s", (text, expected) => {
    expect(people(text)).toEqual([...expected].sort());
  });
});
