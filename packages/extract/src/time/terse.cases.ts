// Table rows for press shorthand days (Hong Kong, Taiwan, Malaysian papers): bare 昨, 今 and 前日 before a verb.
import { row, type TimeCase } from "./cases.ts";

const T = "2024-03-14"; // a Thursday

/** 昨 = the day before publication, 今 = the day itself, 前日 = two days before, written alone before a verb. */
export const TERSE_CASES: TimeCase[] = [
  row("國家主席習近平昨在人民大會堂會見法國總統", T, "昨", "2024-03-13"),
  row("国家主席习近平昨在钓鱼台国宾馆会见美国财长", T, "昨", "2024-03-13"),
  row("日相昨與美國總統通電話，確認同盟關係", T, "昨", "2024-03-13"),
  row("外長王毅昨亦會見了來訪的英國外相", T, "昨", "2024-03-13"),
  row("德國總理朔爾茨昨抵北京，展開三天訪問", T, "昨", "2024-03-13"),
  row("特首昨率團出訪中東", T, "昨", "2024-03-13"),
  row("韓國總統昨表示，願與北京加強溝通", T, "昨", "2024-03-13"),
  row("總理今抵吉隆坡 將晤首相", T, "今", "2024-03-14"),
  row("美國國務卿今與日本外相會面", T, "今", "2024-03-14"),
  row("澳洲總理今起訪華四天", T, "今", "2024-03-14"),
  row("法國總統前日在巴黎愛麗舍宮與德國總理會談", T, "前日", "2024-03-12"),
  row("同樣在前日，副總理與美國財長通電話", T, "前日", "2024-03-12"),
  row("两国元首前日在北京举行会谈", T, "前日", "2024-03-12"),
];
