import { describe, expect, it } from "vitest";
import type { EventStatus, EventType, TimelineEvent } from "../model.ts";
import { PlaceRelations } from "./places.ts";
import { rejoinLent } from "./rejoin.ts";

const place = (id: string, name: string, country: string, within: string[] = []) => ({
  id,
  type: "place" as const,
  name,
  nameEn: null,
  aliases: [],
  country,
  roles: [],
  documents: [],
  mentions: [],
  within,
});
const PLACES = new PlaceRelations(
  [
    place("zambia", "赞比亚", "ZM"),
    place("lusaka", "卢萨卡", "ZM", ["zambia"]),
    place("italy", "意大利", "IT"),
    place("rome", "罗马", "IT", ["italy"]),
    place("palermo", "巴勒莫", "IT", ["italy"]),
    place("france", "法国", "FR"),
    place("paris", "巴黎", "FR", ["france"]),
    place("chad", "乍得", "TD"),
    place("brazil", "巴西", "BR"),
    place("rio", "里约热内卢", "BR", ["brazil"]),
    place("brasilia", "巴西利亚", "BR", ["brazil"]),
    place("china", "中国", "CN"),
    place("beijing", "北京", "CN", ["china"]),
    place("shanghai", "上海", "CN", ["china"]),
  ],
  { zambia: "ZM", italy: "IT", france: "FR", chad: "TD", brazil: "BR", china: "CN" },
);
const COUNTRY: Record<string, string> = { xi: "CN", harris: "US", wang: "CN" };

interface Spec {
  type?: EventType;
  who: string;
  place?: string | null;
  start: string;
  end?: string;
  status?: EventStatus;
  /** The source's own dates: none (lent by its visit or its article) unless given. */
  own?: boolean;
  documents?: boolean;
  doc?: string;
  paragraph?: number;
  quote: string;
}

function event(s: Spec, n: number): TimelineEvent {
  const status = s.status ?? "happened";
  const end = s.end ?? s.start;
  return {
    id: `e${n}`,
    type: s.type ?? "visit",
    participants: s.who.split("+"),
    place: s.place ?? null,
    start: s.start,
    end,
    precision: s.documents ? null : "day",
    ...(s.documents ? { datedBy: "documents" as const } : {}),
    status,
    sources: [
      { document: s.doc ?? `d${n}`, quote: s.quote, paragraph: s.paragraph ?? 0, start: 0, end: 1, from: s.own ? s.start : null, to: s.own ? end : null, status, trigger: "访问", rule: "fixture", documentDate: end },
    ],
    confidence: 0.5,
  };
}

/** The events left, each as its id and source count. */
function rejoin(specs: Spec[]): string[] {
  const events = specs.map(event);
  return rejoinLent(events, PLACES, (p) => COUNTRY[p] ?? null).map((e) => `${e.id}:${e.sources.length}`);
}

const LUSAKA: Spec = { type: "meeting", who: "harris+hichilema", place: "lusaka", start: "2023-03-31", own: true, quote: "哈里斯3月31日在卢萨卡与希奇莱马会谈。" };
const PALERMO: Spec = { who: "xi", place: "palermo", start: "2019-03-21", end: "2019-03-23", own: true, quote: "習近平21日抵達羅馬，隨後前往巴勒莫。" };
const CHAD: Spec = { who: "wang", place: "chad", start: "2025-01-05", end: "2025-01-11", status: "planned", own: true, quote: "王毅将于1月5日至11日访问乍得。" };

describe("rejoinLent", () => {
  it.each<[string, Spec[], string[]]>([
    ["a meeting its visit dates, in the country, joins the one in its capital", [LUSAKA, { type: "meeting", who: "harris+hichilema", place: "zambia", start: "2023-03-31", end: "2023-04-01", quote: "随后前往赞比亚，与希奇莱马会面。" }], ["e0:2"]],
    ["traditional, a meeting with no place", [LUSAKA, { type: "meeting", who: "harris+hichilema", start: "2023-03-31", quote: "賀錦麗隨後與希奇萊馬會面。" }], ["e0:2"]],
    ["a visit to another city of the same foreign country (罗马, 巴勒莫)", [PALERMO, { who: "xi", place: "rome", start: "2019-03-11", end: "2019-04-10", documents: true, quote: "意大利在习近平访问罗马期间签署备忘录。" }], ["e0:2"]],
    ["traditional, 訪問羅馬期間", [PALERMO, { who: "xi", place: "rome", start: "2019-03-15", end: "2019-04-14", documents: true, quote: "習近平訪問羅馬期間，兩國簽署合作文件。" }], ["e0:2"]],
    ["an undated plan joins the dated plan of the same trip", [CHAD, { who: "wang", place: "chad", start: "2025-01-02", end: "2025-02-01", status: "planned", documents: true, quote: "王毅随后将前往乍得。" }], ["e0:2"]],
    ["a placeless 出访期间 joins the leg its article reports first", [
      { who: "xi", place: "paris", start: "2019-03-25", end: "2019-03-26", own: true, doc: "a", paragraph: 3, quote: "习近平25日抵达巴黎。" },
      { ...PALERMO, doc: "a", paragraph: 1 },
      { who: "xi", start: "2019-02-25", end: "2019-03-27", documents: true, doc: "a", paragraph: 5, quote: "習近平出訪期間，北京宣布新措施。" },
    ], ["e0:1", "e1:2"]],
  ])("should join %s", (_, specs, want) => {
    expect(rejoin(specs)).toEqual(want);
  });

  it.each<[string, Spec[], string[]]>([
    ["two meetings its window holds", [LUSAKA, { ...LUSAKA, start: "2023-03-29", quote: "哈里斯29日与希奇莱马通话后会面。" }, { type: "meeting", who: "harris+hichilema", start: "2023-03-03", end: "2023-04-02", documents: true, quote: "哈里斯与希奇莱马会面。" }], ["e0:1", "e1:1", "e2:1"]],
    ["a planned state visit to the capital and the summit city visited (巴西利亚, 里约)", [{ who: "xi", place: "rio", start: "2024-11-17", end: "2024-11-19", own: true, quote: "习近平17日抵达里约热内卢出席峰会。" }, { who: "xi", place: "brasilia", start: "2024-11-16", end: "2024-12-16", status: "planned", documents: true, quote: "习近平将前往巴西利亚进行国事访问。" }], ["e0:1", "e1:1"]],
    ["two countries (罗马, 巴黎)", [{ who: "xi", place: "paris", start: "2019-03-25", end: "2019-03-26", own: true, quote: "习近平25日抵达巴黎。" }, { who: "xi", place: "rome", start: "2019-03-11", end: "2019-04-10", documents: true, quote: "习近平访问罗马期间签署备忘录。" }], ["e0:1", "e1:1"]],
    ["what did not happen and what did", [LUSAKA, { type: "meeting", who: "harris+hichilema", start: "2023-03-03", end: "2023-04-02", status: "not-happened", documents: true, quote: "哈里斯未能与希奇莱马会面。" }], ["e0:1", "e1:1"]],
    ["a plan of a whole year", [{ who: "wang", place: "chad", start: "2025-01-01", end: "2025-12-31", status: "planned", own: true, quote: "王毅计划今年访问乍得。" }, { who: "wang", place: "chad", start: "2025-01-02", end: "2025-02-01", status: "planned", documents: true, quote: "王毅將前往乍得。" }], ["e0:1", "e1:1"]],
    ["two cities of the visitor's own country (上海, 北京)", [{ who: "xi", place: "beijing", start: "2024-05-01", own: true, quote: "习近平1日在北京。" }, { who: "xi", place: "shanghai", start: "2024-04-10", end: "2024-05-10", documents: true, quote: "习近平在上海考察期间。" }], ["e0:1", "e1:1"]],
    ["a window that misses the dated event", [LUSAKA, { type: "meeting", who: "harris+hichilema", start: "2023-02-01", end: "2023-03-02", documents: true, quote: "哈里斯與希奇萊馬會面。" }], ["e0:1", "e1:1"]],
    ["a report that dates itself", [LUSAKA, { ...LUSAKA, place: "zambia", start: "2023-03-31", own: true, doc: "b", quote: "哈里斯31日在赞比亚与希奇莱马会谈。" }], ["e0:1", "e1:1"]],
  ])("should keep apart %s", (_, specs, want) => {
    expect(rejoin(specs)).toEqual(want);
  });
});
