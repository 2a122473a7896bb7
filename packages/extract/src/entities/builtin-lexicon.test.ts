// Recognition with the built-in lexicon: real people named as mainland, Taiwan, Hong Kong and Malaysian outlets write them.
import { describe, expect, it } from "vitest";
import { loadLexicon } from "../lexicon/index.ts";
import { recognizeEntities } from "./recognize.ts";
import { sentencesOf, testDocument } from "./fixtures.ts";

const lexicon = loadLexicon();

/** A sentence and the lexicon people it must name (exactly these, by id, without the `person:` prefix). */
type Row = [text: string, people: string[]];

const PEOPLE: Row[] = [
  // Trump's second cabinet, mainland and Taiwan/Hong Kong transliterations
  ["美国国务卿鲁比奥周三在华盛顿会见日本外相。", ["marco-rubio"]],
  ["美國國務卿魯比歐週三表示，將與北京保持溝通。", ["marco-rubio"]],
  ["財政部長貝森特與副總理何立峰在日內瓦會談。", ["scott-bessent", "he-lifeng"]],
  ["美國防長赫格塞思在吉隆坡與董軍會面。", ["pete-hegseth", "dong-jun"]],
  ["前國務卿龐皮歐去年曾經訪問台北。", ["mike-pompeo"]],
  ["副總統凡斯說，美方願意談判。", ["jd-vance"]],
  ["特使維特科夫週四抵達莫斯科，與普丁會談。", ["steve-witkoff", "vladimir-putin"]],
  ["常务副国务卿谢尔曼在天津与王毅会谈。", ["wendy-sherman", "wang-yi"]],
  ["前财长努钦当年曾多次率团来华磋商。", ["steven-mnuchin"]],
  ["国土安全部长诺姆当天在边境视察。", ["kristi-noem"]],
  // China: the military and the party
  ["中央军委联合参谋部参谋长刘振立与美军参联会主席通电话。", ["liu-zhenli"]],
  ["李作成曾于2021年与米利两度通话。", ["li-zuocheng", "mark-milley"]],
  ["國防部發言人譚克非在記者會上回應。", ["tan-kefei"]],
  ["商務部新聞發言人何詠前週四表示，中方堅決反對。", ["he-yongqian"]],
  ["中国政府欧亚事务特别代表李辉将访问基辅。", ["li-hui"]],
  // Taiwan and Hong Kong
  ["前總統陳水扁的發言引起討論。", ["chen-shui-bian"]],
  ["APEC領袖代表林信義在慶州與美方官員交流。", ["lin-hsin-i"]],
  ["張忠謀曾經代表台灣出席APEC峰會。", ["morris-chang"]],
  ["国民党立法院党团总召傅崐萁率团访问北京。", ["fu-kun-chi"]],
  ["前港督彭定康批評北京。", ["chris-patten"]],
  // Korea, Japan, North Korea
  ["金正恩與夫人李雪主出席了晚宴。", ["kim-jong-un", "ri-sol-ju"]],
  ["朝鲜外务相李善权发表谈话。", ["ri-son-gwon"]],
  ["韩国国家安保室长魏圣洛将访问华盛顿。", ["wi-sung-lac"]],
  ["日本財務大臣加藤勝信與貝森特會談。", ["katsunobu-kato", "scott-bessent"]],
  // Southeast Asia, Oceania, Europe
  ["首相依斯迈沙比里在布城会见王毅。", ["ismail-sabri-yaakob", "wang-yi"]],
  ["外交部长莫哈末哈山将出席东盟外长会议。", ["mohamad-hasan"]],
  ["紐西蘭總理拉克森週四抵達上海。", ["christopher-luxon"]],
  ["澳洲駐美大使陸克文出席了研討會。", ["kevin-rudd"]],
  ["波兰总统纳夫罗茨基与泽连斯基通电话。", ["karol-nawrocki", "volodymyr-zelensky"]],
  ["捷克參議院議長韋德齊率團訪問台灣。", ["milos-vystrcil"]],
  ["澳洲作家楊恆均案仍是兩國關係的敏感問題。", ["yang-hengjun"]],
];

describe("built-in lexicon people", () => {
  it("should have at least 30 rows", () => {
    expect(PEOPLE.length).toBeGreaterThanOrEqual(30);
  });

  it.each(PEOPLE)("should find the lexicon people in %s", (text, people) => {
    const doc = testDocument([text]);
    const found = recognizeEntities(doc, sentencesOf(doc), lexicon)
      .filter((e) => e.type === "person")
      .map((e) => e.id.replace(/^person:/, ""));
    expect(found.sort()).toEqual([...people].sort());
  });
});

/** Names of one person in several scripts and outlets: each must look up to that one entry. */
const VARIANTS: [id: string, names: string[]][] = [
  ["person:mike-pompeo", ["蓬佩奥", "蓬佩奧", "龐皮歐", "龐培歐"]],
  ["person:marco-rubio", ["鲁比奥", "卢比奥", "盧比奧", "魯比歐", "盧比歐"]],
  ["person:pete-hegseth", ["赫格塞思", "赫格塞斯", "海格塞斯"]],
  ["person:jd-vance", ["万斯", "范斯", "凡斯", "萬斯"]],
  ["person:scott-bessent", ["贝森特", "貝森特", "貝森"]],
  ["person:jake-sullivan", ["沙利文", "苏利文", "蘇利文"]],
  ["person:vladimir-putin", ["普京", "普丁"]],
  ["person:volodymyr-zelensky", ["泽连斯基", "澤連斯基", "澤倫斯基"]],
  ["person:jacinda-ardern", ["阿德恩", "阿爾登"]],
  ["person:aung-san-suu-kyi", ["昂山素季", "翁山蘇姬"]],
];

describe("built-in lexicon variants", () => {
  it.each(VARIANTS)("should resolve every name of %s", (id, names) => {
    for (const name of names) expect(lexicon.lookup(name).map((e) => e.id), name).toEqual([id]);
  });
});
