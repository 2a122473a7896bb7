import { describe, expect, it } from "vitest";
import { toTimeline } from "../build/builder.ts";
import { extraction, type EntitySpec, type EventSpec } from "../fixtures/index.ts";

const SCHOLZ = "person:olaf-scholz";
const XI = "person:xi-jinping";
const LI = "person:li-keqiang";
const MACRON = "person:emmanuel-macron";
const VDL = "person:ursula-von-der-leyen";
const MATTIS = "person:jim-mattis";
const WEI = "person:wei-fenghe";
const ENTITIES: EntitySpec[] = [
  { id: SCHOLZ, name: "朔尔茨", country: "DE" },
  { id: XI, name: "习近平", country: "CN" },
  { id: LI, name: "李克强", country: "CN" },
  { id: MACRON, name: "马克龙", country: "FR" },
  { id: VDL, name: "冯德莱恩", country: "EU" },
  { id: MATTIS, name: "马蒂斯", country: "US" },
  { id: WEI, name: "魏凤和", country: "CN" },
];
type Row = [who: string[], from: string, to: string, quote: string];
const meet = ([who, from, to, quote]: Row): EventSpec => ({ type: "meeting", participants: who, from, to, precision: from === to ? "day" : "month", quote });

/** The participant lists of the meetings one article of pairs and another of a list make, sorted. */
async function meetings(pairs: Row[], list: Row): Promise<string[]> {
  const docs = [
    extraction({ id: "a", published: "2022-11-05", entities: ENTITIES, events: pairs.map(meet) }),
    extraction({ id: "b", published: "2024-04-16", entities: ENTITIES, events: [meet(list)] }),
  ];
  return (await toTimeline(docs)).events.map((e) => e.participants.length + ":" + e.sources.length).sort();
}

const NOV = (who: string[], quote: string): Row => [who, "2022-11-04", "2022-11-04", quote];

describe("splitLists", () => {
  it.each<[string, Row[], Row]>([
    ["会见了习近平和时任总理李克强", [NOV([SCHOLZ, XI], "习近平4日会见朔尔茨。"), NOV([SCHOLZ, LI], "李克强同日与朔尔茨会谈。")], [[SCHOLZ, XI, LI], "2022-11-01", "2022-11-30", "朔尔茨上次访华是在2022年11月，当时会见了习近平和时任总理李克强。"]],
    ["traditional", [NOV([SCHOLZ, XI], "習近平4日會見蕭茲。"), NOV([SCHOLZ, LI], "李克強同日與蕭茲會談。")], [[SCHOLZ, XI, LI], "2022-11-01", "2022-11-30", "蕭茲上次訪華是在2022年11月，當時會見了習近平和時任總理李克強。"]],
    ["分别会见", [NOV([MATTIS, XI], "习近平4日会见马蒂斯。"), NOV([MATTIS, WEI], "魏凤和与马蒂斯会谈。")], [[MATTIS, XI, WEI], "2022-11-01", "2022-11-30", "马蒂斯访华期间分别会见了习近平和魏凤和。"]],
    ["traditional, 先後", [NOV([MATTIS, XI], "習近平4日會見馬蒂斯。"), NOV([MATTIS, WEI], "魏鳳和與馬蒂斯會談。")], [[MATTIS, XI, WEI], "2022-11-01", "2022-11-30", "馬蒂斯去年11月訪華時先後會見習近平與魏鳳和。"]],
  ])("should fold %s into the two meetings", async (_, pairs, list) => {
    expect(await meetings(pairs, list)).toEqual(["2:2", "2:2"]);
  });

  it.each<[string, Row[], Row]>([
    ["a trilateral of three sides (中法欧三方会晤)", [NOV([MACRON, XI], "习近平4日与马克龙会谈。"), NOV([VDL, XI], "习近平同日会见冯德莱恩。")], [[MACRON, VDL, XI], "2022-11-04", "2022-11-04", "同一天，马克龙、习近平与冯德莱恩举行了中法欧三方会晤。"]],
    ["a pair missing", [NOV([SCHOLZ, XI], "习近平4日会见朔尔茨。")], [[SCHOLZ, XI, LI], "2022-11-01", "2022-11-30", "朔尔茨当时会见了习近平和李克强。"]],
    ["pairs of another month", [[[SCHOLZ, XI], "2022-10-04", "2022-10-04", "习近平10月4日会见朔尔茨。"], [[SCHOLZ, LI], "2022-10-04", "2022-10-04", "李克强同日与朔尔茨会谈。"]], [[SCHOLZ, XI, LI], "2022-11-01", "2022-11-30", "朔尔茨11月会见了习近平和李克强。"]],
    ["hosts of two countries", [NOV([XI, SCHOLZ], "习近平会见朔尔茨。"), NOV([XI, MACRON], "习近平会见马克龙。")], [[XI, SCHOLZ, MACRON], "2022-11-04", "2022-11-04", "習近平會見了蕭茲和馬克龍。"]],
  ])("should keep %s", async (_, pairs, list) => {
    expect((await meetings(pairs, list)).some((x) => x.startsWith("3:"))).toBe(true);
  });
});
