// Recognition of the lexicon's world leaders, royals, envoys and diplomats 2009-2026, in both scripts, and of words that only look like them.
import { describe, expect, it } from "vitest";
import { loadLexicon } from "../lexicon/index.ts";
import { recognizeEntities } from "./recognize.ts";
import { sentencesOf, testDocument } from "./fixtures.ts";

const lexicon = loadLexicon();

/** A sentence and the lexicon people it must name (exactly these, by id, without the `person:` prefix). */
type Row = [text: string, people: string[]];

const PEOPLE: Row[] = [
  // monarchs, royals and spouses on state visits
  ["摩纳哥亲王阿尔贝二世下月将对中国进行国事访问。", ["albert-ii"]],
  ["荷蘭國王威廉-亞歷山大與王后瑪克西瑪抵達北京。", ["willem-alexander", "queen-maxima"]],
  ["瑞典国王卡尔十六世·古斯塔夫在斯德哥尔摩会见来访的客人。", ["carl-xvi-gustaf"]],
  ["汤加国王图普六世出席了欢迎仪式。", ["tupou-vi"]],
  ["史瓦帝尼國王恩史瓦帝三世在台北與賴清德會面。", ["mswati-iii", "lai-ching-te"]],
  ["法國第一夫人碧姬·馬克宏陪同丈夫參觀故宮。", ["brigitte-macron"]],
  ["第二先生埃姆霍夫随哈里斯出访非洲。", ["doug-emhoff", "kamala-harris"]],
  // Africa
  ["加纳副总统巴武米亚在机场迎接美国客人。", ["mahamudu-bawumia"]],
  ["尼日利亚外长图加尔表示，两国将扩大合作。", ["yusuf-tuggar"]],
  ["坦桑尼亞副總統姆潘戈出席論壇開幕式。", ["philip-mpango"]],
  ["纳米比亚总统南迪-恩代特瓦会见王毅。", ["netumbo-nandi-ndaitwah", "wang-yi"]],
  ["佛得角总理科雷亚·席尔瓦与拜登在首都普拉亚会晤。", ["ulisses-correia-e-silva", "joe-biden"]],
  ["摩洛哥外交大臣布里塔与阿尔及利亚外长阿塔夫未有接触。", ["nasser-bourita", "ahmed-attaf"]],
  ["南非副总统马沙蒂莱率团出席会议。", ["paul-mashatile"]],
  // South and Central Asia
  ["印度外交秘书戈卡莱向记者介绍会谈情况。", ["vijay-gokhale"]],
  ["印度外交秘書夸特拉隨後與中方官員會面。", ["vinay-kwatra"]],
  ["尼泊尔总统班达里在加德满都会见习近平。", ["bidya-devi-bhandari", "xi-jinping"]],
  ["乌兹别克斯坦外长卡米洛夫与王毅通电话。", ["abdulaziz-kamilov", "wang-yi"]],
  ["斯里兰卡总统西里塞纳访华期间会见李克强。", ["maithripala-sirisena", "li-keqiang"]],
  // Southeast and East Asia
  ["菲律宾前总统阿基诺三世执政期间提起南海仲裁。", ["benigno-aquino-iii"]],
  ["泰國前總理盈拉與哥哥塔克辛都曾流亡海外。", ["yingluck-shinawatra", "thaksin-shinawatra"]],
  ["韩国外交部长官尹炳世与王毅在首尔会谈。", ["yun-byung-se", "wang-yi"]],
  ["日本国家安全保障局长北村滋与杨洁篪通电话。", ["shigeru-kitamura", "yang-jiechi"]],
  // Europe and global bodies
  ["法国前总理拉法兰多次访华。", ["jean-pierre-raffarin"]],
  ["德國前財長蕭伯樂批評希臘政府。", ["wolfgang-schauble"]],
  ["欧洲央行行长拉加德在法兰克福发表讲话。", ["christine-lagarde"]],
  ["欧盟驻华大使豪尔赫·托莱多在北京会见记者。", ["jorge-toledo"]],
  ["前欧洲理事会主席范龙佩与习近平会面。", ["herman-van-rompuy", "xi-jinping"]],
  // United States and China, 2009-2017
  ["美国防长哈格尔访华期间与常万全会谈。", ["chuck-hagel", "chang-wanquan"]],
  ["前美國駐華大使駱家輝出席活動。", ["gary-locke"]],
  ["財長雅各布·盧抵達北京參加戰略與經濟對話。", ["jack-lew"]],
  ["国务委员戴秉国与希拉里举行会谈。", ["dai-bingguo", "hillary-clinton"]],
  ["中国政府非洲之角事务特使薛冰访问埃塞俄比亚。", ["xue-bing"]],
  // office holders of 2021-2025
  ["日本外务省事务次官船越健裕与中方举行磋商。", ["takehiro-funakoshi"]],
  ["烏克蘭軍情局長布達諾夫表示，俄軍正在集結。", ["kyrylo-budanov"]],
  ["委内瑞拉反对派领袖马查多获得诺贝尔和平奖。", ["maria-corina-machado"]],
  ["菲律宾国家安全顾问阿尼奥发表声明。", ["eduardo-ano"]],
];

/** Sentences whose words only look like the new names: no person at all. */
const NOBODY: string[] = [
  "他信任这位老朋友，两人合作多年。",
  "哈尔滨的冬天非常寒冷。",
  "代表团在托莱多古城参观。",
  "一支由查波河畔村民组成的队伍出发了。",
];

/** A title from titles.json before a name the lexicon does not know: that name is a person (local id). */
const TITLED: [text: string, name: string][] = [
  ["巴基斯坦外交秘书乔杜里向记者介绍会谈情况。", "乔杜里"],
  ["印度外交秘書庫瑪爾隨後抵達北京。", "库玛尔"],
  ["澳大利亚总督赫尔利出席了仪式。", "赫尔利"],
  ["英国王妃凯特当天出席慈善活动。", "凯特"],
  ["欧盟委员塞夫科维奇与中方通电话。", "塞夫科维奇"],
  ["德國聯邦總統施泰納將出訪亞洲。", "施泰纳"],
  ["英国内政大臣马哈茂德宣布新措施。", "马哈茂德"],
  ["日本外务副大臣松本尚会见了中方代表。", "松本尚"],
];

/** A new title followed by no name: nobody. */
const UNTITLED: string[] = ["第一夫人出席了国宴。", "王后陪同国王参观长城。", "总统助理表示会谈富有成果。", "英国国防大臣将出席会议。"];

describe("built-in lexicon world people", () => {
  it("should have at least 30 rows", () => {
    expect(PEOPLE.length).toBeGreaterThanOrEqual(30);
  });

  it.each(PEOPLE)("should find the lexicon people in %s", (text, people) => {
    const doc = testDocument([text]);
    const found = recognizeEntities(doc, sentencesOf(doc), lexicon)
      .filter((e) => e.type === "person" && e.id.startsWith("person:"))
      .map((e) => e.id.replace(/^person:/, ""));
    expect(found.sort()).toEqual([...people].sort());
  });

  it.each(NOBODY)("should find no lexicon person in %s", (text) => {
    const doc = testDocument([text]);
    const found = recognizeEntities(doc, sentencesOf(doc), lexicon).filter((e) => e.type === "person" && e.id.startsWith("person:"));
    expect(found.map((e) => e.id)).toEqual([]);
  });

  it.each(TITLED)("should take the name after the title in %s", (text, name) => {
    const doc = testDocument([text]);
    const found = recognizeEntities(doc, sentencesOf(doc), lexicon).filter((e) => e.type === "person");
    expect(found.map((e) => e.id)).toContain(`local:${name}`);
  });

  it.each(UNTITLED)("should find no person after a bare title in %s", (text) => {
    const doc = testDocument([text]);
    expect(recognizeEntities(doc, sentencesOf(doc), lexicon).filter((e) => e.type === "person")).toEqual([]);
  });
});
