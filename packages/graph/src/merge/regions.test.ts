import { describe, expect, it } from "vitest";
import type { EventStatus, TimelineEvent } from "../model.ts";
import { PlaceRelations } from "./places.ts";
import { joinRegionTours } from "./regions.ts";

const place = (id: string, name: string, country: string, within: string[] = []) => ({ id, type: "place" as const, name, nameEn: null, aliases: [], country, roles: [], documents: [], mentions: [], within });
const PLACES = new PlaceRelations(
  [
    place("place:europe", "欧洲", "ZZ"),
    place("place:africa", "非洲", "ZZ"),
    place("place:southeast-asia", "东南亚", "ZZ"),
    place("place:central-asia", "中亚", "ZZ"),
    place("france", "法国", "FR"),
    place("paris", "巴黎", "FR", ["france"]),
    place("hungary", "匈牙利", "HU"),
    place("moscow", "莫斯科", "RU"),
    place("chad", "乍得", "TD"),
    place("japan", "日本", "JP"),
    place("hanoi", "河内", "VN"),
    place("astana", "阿斯塔纳", "KZ"),
  ],
  { france: "FR", hungary: "HU", chad: "TD", japan: "JP" },
);

interface Spec {
  who?: string;
  place: string;
  start: string;
  end?: string;
  status?: EventStatus;
  doc?: string;
  paragraph?: number;
}

function event(s: Spec, n: number): TimelineEvent {
  const status = s.status ?? "happened";
  const end = s.end ?? s.start;
  return {
    id: `e${n}`,
    type: "visit",
    participants: [s.who ?? "wang"],
    place: s.place,
    start: s.start,
    end,
    precision: "day",
    status,
    sources: [{ document: s.doc ?? `d${n}`, quote: "王毅此次欧洲之行。", paragraph: s.paragraph ?? 0, start: 0, end: 1, from: s.start, to: end, status, trigger: "之行", rule: "fixture", documentDate: end }],
    confidence: 0.5,
  };
}

/** The events left, each as its id and source count. */
const tour = (specs: Spec[]) => joinRegionTours(specs.map(event), PLACES).map((e) => `${e.id}:${e.sources.length}`);

const PARIS: Spec = { place: "paris", start: "2023-02-15", end: "2023-02-16", doc: "a", paragraph: 4 };
const BUDAPEST: Spec = { place: "hungary", start: "2023-02-20", doc: "a", paragraph: 1 };

// 王毅此次欧洲之行, 習近平中亞之行, 非洲四國之行: a region's visit is its legs' tour.
describe("joinRegionTours", () => {
  it.each<[string, Spec[], string[]]>([
    ["欧洲之行 and a leg in France", [PARIS, { place: "place:europe", start: "2023-02-01", end: "2023-02-28" }], ["e0:2"]],
    ["歐洲之行 joins the leg its article reports first", [PARIS, BUDAPEST, { place: "place:europe", start: "2023-02-01", end: "2023-02-28", doc: "a" }], ["e0:1", "e1:2"]],
    ["from another article, the earliest leg", [BUDAPEST, PARIS, { place: "place:europe", start: "2023-02-01", end: "2023-02-28", doc: "z" }], ["e0:1", "e1:2"]],
    ["Russia is in Europe", [{ place: "moscow", start: "2023-02-21" }, { place: "place:europe", start: "2023-02-10", end: "2023-02-25" }], ["e0:2"]],
    ["非洲之行 and a leg in Chad", [{ place: "chad", start: "2025-01-08" }, { place: "place:africa", start: "2025-01-05", end: "2025-01-11", status: "planned" }], ["e0:2"]],
    ["東南亞之行 and Hanoi", [{ who: "xi", place: "hanoi", start: "2025-04-14" }, { who: "xi", place: "place:southeast-asia", start: "2025-04-01", end: "2025-04-16" }], ["e0:2"]],
    ["中亚之行 and Astana", [{ who: "xi", place: "astana", start: "2022-09-14" }, { who: "xi", place: "place:central-asia", start: "2022-09-01", end: "2022-09-30" }], ["e0:2"]],
  ])("should fold %s", (_, specs, want) => {
    expect(tour(specs)).toEqual(want);
  });

  it.each<[string, Spec[]]>([
    ["a leg outside the region (日本)", [{ place: "japan", start: "2023-02-15" }, { place: "place:europe", start: "2023-02-01", end: "2023-02-28" }]],
    ["another month", [PARIS, { place: "place:europe", start: "2023-05-01", end: "2023-05-31" }]],
    ["another visitor", [{ ...PARIS, who: "xi" }, { place: "place:europe", start: "2023-02-01", end: "2023-02-28" }]],
    ["a tour that did not happen", [PARIS, { place: "place:europe", start: "2023-02-01", end: "2023-02-28", status: "not-happened" }]],
    ["a region with no leg", [{ place: "place:africa", start: "2023-02-01", end: "2023-02-28" }, { place: "place:europe", start: "2023-02-01", end: "2023-02-28" }]],
  ])("should keep apart %s", (_, specs) => {
    expect(tour(specs)).toHaveLength(2);
  });
});
