import { describe, expect, it } from "vitest";
import type { DocEntity, EventType } from "@parley/extract/model";
import type { Entity } from "../model.ts";
import { PlaceRelations } from "../merge/places.ts";
import { narrowestSite, sitesNamed } from "./region-site.ts";

type PlaceRow = [id: string, names: string[], country: string, within: string[]];
const PLACES: PlaceRow[] = [
  ["place:central-america", ["中美洲"], "ZZ", []],
  ["place:africa", ["非洲"], "ZZ", []],
  ["place:europe", ["欧洲", "歐洲"], "ZZ", []],
  ["place:united-states", ["美国", "美國"], "US", []],
  ["place:texas", ["得克萨斯州", "德州"], "US", ["place:united-states"]],
  ["place:houston", ["休斯敦", "休士頓"], "US", ["place:texas", "place:united-states"]],
  ["place:taiwan", ["台湾", "台灣"], "TW", []],
  ["place:eswatini", ["史瓦帝尼", "斯威士兰"], "SZ", []],
  ["place:south-africa", ["南非"], "ZA", []],
  ["place:kenya", ["肯尼亚", "肯亞"], "KE", []],
  ["place:france", ["法国", "法國"], "FR", []],
  ["place:paris", ["巴黎"], "FR", ["place:france"]],
  ["place:germany", ["德国", "德國"], "DE", []],
  ["place:berlin", ["柏林"], "DE", ["place:germany"]],
];
const COUNTRIES: Record<string, string> = { "place:united-states": "US", "place:taiwan": "TW", "place:eswatini": "SZ", "place:south-africa": "ZA", "place:kenya": "KE", "place:france": "FR", "place:germany": "DE" };

/** The document's place entities, each mentioned wherever the quote writes one of its names. */
function entitiesOf(quote: string): DocEntity[] {
  return PLACES.map(([id, names, country]) => ({
    id, type: "place", name: names[0]!, nameEn: null, aliases: names, country, roles: [], known: true,
    mentions: names.flatMap((n) => {
      const at = quote.indexOf(n);
      return at < 0 ? [] : [{ entity: id, type: "place" as const, surface: n, document: "d", paragraph: 2, start: at, end: at + n.length, rule: "lexicon" }];
    }),
  }));
}

const RELATIONS = new PlaceRelations(
  PLACES.map(([id, names, country, within]): Entity => ({ id, type: "place", name: names[0]!, nameEn: null, aliases: names, country, roles: [], documents: [], mentions: [], within })),
  COUNTRIES,
);

/** The site of an event of `type` placed at `place` whose sentence is `quote`. */
function siteOf(quote: string, place: string, type: EventType = "meeting"): string | null {
  const m = { type, place, paragraph: 2, start: 0, end: quote.length };
  return narrowestSite(sitesNamed(m, entitiesOf(quote)), RELATIONS);
}

describe("region-site", () => {
  it.each<[string, string, string | null]>([
    ["台湾总统蔡英文在出访中美洲期间，星期天在美国得克萨斯州休斯敦过境停留，并会晤了州长阿博特。", "place:central-america", "place:houston"],
    ["台灣總統蔡英文出訪中美洲期間，在美國德州休士頓過境並與參議員克魯茲會面。", "place:central-america", "place:houston"],
    ["蔡總統今年4月曾出訪非洲唯一友邦史瓦帝尼，並與國王恩史瓦帝三世會晤。", "place:africa", "place:eswatini"],
    ["蔡英文今年4月出访非洲友邦斯威士兰，与国王姆斯瓦蒂三世会晤。", "place:africa", "place:eswatini"],
    ["马克龙欧洲之行期间在巴黎会见了来访的朔尔茨。", "place:europe", "place:paris"],
    ["歐洲之行期間，兩人在柏林會面。", "place:europe", "place:berlin"],
    ["两人在欧洲之行期间于德国柏林会面。", "place:europe", "place:berlin"],
  ])("should hold %s at its named site", (quote, place, want) => {
    expect(siteOf(quote, place)).toBe(want);
  });

  it.each<[string, string, EventType?]>([
    ["习近平出访非洲期间先后在南非和肯尼亚会见了两国总统。", "place:africa"],
    ["習近平訪問非洲期間先後在南非、肯亞與兩國總統會面。", "place:africa"],
    ["两人在欧洲之行期间先后在巴黎和柏林会面。", "place:europe"],
    ["兩人在歐洲會面。", "place:europe"],
    ["蔡英文出访中美洲期间与友邦元首会晤。", "place:central-america"],
    ["王毅将出访欧洲，先后访问法国和德国。", "place:europe", "visit"],
  ])("should leave %s in its region", (quote, place, type) => {
    expect(siteOf(quote, place, type)).toBeNull();
  });

  it("should name no site for a venue of no country (板门店)", () => {
    const quote = "韩国总统文在寅将于27日在板门店与金正恩举行会谈。";
    const ents: DocEntity[] = [...entitiesOf(quote), { id: "place:panmunjom", type: "place", name: "板门店", nameEn: null, aliases: [], country: "ZZ", roles: [], known: true, mentions: [] }];
    const m = { type: "meeting" as const, place: "place:panmunjom", paragraph: 2, start: 0, end: quote.length };
    expect(sitesNamed(m, ents, { "place:panmunjom": "venue" })).toEqual([]);
    expect(sitesNamed({ ...m, place: "place:europe" }, ents, { "place:europe": "region" })).toEqual([]);
  });

  it("should name no site for a meeting already placed in a country", () => {
    expect(sitesNamed({ type: "meeting", place: "place:united-states", paragraph: 2, start: 0, end: 20 }, entitiesOf("蔡英文在美国休斯敦会晤克鲁兹。"))).toEqual([]);
  });
});
