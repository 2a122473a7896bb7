// Country names (data): a place with one of these names stands for the whole country, so it
// contains every place whose entity carries that country code (白宫 ⊂ 美国 when 白宫 is US).

/** The lexicon's country code for places and people of no one country (continents, seas, regions, UN officials). */
export const NO_COUNTRY = "ZZ";

/** Chinese (both scripts) and English country names by ISO 3166 alpha-2 code. */
export const COUNTRY_NAMES: Record<string, string[]> = {
  US: ["美国", "美國", "United States", "USA", "U.S.", "US", "America"],
  CN: ["中国", "中國", "China", "PRC", "中华人民共和国", "中華人民共和國"],
  RU: ["俄罗斯", "俄羅斯", "Russia"],
  TW: ["台湾", "臺灣", "台灣", "Taiwan"],
  HK: ["香港", "Hong Kong"],
  JP: ["日本", "Japan"],
  KR: ["韩国", "韓國", "South Korea"],
  KP: ["朝鲜", "朝鮮", "North Korea"],
  GB: ["英国", "英國", "United Kingdom", "Britain", "UK"],
  FR: ["法国", "法國", "France"],
  DE: ["德国", "德國", "Germany"],
  IN: ["印度", "India"],
  ID: ["印度尼西亚", "印尼", "Indonesia"],
  MT: ["马耳他", "馬爾他", "Malta"],
  UA: ["乌克兰", "烏克蘭", "Ukraine"],
  MY: ["马来西亚", "馬來西亞", "Malaysia"],
  SG: ["新加坡", "Singapore"],
  VN: ["越南", "Vietnam"],
  PH: ["菲律宾", "菲律賓", "Philippines"],
  AU: ["澳大利亚", "澳洲", "Australia"],
  CA: ["加拿大", "Canada"],
};

const BY_NAME = new Map<string, string>();
for (const [code, names] of Object.entries(COUNTRY_NAMES)) {
  for (const n of names) BY_NAME.set(n.toLowerCase(), code);
}

/** The country code a place name stands for when the name is a country's: "美国" → "US". */
export function countryOfName(name: string): string | null {
  return BY_NAME.get(name.toLowerCase()) ?? null;
}
