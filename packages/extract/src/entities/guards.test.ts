// Words that look like names or places but are not (巴方, 回国), and bylines that name journalists.
import { describe, expect, it } from "vitest";
import { recognizeEntities } from "./recognize.ts";
import { sentencesOf, testDocument, testLexicon } from "./fixtures.ts";

function entities(text: string) {
  const doc = testDocument([text]);
  return recognizeEntities(doc, sentencesOf(doc), testLexicon);
}
const people = (text: string) => entities(text).filter((e) => e.type === "person").map((e) => e.name);
const places = (text: string) => entities(text).filter((e) => e.type === "place").map((e) => e.name);

/** A country's or a party's side (X方) before a speech verb is never a person. */
const SIDES: string[] = [
  "当时巴方表示，访问将另行安排。",
  "澳方表示愿意恢复部长级对话。",
  "英方指出，这一决定不会改变。",
  "法方强调，欧洲需要战略自主。",
  "德方认为，双边贸易仍有潜力。",
  "菲方称，中国海警船只进行了危险拦截。",
  "越方表示，将继续加强两党交流。",
  "马方说，将以东盟主席国身份推动对话。",
  "印方回应称，边境局势总体稳定。",
  "双方表示，将保持高层沟通。",
  "对方回应说，这一提议值得研究。",
  "各方呼吁，立即停火。",
  "官方透露，会谈将在下周举行。",
  "军方证实，演习已经结束。",
  "當時巴方表示，訪問將另行安排。",
  "澳方表示願意恢復部長級對話。",
  "菲方稱，中國海警船隻進行了危險攔截。",
  "雙方表示，將保持高層溝通。",
];

describe("side words", () => {
  it.each(SIDES)("should find no person in %s", (text) => {
    expect(people(text)).toEqual([]);
  });
});

/** Words of movement (回国, 离京) and vague areas are never where an event takes place. */
const MOVEMENTS: [text: string, word: string][] = [
  ["他将于8日启程回国。", "回国"],
  ["总理结束访问后于当晚离京。", "离京"],
  ["代表团于周五返京。", "返京"],
  ["他在回国后接受了采访。", "回国"],
  ["外长将于明天抵京。", "抵京"],
  ["部长在访华期间会见多位官员。", "访华"],
  ["部长此前曾在来华途中表态。", "来华"],
  ["会议在全国各地举行。", "全国"],
  ["代表团在当地举行记者会。", "当地"],
  ["他將於8日啟程回國。", "回国"],
  ["總理結束訪問後於當晚離京。", "离京"],
  ["代表團於週五返京。", "返京"],
  ["他在回國後接受了採訪。", "回国"],
  ["會議在全國各地舉行。", "全国"],
  ["代表團在當地舉行記者會。", "当地"],
];

describe("movement words", () => {
  it.each(MOVEMENTS)("should find no place in %s", (text, word) => {
    expect(places(text)).not.toContain(word);
  });
});

/** Bylines: the journalist or editor is found as a person with a journalist's or editor's title. */
const BYLINES: [text: string, name: string, title: string][] = [
  ["（本报记者张建国报道）", "张建国", "记者"],
  ["新华社记者 刘文华 摄", "刘文华", "记者"],
  ["责任编辑：王晓东", "王晓东", "编辑"],
  ["编译：陈思远", "陈思远", "编辑"],
  ["翻译：李雅琴", "李雅琴", "编辑"],
  ["采写：赵明辉", "赵明辉", "编辑"],
  ["整理｜孙立平", "孙立平", "编辑"],
  ["本报驻北京特派员周海燕，北京报道", "周海燕", "记者"],
  ["作者丨黄志强", "黄志强", "记者"],
  ["（中央社記者林雅婷台北5日電）", "林雅婷", "记者"],
  ["【聯合報／記者 吳明德／即時報導】", "吴明德", "记者"],
  ["責任編輯：鄭家豪", "郑家豪", "编辑"],
  ["編譯：許文彬", "许文彬", "编辑"],
  ["翻譯：何美玲", "何美玲", "编辑"],
  ["本報駐華盛頓特派員梁志偉／華盛頓報導", "梁志伟", "记者"],
  ["撰稿：馬永康", "马永康", "记者"],
];

describe("bylines", () => {
  it.each(BYLINES)("should find the journalist in %s", (text, name, title) => {
    const person = entities(text).find((e) => e.type === "person" && e.name === name);
    expect(person?.roles.map((r) => r.title)).toContain(title);
  });

  it("should not take a foreign ministry's commissioner for a journalist", () => {
    const e = entities("外交部驻香港特派员刘光源，出席了招待会。").find((x) => x.name === "刘光源");
    expect(e?.roles.map((r) => r.title) ?? []).not.toContain("记者");
  });
});
