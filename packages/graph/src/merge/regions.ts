// A visit to a region of several countries is the tour its legs make: 王毅此次欧洲之行 (欧洲, February) is
// the trip whose legs 法国, 意大利, 匈牙利 and 莫斯科 other sentences date; 非洲四国之行, 东南亚之行, 中亚之行 alike.
import type { TimelineEvent } from "../model.ts";
import { intervalOf, overlaps } from "../time/days.ts";
import { around } from "./around.ts";
import { addSources } from "./finish.ts";
import { datedByKindPeople, firstParagraph, sameHappening, type DatedEvent } from "./indexed.ts";
import { kindPeopleKey } from "./plan-keys.ts";
import type { PlaceRelations } from "./places.ts";

const EUROPE = "AL AD AT BY BE BA BG HR CY CZ DK EE FI FR DE GR HU IS IE IT XK LV LI LT LU MT MD MC ME NL MK NO PL PT RO RU SM RS SK SI ES SE CH UA GB VA";
const AFRICA = "DZ AO BJ BW BF BI CV CM CF TD KM CG CD CI DJ EG GQ ER SZ ET GA GM GH GN GW KE LS LR LY MG MW ML MR MU MA MZ NA NE NG RW ST SN SC SL SO ZA SS SD TZ TG TN UG ZM ZW";
const SOUTH_AMERICA = "AR BO BR CL CO EC GY PY PE SR UY VE";
const CENTRAL_AMERICA = "BZ CR SV GT HN NI PA MX";
const CARIBBEAN = "AG BS BB CU DM DO GD HT JM KN LC VC TT";
const MIDDLE_EAST = "BH CY EG IR IQ IL JO KW LB OM PS QA SA SY TR AE YE";

/** Region place ids of the lexicon → the ISO codes of the countries in them (space-separated). */
export const REGION_COUNTRIES: Record<string, string> = {
  "place:europe": EUROPE,
  "place:eastern-europe": "BY BG CZ HU MD PL RO RU SK UA EE LV LT",
  "place:western-europe": "AT BE FR DE IE LI LU MC NL CH GB",
  "place:balkans": "AL BA BG HR XK ME MK RO RS SI GR",
  "place:africa": AFRICA,
  "place:north-africa": "DZ EG LY MA SD TN",
  "place:southeast-asia": "BN KH ID LA MY MM PH SG TH TL VN",
  "place:central-asia": "KZ KG TJ TM UZ",
  "place:south-asia": "AF BD BT IN MV NP PK LK",
  "place:middle-east": MIDDLE_EAST,
  "place:west-asia": MIDDLE_EAST,
  "place:latin-america": `${SOUTH_AMERICA} ${CENTRAL_AMERICA} ${CARIBBEAN}`,
  "place:south-america": SOUTH_AMERICA,
  "place:central-america": CENTRAL_AMERICA,
  "place:caribbean": CARIBBEAN,
  "place:pacific-islands": "FJ KI MH FM NR PW PG WS SB TO TV VU",
  "place:south-pacific": "AU NZ FJ KI MH FM NR PW PG WS SB TO TV VU",
  "place:northeast-asia": "CN JP KR KP MN RU",
  "place:east-asia": "CN JP KR KP MN TW",
};

const MEMBERS = new Map(Object.entries(REGION_COUNTRIES).map(([id, codes]) => [id, new Set(codes.split(" "))]));

/** Longest leg (days) a region's visit folds into: a month; a longer one is a summary, no leg. */
const MAX_LEG_DAYS = 31;

/**
 * Folds each visit to a region (see REGION_COUNTRIES) into a visit of the same people to a country of
 * that region at overlapping dates: the one its own article reports first, else the earliest. Whether it
 * happened must agree. Returns the remaining events.
 */
export function joinRegionTours(events: TimelineEvent[], places: PlaceRelations): TimelineEvent[] {
  const members = MEMBERS;
  const legs = datedByKindPeople(
    events,
    (e, iv) => e.type === "visit" && !!e.place && !!places.countryOf(e.place) && !members.has(e.place) && iv.hi - iv.lo + 1 <= MAX_LEG_DAYS,
  );
  const gone = new Set<TimelineEvent>();
  for (const e of events) {
    const region = e.type === "visit" && e.place ? members.get(e.place) : undefined;
    const iv = intervalOf(e.start, e.end);
    if (!region || !iv) continue;
    const docs = new Set(e.sources.map((s) => s.document));
    const first = (l: DatedEvent) => firstParagraph(l.event, docs);
    const fits = around(legs.get(kindPeopleKey(e)) ?? [], iv.lo, iv.hi, MAX_LEG_DAYS).filter(
      (l) => overlaps(l.iv, iv) && region.has(places.countryOf(l.event.place!)!) && sameHappening(l.event, e),
    );
    const leg = fits.map((l) => ({ l, at: first(l) })).sort((a, b) => a.at - b.at || a.l.iv.lo - b.l.iv.lo)[0]?.l;
    if (!leg) continue;
    addSources(leg.event, e, leg.iv);
    gone.add(e);
  }
  return gone.size ? events.filter((e) => !gone.has(e)) : events;
}
