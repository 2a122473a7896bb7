// Recognition of the lexicon's heads of state, royals, allies' ministers and envoys added in people-heads-allies-more.json,
// and bare names two lexicon people share, told apart by the title in front.
import { describe, expect, it } from "vitest";
import { loadLexicon } from "../lexicon/index.ts";
import { lexiconPeopleIn } from "./fixtures.ts";

const lexicon = loadLexicon();

/** Lexicon people a sentence names, by id without `person:`. */
const people = (text: string): string[] => lexiconPeopleIn(text, lexicon);

const ROWS: [text: string, ids: string[]][] = [
  // heads of state and government
  ["拉脱维亚总理卡林什在里加会见中国客人。", ["krisjanis-karins"]],
  ["北馬其頓總統彭達羅夫斯基抵達北京訪問。", ["stevo-pendarovski"]],
  ["尼日尔总统巴祖姆当天在尼亚美接见了来访的特使。", ["mohamed-bazoum"]],
  ["中非共和國總統圖瓦德拉與習近平舉行會談。", ["faustin-archange-touadera", "xi-jinping"]],
  ["塞舌尔总统拉姆卡拉旺出席了开幕式。", ["wavel-ramkalawan"]],
  ["諾魯總統昆恩（Russ Kun）率團訪台。", ["russ-kun"]],
  // royals
  ["泰国国王普密蓬于2016年10月逝世。", ["bhumibol-adulyadej"]],
  ["泰王蒲美蓬在位70年。", ["bhumibol-adulyadej"]],
  ["莱索托国王莱齐耶三世会见了中国大使。", ["letsie-iii"]],
  ["西班牙前国王胡安·卡洛斯一世曾多次访华。", ["juan-carlos-i"]],
  // allies' ministers and envoys
  ["宏都拉斯外長雷伊納抵達北京。", ["eduardo-enrique-reina"]],
  ["秦刚同洪都拉斯外长雷纳举行会谈。", ["eduardo-enrique-reina", "qin-gang"]],
  ["巴拉圭副總統阿利亞納今天抵台訪問。", ["pedro-alliana"]],
  ["巴拿马副总统兼外长德圣马洛（Isabel de Saint Malo）在北京签署公报。", ["isabel-saint-malo"]],
  ["俄罗斯副外长博格丹诺夫在莫斯科会见叙利亚大使。", ["mikhail-bogdanov"]],
  ["韓國外交部第一次官崔鍾建與美方舉行會談。", ["choi-jong-kun"]],
  ["美国阿富汗和解问题特别代表哈利勒扎德抵达多哈。", ["zalmay-khalilzad"]],
  ["美國阿富汗和解特使哈里札德抵達杜哈。", ["zalmay-khalilzad"]],
  ["韩半岛和平交涉本部长鲁圭德与金健通电话。", ["kim-gunn", "noh-kyu-duk"]],
  ["苏里南总统单多吉在人民大会堂出席欢迎仪式。", ["chan-santokhi"]],
  ["巴哈马总理明尼斯会见中国驻巴哈马大使。", ["hubert-minnis"]],
  // a bare name one person goes by and another's last part: the title decides
  ["白宫新闻秘书桑德斯今天在记者会上说。", ["sarah-huckabee-sanders"]],
  ["参议员桑德斯今天说，他反对这项法案。", ["bernie-sanders"]],
  // a lexicon surname inside a longer English name with a particle (Maria de la Cruz is no Ted Cruz)
  ["该国外长德拉克鲁斯（Maria de la Cruz）表示欢迎。", []],
  ["該國外長德拉克魯斯（María de la Cruz）表示歡迎。", []],
  ["参议员克鲁兹（Ted Cruz）表示反对。", ["ted-cruz"]],
];

describe("builtin people (heads, royals, allies' ministers, envoys)", () => {
  it.each(ROWS)("should name the people in %s", (text, expected) => {
    expect(people(text)).toEqual([...expected].sort());
  });
});
