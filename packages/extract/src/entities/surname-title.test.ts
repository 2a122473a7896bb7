// Surname + title (赖总统, 习主席, 尹总统) → the lexicon person holding the title; names of places and bodies after a name.
import { describe, expect, it } from "vitest";
import { loadLexicon } from "../lexicon/index.ts";
import { recognizeEntities } from "./recognize.ts";
import { sentencesOf, testDocument } from "./fixtures.ts";

const lexicon = loadLexicon();

function people(texts: string[], published: string): string[] {
  const doc = { ...testDocument(texts), published };
  return recognizeEntities(doc, sentencesOf(doc), lexicon)
    .filter((e) => e.type === "person")
    .map((e) => e.id.replace(/^person:/, ""))
    .sort();
}

/** Paragraphs, the document's date, and the lexicon people expected (without `person:`). */
type Row = [texts: string[], published: string, expected: string[]];

const ROWS: Row[] = [
  // the holder of the title in the document's year
  [["賴總統今天抵達夏威夷，展開出訪行程。"], "2024-12-01", ["lai-ching-te"]],
  [["赖总统随后前往帕劳。"], "2024-12-06", ["lai-ching-te"]],
  [["习主席在人民大会堂会见了布林肯。"], "2023-06-19", ["xi-jinping", "antony-blinken"]],
  [["習主席強調，中美應該相互尊重。"], "2023-11-16", ["xi-jinping"]],
  [["尹总统表示将加强韩美同盟。"], "2023-04-26", ["yoon-suk-yeol"]],
  [["尹總統週三在首爾接見美方代表團。"], "2024-05-08", ["yoon-suk-yeol"]],
  [["文总统在青瓦台会见了来访的美国特使。"], "2019-06-30", ["moon-jae-in"]],
  [["總統府表示，蔡總統將過境紐約。"], "2023-03-29", ["tsai-ing-wen"]],
  [["蔡总统在出访前发表谈话。"], "2018-08-12", ["tsai-ing-wen"]],
  [["林部長與美方官員舉行會談。"], "2025-03-01", ["lin-chia-lung"]],
  [["卓院長當天在立法院答詢。"], "2024-10-01", ["cho-jung-tai"]],
  [["韓院長表示，立法院將審慎處理。"], "2024-06-01", ["han-kuo-yu"]],
  [["赵显今天抵达北京。", "韩国赵外长将会见王毅。"], "2025-09-01", ["cho-hyun", "wang-yi"]],
  [["趙顯今天抵達北京。", "韓國趙外長將會見王毅。"], "2025-09-01", ["cho-hyun", "wang-yi"]],
  // Japanese family names: the first characters of the name (高市早苗 → 高市)
  [["高市首相表示将加强日美同盟。"], "2025-11-01", ["sanae-takaichi"]],
  [["高市首相表示將加強日美同盟。"], "2025-11-01", ["sanae-takaichi"]],
  [["茂木外相与王毅通电话。"], "2025-11-01", ["toshimitsu-motegi", "wang-yi"]],
  [["茂木外相與王毅通電話。"], "2025-11-01", ["toshimitsu-motegi", "wang-yi"]],
  [["岩屋外相访问北京。"], "2025-03-01", ["takeshi-iwaya"]],
  [["小泉防卫相视察了部队。"], "2025-11-01", ["shinjiro-koizumi"]],
  [["上川外相在记者会上说，日方将保持沟通。"], "2024-03-01", ["yoko-kamikawa"]],
    // the person the document already names wins, whatever the year
  [["马英九今天抵达上海。", "马总统此行将会见台商。"], "2024-04-01", ["ma-ying-jeou"]],
  [["李强在北京会见外宾。", "李总理表示中方愿加强合作。"], "2024-06-01", ["li-qiang"]],
  [["賴清德出訪友邦。", "賴副總統在紐約過境。"], "2023-08-13", ["lai-ching-te"]],
  // no single holder: nothing
  [["王部长表示，将加强沟通。"], "2024-05-01", []],
  [["李总理会见了外宾。"], "2024-06-01", []],
  // not a surname + title
  [["美国总统拜登说，双方会谈富有成效。"], "2023-11-16", ["joe-biden"]],
  [["总统府发言人当天证实了这一消息。"], "2024-01-01", []],
];

describe("surname + title", () => {
  it.each(ROWS)("should name the holder in %j (%s)", (texts, published, expected) => {
    expect(people(texts, published)).toEqual([...expected].sort());
  });
});

/** Places and bodies named after a person are not the person. */
const NAMED: [text: string, people: string[]][] = [
  ["蔡英文在列根總統圖書館與麥卡錫會面。", ["tsai-ing-wen", "kevin-mccarthy"]],
  ["蔡英文在雷根圖書館發表演說。", ["tsai-ing-wen"]],
  ["里根号航母驶入南海。", []],
  ["专机降落在肯尼迪机场。", []],
  ["新加坡国立大学李光耀公共政策学院一名学者说。", []],
  ["拜登计划下月访问越南。", ["joe-biden"]],
  ["拜登號召盟友團結。", ["joe-biden"]],
];

describe("named after a person", () => {
  it.each(NAMED)("should find only the people in %s", (text, expected) => {
    expect(people([text], "2024-01-01")).toEqual([...expected].sort());
  });
});
