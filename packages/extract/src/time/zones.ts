// Newsroom time zones: a published time given in UTC is read as the newsroom's local day, since that is
// the day its 今天 and 昨天 mean (a Taipei story stamped 2023-11-15T23:30Z was written on 11-16).
import { addDays, isoDay } from "./calendar.ts";

/** Hours east of UTC (standard time) of outlets whose newsroom zone is clear, by the ingest outlet name. */
export const OUTLET_UTC_OFFSETS: Readonly<Record<string, number>> = {
  RFI: 1, DW: 1, BBC: 0, "BBC Chinese": 0, VOA: -5, RFA: -5, "Epoch Times": -5, NTD: -5,
  "联合早报 Lianhe Zaobao": 8, CNA: 8, UDN: 8, "Liberty Times": 8, HK01: 8, SCMP: 8, "Ming Pao": 8,
  "Stand News": 8, "星洲日报 Sin Chew Daily": 8, "China Press": 8, "Oriental Daily (Malaysia)": 8, Xinhua: 8,
  "People's Daily": 8, "Global Times": 8, "China Times": 8, "Storm Media": 8, "China Daily": 8, CCTV: 8,
  "The Paper": 8, Guancha: 8, "Tencent News": 8, NetEase: 8, Sina: 8, Phoenix: 8, RTHK: 8, HKET: 8,
  "Sing Tao": 8, SETN: 8, ETtoday: 8, "The Reporter": 8, Initium: 8, "8world": 8,
};

const DAY = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)/;
const UTC_TIME = /^\d{4}-\d{2}-\d{2}[T ](\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]00:?00)$/i;

/**
 * The day of a stated publication date (2023-10-26, 2023-10-26T22:57:12Z, 2023/10/26); a UTC time is
 * moved into the outlet's zone when `offsets` knows the outlet. Null when it is not a date.
 */
export function publishedDay(
  published: string | null,
  outlet: string | null,
  offsets: Readonly<Record<string, number>> = OUTLET_UTC_OFFSETS,
): string | null {
  const text = published?.trim() ?? "";
  const m = DAY.exec(text);
  const day = m ? isoDay(Number(m[1]), Number(m[2]), Number(m[3])) : null;
  if (!day) return null;
  const offset = outlet ? offsets[outlet] : undefined;
  const t = offset === undefined ? null : UTC_TIME.exec(text);
  if (!t || offset === undefined) return day;
  const minutes = Number(t[1]) * 60 + Number(t[2]) + offset * 60;
  return addDays(day, Math.floor(minutes / 1440));
}
