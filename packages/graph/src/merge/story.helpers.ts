// Shared by the story tests: visitors, hosts and places of several countries, and a timeline of
// one article's visit plus its meetings (and optionally another article).
import { toTimeline } from "../build/builder.ts";
import { extraction, type EntitySpec, type EventSpec } from "../fixtures/index.ts";
import type { TimelineEvent } from "../model.ts";

const person = (key: string, name: string, country: string): EntitySpec => ({ id: `person:${key}`, name, country });
const place = (key: string, name: string, country: string, within: string[] = []): EntitySpec => ({ id: `place:${key}`, name, country, within });

/** People by short key: id and country. */
export const P = {
  xi: "person:xi-jinping",
  li: "person:li-keqiang",
  liqiang: "person:li-qiang",
  he: "person:he-lifeng",
  scholz: "person:olaf-scholz",
  orban: "person:viktor-orban",
  pelosi: "person:nancy-pelosi",
  you: "person:you-si-kun",
  tsai: "person:tsai-ing-wen",
  albanese: "person:anthony-albanese",
  yellen: "person:janet-yellen",
  macron: "person:emmanuel-macron",
  kishida: "person:fumio-kishida",
  blinken: "person:antony-blinken",
  putin: "person:vladimir-putin",
  modi: "person:narendra-modi",
} as const;

const ENTITIES: EntitySpec[] = [
  person("xi-jinping", "习近平", "CN"),
  person("li-keqiang", "李克强", "CN"),
  person("li-qiang", "李强", "CN"),
  person("he-lifeng", "何立峰", "CN"),
  person("olaf-scholz", "朔尔茨", "DE"),
  person("viktor-orban", "欧尔班", "HU"),
  person("nancy-pelosi", "佩洛西", "US"),
  person("you-si-kun", "游锡堃", "TW"),
  person("tsai-ing-wen", "蔡英文", "TW"),
  person("anthony-albanese", "阿尔巴尼斯", "AU"),
  person("janet-yellen", "耶伦", "US"),
  person("emmanuel-macron", "马克龙", "FR"),
  person("fumio-kishida", "岸田文雄", "JP"),
  person("antony-blinken", "布林肯", "US"),
  person("vladimir-putin", "普京", "RU"),
  person("narendra-modi", "莫迪", "IN"),
  place("china", "中国", "CN"),
  place("beijing", "北京", "CN", ["place:china"]),
  place("tianjin", "天津", "CN", ["place:china"]),
  place("great-hall-of-the-people", "人民大会堂", "CN", ["place:beijing", "place:china"]),
  place("hungary", "匈牙利", "HU"),
  place("budapest", "布达佩斯", "HU", ["place:hungary"]),
  place("taiwan", "台湾", "TW"),
  place("taipei", "台北", "TW", ["place:taiwan"]),
  place("australia", "澳大利亚", "AU"),
  place("canberra", "堪培拉", "AU", ["place:australia"]),
  place("united-states", "美国", "US"),
  place("san-francisco", "旧金山", "US", ["place:united-states"]),
  place("japan", "日本", "JP"),
  place("tokyo", "东京", "JP", ["place:japan"]),
];

/** Place ids that stand for a whole country. */
const COUNTRIES = { "place:china": "CN", "place:hungary": "HU", "place:taiwan": "TW", "place:australia": "AU", "place:united-states": "US", "place:japan": "JP" };

/** The merged events of one article (published `published`) and, if given, another one (published `otherPublished`). */
export async function story(published: string, events: EventSpec[], other: EventSpec[] = [], otherPublished = published): Promise<TimelineEvent[]> {
  const docs = [extraction({ id: "story", published, entities: ENTITIES, events })];
  if (other.length) docs.push(extraction({ id: "other", published: otherPublished, entities: ENTITIES, events: other }));
  return (await toTimeline(docs, { countries: COUNTRIES })).events;
}
