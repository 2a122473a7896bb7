// Groups candidates into the document's entities: one per lexicon id or per local name, with mentions and roles.
import type { DocEntity, Document, Mention } from "../model.ts";
import { namesOf } from "../lexicon/create.ts";
import type { LexiconEntry } from "../lexicon/types.ts";
import { simplifiedKey } from "../lexicon/normalize.ts";
import { englishNameOf } from "./english-name.ts";
import type { Knowledge } from "./knowledge.ts";
import { roleBefore } from "./roles.ts";
import { sameRole } from "./title-match.ts";
import { byFirstMention, byPosition, distinctRoles } from "./mentions.ts";
import { shortForms } from "./rules/07-same-name.ts";
import type { Candidate } from "./view.ts";

/** The id of a candidate's entity: its lexicon id, else `local:<normalized name>`. */
export function entityId(c: Candidate): string {
  return c.entry ? c.entry.id : `local:${simplifiedKey(c.name)}`;
}

/** The year a document speaks from: its publication date, else its dateline. */
export function yearOf(doc: Document): number | undefined {
  const d = doc.published ?? doc.dateline?.date ?? null;
  const y = d ? Number(d.slice(0, 4)) : NaN;
  return Number.isFinite(y) && y > 1900 ? y : undefined;
}

function mostCommon(values: (string | undefined)[]): string | null {
  const n = new Map<string, number>();
  for (const v of values) if (v) n.set(v, (n.get(v) ?? 0) + 1);
  let best: string | null = null;
  for (const [v, c] of n) if (best === null || c > (n.get(best) ?? 0)) best = v;
  return best;
}


/** How many characters before a bare surname may hold the organization of its title. */
const ORG_WINDOW = 12;

const shadowed = new WeakMap<Knowledge, Set<string>>();

/** Lexicon people one of whose names is another person's last part (桑德斯): only their mentions need the title check. */
function shadowedPeople(k: Knowledge): Set<string> {
  let ids = shadowed.get(k);
  if (ids) return ids;
  ids = new Set();
  for (const part of k.lastParts.keys()) for (const e of k.lexicon.lookup(part)) if (e.type === "person") ids.add(e.id);
  shadowed.set(k, ids);
  return ids;
}

/**
 * Gives names outside the lexicon a lexicon entry when the document itself ties them to one:
 * 伯恩斯(Nicholas Burns) by its English name; 约翰逊 as the last part of 迈克·约翰逊 when that lexicon
 * person is mentioned in the document, or 美国驻华大使伯恩斯 when the lexicon gives him that title
 * (the title first; only when exactly one lexicon person fits).
 */
export function resolveToLexicon(k: Knowledge, found: Candidate[], year?: number): void {
  const mentioned = new Set<string>();
  for (const c of found) if (c.entry?.type === "person") mentioned.add(c.entry.id);
  const shadow = shadowedPeople(k);
  for (const c of found) {
    if (c.type !== "person" || (c.entry && (c.entry.type !== "person" || c.nameEn || !shadow.has(c.entry.id)))) continue;
    const byEn = c.nameEn ? k.lexicon.lookup(c.nameEn).find((e) => e.type === "person") : undefined;
    let entry: LexiconEntry | undefined = byEn;
    // 白宫新闻秘书桑德斯: a bare name that is one person's whole name and another's last part goes by the title
    const own = c.entry;
    const bare = own ? k.lastParts.get(c.view.text.slice(c.start, c.end))?.filter((e) => e.id !== own.id) : undefined;
    const parts = own ? (bare?.length ? [own, ...bare] : undefined) : k.lastParts.get(c.name);
    if (!entry && parts) {
      // the title in front decides first (中情局局长伯恩斯), then the one full name in the document
      const role = roleBefore(k, c.view, c.start);
      // 美国外交关系委员会荣誉主席哈斯: the organization just before the title counts too
      const org = role ? (role.org ?? c.view.text.slice(Math.max(0, c.start - ORG_WINDOW), c.start)) : undefined;
      const fits = (e: LexiconEntry, when?: number) =>
        e.type === "person" && e.roles.some((r) => sameRole(k, r, role!.title, org) && (when === undefined || ((r.since ?? 0) <= when && when <= (r.until ?? 9999))));
      let byTitle = role ? parts.filter((e) => fits(e)) : [];
      // 国家安全顾问赖斯 in 2015: the one who held the title that year (not for 前国务卿)
      if (byTitle.length > 1 && year && !role!.title.startsWith("前")) byTitle = byTitle.filter((e) => fits(e, year));
      const inDoc = parts.filter((e) => mentioned.has(e.id));
      const fit = byTitle.length === 1 ? byTitle : own ? [] : inDoc;
      if (fit.length === 1) entry = fit[0];
    }
    if (entry) c.entry = entry;
  }
}

/** Builds DocEntities (mentions in document order) from every candidate of a document. */
export function buildEntities(doc: Document, k: Knowledge, found: Candidate[]): DocEntity[] {
  const year = yearOf(doc);
  resolveToLexicon(k, found, year);
  const short = shortForms(found);
  const groups = new Map<string, { c: Candidate; m: Mention }[]>();
  for (const c of found) {
    if (!c.entry && c.type === "person") c.name = short.get(c.name) ?? c.name;
    const id = entityId(c);
    const s = c.view.sentence;
    const role = c.role ?? (c.type === "person" ? roleBefore(k, c.view, c.start, year) : undefined);
    const m: Mention = {
      entity: id,
      type: c.type,
      surface: s.text.slice(c.start, c.end),
      document: doc.id,
      paragraph: s.paragraph,
      start: s.start + c.start,
      end: s.start + c.end,
      rule: c.rule,
    };
    if (role) m.role = role;
    const list = groups.get(id);
    if (list) list.push({ c, m });
    else groups.set(id, [{ c, m }]);
  }
  const out: DocEntity[] = [];
  for (const [id, list] of groups) {
    list.sort((a, b) => byPosition(a.m, b.m));
    const first = list[0]!.c;
    const entry = first.entry;
    const roles = distinctRoles(list.map(({ m }) => m));
    const names = list.map(({ c }) => c.name);
    const name = entry ? entry.zh : names.reduce((a, b) => (b.length > a.length ? b : a));
    const country = entry?.country ?? mostCommon(roles.map((r) => r.country));
    const nameEn = entry ? entry.en : (list.find(({ c }) => c.nameEn)?.c.nameEn ?? (first.type === "person" ? englishNameOf(name, country) : null));
    // 拜 of 拜习会 is no alias of Biden
    const surfaces = list.filter(({ m }) => m.rule !== "leader-pair").map(({ m }) => m.surface);
    const aliases = new Set<string>(entry ? namesOf(entry) : undefined);
    for (const n of names) aliases.add(n);
    for (const s of surfaces) aliases.add(s);
    if (!entry && nameEn) aliases.add(nameEn);
    for (const [s, full] of short) if (full === name) aliases.add(s);
    out.push({
      id,
      type: entry?.type ?? first.type,
      name,
      nameEn: nameEn ?? null,
      aliases: [...aliases],
      country: country ?? null,
      roles,
      known: entry !== undefined,
      mentions: list.map(({ m }) => m),
    });
  }
  return out.sort(byFirstMention);
}
