// Rule 10 (whole document): a surname and a title stand for the person who holds it: 赖总统 → 赖清德, 习主席 → 习近平,
// 尹总统 → 尹锡悦, 高市首相 → 高市早苗. The person the document names is preferred, else the one lexicon person holding
// the title that year.
import type { LexiconEntry, PersonEntry } from "../../lexicon/types.ts";
import { allHan, surnameLength } from "../data/chars.ts";
import type { Knowledge } from "../knowledge.ts";
import { claim, free, type Candidate, type SentenceView } from "../view.ts";

/** Titles said after a surname, and the lexicon role titles each may stand for (by ending). */
export const SURNAME_TITLES: Record<string, readonly string[]> = {
  总统: ["总统"], 副总统: ["副总统"], 前总统: ["总统"], 主席: ["主席"], 副主席: ["副主席"], 总理: ["总理"], 副总理: ["副总理"],
  首相: ["首相", "总理"], 院长: ["院长"], 部长: ["部长"], 外长: ["外交部长", "外交部长官", "外长", "外相", "外务相", "外务大臣"],
  防长: ["国防部长", "国防部长官", "防长", "防卫大臣", "防卫相"], 议长: ["议长"], 委员长: ["委员长"], 特首: ["行政长官"], 大使: ["大使"],
  市长: ["市长"], 主委: ["主委", "主任委员"], 秘书长: ["秘书长"], 总书记: ["总书记"],
  外相: ["外务大臣", "外相"], 防卫相: ["防卫大臣", "防卫相"], 防相: ["防卫大臣", "防卫相"], 官房长官: ["官房长官"],
  财务相: ["财务大臣"], 经产相: ["经济产业大臣"], 大臣: ["大臣"], 知事: ["知事"], 干事长: ["干事长"], 党首: ["党首"],
};

/** Countries whose family names are the first one to three characters of the name (高市早苗 → 高市, 林芳正 → 林). */
const PREFIX_COUNTRIES = new Set(["JP"]);

/** Countries whose people are called by surname + title (their lexicon names start with a Chinese surname). */
const SURNAME_COUNTRIES = new Set(["CN", "TW", "HK", "MO", "SG", "MY", "KR", "KP", "VN"]);

const TITLES = Object.keys(SURNAME_TITLES).sort((a, b) => b.length - a.length);
/** Ranks in TITLES of the titles by their first character: one array read per character, not one search per title. */
const BY_FIRST: number[][] = [[]];
const FIRSTS = new Uint8Array(65536);
TITLES.forEach((t, rank) => {
  const c = t.charCodeAt(0);
  if (FIRSTS[c] === 0) FIRSTS[c] = BY_FIRST.push([]) - 1;
  BY_FIRST[FIRSTS[c]!]!.push(rank);
});
const bySurname = new WeakMap<Knowledge, Map<string, PersonEntry[]>>();

function surnameIndex(k: Knowledge): Map<string, PersonEntry[]> {
  let index = bySurname.get(k);
  if (index) return index;
  index = new Map();
  for (const e of k.lexicon.entries) {
    if (e.type !== "person" || !allHan(e.zh) || e.zh.length < 2) continue;
    let surnames: string[] = [];
    const country = e.country ?? "";
    if (PREFIX_COUNTRIES.has(country)) for (let n = 1; n <= Math.min(3, e.zh.length - 1); n++) surnames.push(e.zh.slice(0, n));
    else if (SURNAME_COUNTRIES.has(country) && e.zh.length <= 4) surnames = [e.zh.slice(0, surnameLength(e.zh) || 1)];
    for (const s of surnames) {
      const list = index.get(s);
      if (list) list.push(e);
      else index.set(s, [e]);
    }
  }
  bySurname.set(k, index);
  return index;
}

/** Whether a role title is one the spoken title stands for (总统 is not 副总统). */
function fits(roleTitle: string, said: string): boolean {
  return SURNAME_TITLES[said]!.some((t) => roleTitle.endsWith(t) && (t.startsWith("副") || !roleTitle.endsWith(`副${t}`)));
}

/** The one person a surname + title names, or undefined. */
export function holderOf(k: Knowledge, surname: string, said: string, mentioned: ReadonlySet<string>, year?: number): LexiconEntry | undefined {
  const people = (surnameIndex(k).get(surname) ?? []).filter((e) => e.roles.some((r) => fits(r.title, said)));
  const inDoc = people.filter((e) => mentioned.has(e.id));
  if (inDoc.length) return inDoc.length === 1 ? inDoc[0] : undefined;
  if (year === undefined) return undefined;
  const former = said.startsWith("前");
  const held = people.filter((e) => e.roles.some((r) => fits(r.title, said) && (former ? (r.until ?? 9999) < year : (r.since ?? 0) <= year && year <= (r.until ?? 9999))));
  return held.length === 1 ? held[0] : undefined;
}

/**
 * Where the titles occur in text (never at 0), in the order of a search per title, longest title first:
 * each hit is `rank * text.length + at`, sorted.
 */
function titlesIn(text: string): number[] {
  const hits: number[] = [];
  for (let at = 1; at < text.length; at++) {
    const group = FIRSTS[text.charCodeAt(at)]!;
    if (group !== 0) for (const rank of BY_FIRST[group]!) if (text.startsWith(TITLES[rank]!, at)) hits.push(rank * text.length + at);
  }
  return hits.sort((a, b) => a - b);
}

/** Adds `surname-title` mentions: a surname starting a word, then a title ending one (赖|总统, not 总统府). */
export function surnameTitles(k: Knowledge, views: readonly SentenceView[], found: Candidate[], year?: number): void {
  const mentioned = new Set<string>();
  // unknown names by sentence and span, to hand 高市 of 高市首相 to the holder
  const locals = new Map<SentenceView, Map<number, Candidate>>();
  for (const c of found) {
    if (c.entry?.type === "person") mentioned.add(c.entry.id);
    else if (!c.entry && c.type === "person") {
      const byView = locals.get(c.view) ?? new Map<number, Candidate>();
      byView.set(c.start * 8 + Math.min(c.end - c.start, 7), c);
      locals.set(c.view, byView);
    }
  }
  for (const v of views) {
    const { text } = v;
    for (const hit of titlesIn(text)) {
      const at = hit % text.length;
      const said = TITLES[(hit - at) / text.length]!;
      const end = at + said.length;
      if (v.endsAt[end]! < 0 && v.startsAt[end]! < 0 && end < text.length) continue;
      for (const n of [3, 2, 1]) {
        const start = at - n;
        if (start < 0 || v.startsAt[start]! < 0) continue;
        // 高市首相: a context rule may have taken 高市 as an unknown name; the holder of the title names it
        const local = locals.get(v)?.get(start * 8 + n);
        if (!local && !free(v, start, end)) continue;
        const entry = holderOf(k, text.slice(start, at), said, mentioned, year);
        if (!entry) continue;
        if (local) {
          local.entry = entry;
          local.name = entry.zh;
          break;
        }
        found.push({ view: v, start, end, type: "person", rule: "surname-title", name: entry.zh, entry });
        claim(v, start, end);
        break;
      }
    }
  }
}
