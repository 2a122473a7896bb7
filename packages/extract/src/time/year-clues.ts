// Clues that date a text by its year alone: numbered annual meetings (第78届联合国大会 → 2023) and the URL.
import type { Document } from "../model.ts";
import { isoDay } from "./calendar.ts";
import { parseNumber } from "./numerals.ts";

/** A numbered annual event whose session N falls in year `base + N`. */
export interface YearClue {
  name: string;
  /** Regex source; group 1 is the session number. */
  pattern: string;
  base: number;
}

/** Annual sessions: 第78届联合国大会 (2023), 第六届进博会 (2023). */
export const YEAR_CLUES: readonly YearClue[] = [
  { name: "un-general-assembly", pattern: "第([0-9０-９]{2,3}|[一二三四五六七八九十]{2,4})[届屆](?:联合国大会|聯合國大會|联大|聯大)", base: 1945 },
  {
    name: "import-expo",
    pattern: "第([0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})[届屆](?:(?:中国国际|中國國際)?(?:进口博览会|進口博覽會)|进博会|進博會)",
    base: 2017,
  },
];
const CLUE_RES = YEAR_CLUES.map((c) => ({ clue: c, re: new RegExp(c.pattern) }));

/** The year a numbered annual session in the text points to, with the phrase; null when there is none. */
export function yearFromClues(doc: Document): { year: number; basis: string } | null {
  for (const p of doc.paragraphs) {
    for (const { clue, re } of CLUE_RES) {
      const m = re.exec(p.simplified);
      const n = m ? parseNumber(m[1] ?? "") : null;
      if (m && n !== null) return { year: clue.base + n, basis: `${m[0]} → ${clue.base + n}` };
    }
  }
  return null;
}

const URL_DATE = /(?:^|[^0-9])(20[0-9]{2})[-/]?([01][0-9])[-/]?([0-3][0-9])(?![0-9])/;
const URL_SHORT_DATE = /\/([0-9]{2})\/([01]?[0-9])\/([0-3]?[0-9])\//;

/** A date written in the document's URL (/20231004-..., /gb/23/10/26/...); null when there is none. */
export function dateFromUrl(url: string | null): string | null {
  if (!url) return null;
  const path = url.replace(/^[a-z]+:\/\/[^/]+/i, "");
  const m = URL_DATE.exec(path);
  if (m) return isoDay(Number(m[1]), Number(m[2]), Number(m[3]));
  const s = URL_SHORT_DATE.exec(path);
  return s ? isoDay(2000 + Number(s[1]), Number(s[2]), Number(s[3])) : null;
}
