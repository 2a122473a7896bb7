// Recognition of built-in lexicon places: capitals, summit cities, venues, in mainland, Taiwan, Hong Kong and Malaysian forms.
import { describe, expect, it } from "vitest";
import { loadLexicon } from "../lexicon/index.ts";
import { recognizeEntities } from "./recognize.ts";
import { sentencesOf, testDocument } from "./fixtures.ts";

const lexicon = loadLexicon();

/** A sentence and lexicon places it must name (ids without the `place:` prefix). */
type Row = [text: string, places: string[]];

const PLACES: Row[] = [
  // capitals the lexicon lacked, both scripts
  ["王毅在地拉那会见阿尔巴尼亚外长。", ["tirana", "albania"]],
  ["外交部長週三抵達塞拉耶佛訪問。", ["sarajevo"]],
  ["总统当天飞抵基希讷乌，与摩尔多瓦总统会谈。", ["chisinau", "moldova"]],
  ["外長隨後前往史高比耶，會晤北馬其頓總理。", ["skopje", "north-macedonia"]],
  ["史瓦帝尼國王在墨巴本接見台灣訪問團。", ["eswatini", "mbabane", "taiwan"]],
  ["特使在摩加迪沙与索马里总统举行会谈。", ["mogadishu", "somalia"]],
  ["贝里斯总理在贝尔墨邦会见外交部长。", ["belize", "belmopan"]],
  // summit and talks cities
  ["伊朗外长在马什哈德会见俄罗斯副外长。", ["iran", "mashhad", "russia"]],
  ["莫迪在金奈附近的马马拉普拉姆与习近平举行非正式会晤。", ["chennai", "mamallapuram"]],
  ["印度總理週五在清奈迎接中國領導人。", ["india", "chennai", "china"]],
  ["巴西总统在马瑙斯主持亚马孙国家峰会。", ["brazil", "manaus", "amazon-region"]],
  ["和平峰會在瑞士比爾根施托克舉行。", ["switzerland", "burgenstock"]],
  ["七国集团峰会此前曾在埃维昂和多维尔举行。", ["evian", "deauville"]],
  ["二十國集團峰會明年將在佛州多拉爾舉行。", ["florida", "doral"]],
  ["金砖国家领导人曾在德班和福塔莱萨会晤。", ["durban", "fortaleza"]],
  ["上合组织峰会曾在乌法举行。", ["ufa"]],
  // Chinese cities leaders visit
  ["总统在延安参观后前往西安。", ["yanan", "xian"]],
  ["外宾随后访问了遵义和井冈山。", ["zunyi", "jinggangshan"]],
  ["代表團在景德鎮參觀後抵達九江。", ["jingdezhen", "jiujiang"]],
  // Southeast Asia and Oceania, Malaysian and Taiwan forms
  ["首相在兰卡威接待印尼总统。", ["langkawi", "indonesia"]],
  ["美國海軍陸戰隊在達爾文輪駐。", ["united-states", "darwin"]],
  ["柬埔寨首相在西哈努克港出席开工仪式。", ["cambodia", "sihanoukville"]],
  ["菲律賓總統在巴拉望視察。", ["philippines", "palawan"]],
  // venues, each with its city
  ["国防部长在八一大楼会见美国防长。", ["bayi-building", "united-states"]],
  ["首相在契克斯款待到訪的總理。", ["chequers"]],
  ["双方经贸团队在伦敦兰开斯特宫举行会谈。", ["london", "lancaster-house"]],
  ["安瓦尔在首相署接待中国国家主席。", ["perdana-putra", "china"]],
  ["国王在国家皇宫设宴款待贵宾。", ["istana-negara"]],
  ["王储在亚玛玛宫会见美国国务卿。", ["al-yamamah-palace", "united-states"]],
  ["两国领导人在河内主席府举行会谈。", ["hanoi-presidential-palace"]],
  ["普京在东方航天发射场会见金正恩。", ["vostochny"]],
  ["美方代表在安克雷奇的库克船长酒店与中方会谈。", ["anchorage", "captain-cook-hotel"]],
  ["兩國元首在上比利牛斯省的圖爾馬萊山口共進午餐。", ["hautes-pyrenees", "col-du-tourmalet"]],
  ["特朗普在特朗普大厦会见到访的首相。", ["trump-tower"]],
  ["习近平在广州松园与马克龙非正式会晤。", ["guangzhou", "songyuan-guesthouse"]],
  ["佐科在茂物總統府接待中國總理。", ["bogor-palace", "china"]],
  ["普京在索契波恰罗夫溪别墅会见土耳其总统。", ["sochi", "bocharov-ruchey", "turkey"]],
  // Taiwan and Malaysian forms of known cities
  ["兩國外長在可倫坡會談。", ["colombo"]],
  ["總統隨後飛往札格雷布與提比里西。", ["zagreb", "tbilisi"]],
  ["州长率团访问山打根和诗巫。", ["sandakan", "sibu"]],
  // other forms of countries
  ["總理率團訪問星加坡。", ["singapore"]],
  ["外長隨後飛往菲國首都。", ["philippines"]],
];

describe("built-in lexicon places", () => {
  it("should have at least 30 rows", () => {
    expect(PLACES.length).toBeGreaterThanOrEqual(30);
  });

  it.each(PLACES)("should find the lexicon places in %s", (text, places) => {
    const doc = testDocument([text]);
    const found = recognizeEntities(doc, sentencesOf(doc), lexicon)
      .filter((e) => e.type === "place")
      .map((e) => e.id.replace(/^place:/, ""));
    expect(found.sort()).toEqual([...places].sort());
  });

  it("should give every venue and city a container that exists", () => {
    const ids = new Set(lexicon.entries.map((e) => e.id));
    const missing = lexicon.entries.filter((e) => e.type === "place" && (e.kind === "venue" || e.kind === "city") && (!e.in || !ids.has(e.in)));
    expect(missing.map((e) => e.id)).toEqual([]);
  });
});
