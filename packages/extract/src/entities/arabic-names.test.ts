// Arabic names go by their first part (王储穆罕默德 for 穆罕默德·本·萨勒曼): resolved by the title or the full name.
import { describe, expect, it } from "vitest";
import { createLexicon } from "../lexicon/create.ts";
import { recognizeEntities } from "./recognize.ts";
import { sentencesOf, testDocument, TEST_LEXICON_DATA } from "./fixtures.ts";

const role = (title: string, titleEn: string, country: string, since: number) => ({ title, titleEn, country, since });
const lexicon = createLexicon([
  {
    file: "test.json",
    data: {
      ...TEST_LEXICON_DATA,
      people: [
        ...TEST_LEXICON_DATA.people,
        { id: "person:mohammed-bin-salman", zh: "穆罕默德·本·萨勒曼", en: "Mohammed bin Salman", country: "SA", roles: [role("王储", "Crown Prince", "SA", 2017)] },
        { id: "person:mohamed-bin-zayed", zh: "穆罕默德·本·扎耶德", en: "Mohamed bin Zayed", country: "AE", roles: [role("总统", "President", "AE", 2022)] },
        { id: "person:tamim-bin-hamad", zh: "塔米姆·本·哈马德", en: "Tamim bin Hamad Al Thani", country: "QA", roles: [role("埃米尔", "Emir", "QA", 2013)] },
      ],
    },
  },
]);

function ids(texts: string[]): string[] {
  const doc = testDocument(texts);
  return recognizeEntities(doc, sentencesOf(doc), lexicon)
    .filter((e) => e.type === "person")
    .map((e) => e.id);
}

/** Each row: the article's paragraphs and the lexicon person its bare first name is. */
const ROWS: [texts: string[], id: string][] = [
  [["沙特王储穆罕默德表示，愿与中方合作。"], "person:mohammed-bin-salman"],
  [["沙特王儲穆罕默德表示，願與中方合作。"], "person:mohammed-bin-salman"],
  [["王毅会见了穆罕默德·本·萨勒曼。", "穆罕默德说，沙方坚持一个中国政策。"], "person:mohammed-bin-salman"],
  [["王毅會見了穆罕默德·本·薩勒曼。", "穆罕默德說，沙方堅持一個中國政策。"], "person:mohammed-bin-salman"],
  [["阿联酋总统穆罕默德·本·扎耶德抵达北京。", "穆罕默德表示，两国关系密切。"], "person:mohamed-bin-zayed"],
  [["卡塔尔埃米尔塔米姆会见王毅。"], "person:tamim-bin-hamad"],
  [["卡塔爾埃米爾塔米姆會見王毅。"], "person:tamim-bin-hamad"],
  [["塔米姆·本·哈马德出席峰会。", "塔米姆说，海湾需要稳定。"], "person:tamim-bin-hamad"],
  [["王毅与塔米姆·本·哈马德通电话。", "塔米姆指出，对话是唯一出路。"], "person:tamim-bin-hamad"],
  [["拜登在吉达会见王储穆罕默德。"], "person:mohammed-bin-salman"],
];

describe("arabic first names", () => {
  it.each(ROWS)("should resolve the first name in %j", (texts, id) => {
    expect(ids(texts)).toContain(id);
  });

  it("should leave a bare 穆罕默德 alone when two such people are named in full", () => {
    const found = ids(["穆罕默德·本·萨勒曼与穆罕默德·本·扎耶德会面。", "会后，外交官穆罕默德说，会谈顺利。"]);
    expect(found.filter((id) => id.startsWith("local:"))).toContain("local:穆罕默德");
  });
});
