// Groups English candidates into the document's entities: one per lexicon id or per local English name.
import type { DocEntity, Document, Mention } from "../model.ts";
import { namesOf, normalizeKey, type Lexicon } from "../lexicon/index.ts";
import { spanOf, type EnCandidate } from "./candidates.ts";
import { roleBeforeEn, titlesByEnglish } from "./roles.ts";
import { words } from "./words.ts";
import { byFirstMention, byPosition, distinctRoles } from "../entities/mentions.ts";

/** The id of a candidate: its lexicon id, else `local:<normalized English name>` as the Chinese passes build them. */
export function englishEntityId(c: EnCandidate): string {
  return c.entry ? c.entry.id : `local:${normalizeKey(c.name)}`;
}

function yearOf(doc: Document): number | undefined {
  const y = Number((doc.published ?? doc.dateline?.date ?? "").slice(0, 4));
  return y > 1900 ? y : undefined;
}

/** Local people called by their last name only take the full name the document gives once (Kritenbrink). */
function joinLocalShortForms(found: EnCandidate[]): void {
  const full = new Map<string, string | null>();
  for (const c of found) {
    if (c.entry || c.type !== "person") continue;
    const ws = words(c.name);
    if (ws.length < 2) continue;
    for (const part of [ws[0]!.text, ws[ws.length - 1]!.text]) {
      const prev = full.get(part);
      full.set(part, prev === undefined || prev === c.name ? c.name : null);
    }
  }
  for (const c of found) {
    if (c.entry || c.type !== "person") continue;
    const name = full.get(c.name);
    if (name) c.name = name;
  }
}


/** Builds DocEntities (mentions in document order) from the English candidates of a document. */
export function buildEnglishEntities(doc: Document, lexicon: Lexicon, found: EnCandidate[]): DocEntity[] {
  joinLocalShortForms(found);
  const titles = titlesByEnglish(lexicon);
  const year = yearOf(doc);
  const groups = new Map<string, { c: EnCandidate; m: Mention }[]>();
  for (const c of found) {
    const id = englishEntityId(c);
    const s = c.sentence;
    const { start, end } = spanOf(c);
    const role = c.type === "person" ? roleBeforeEn(c.words, c.from, titles, year) : undefined;
    const m: Mention = {
      entity: id,
      type: c.type,
      surface: s.text.slice(start, end),
      document: doc.id,
      paragraph: s.paragraph,
      start: s.start + start,
      end: s.start + end,
      rule: c.rule,
      ...(role && { role }),
    };
    const list = groups.get(id);
    if (list) list.push({ c, m });
    else groups.set(id, [{ c, m }]);
  }
  const out: DocEntity[] = [];
  for (const [id, list] of groups) {
    list.sort((a, b) => byPosition(a.m, b.m));
    const { entry, type, name } = list[0]!.c;
    const roles = distinctRoles(list.map(({ m }) => m));
    const aliases = new Set<string>([...(entry ? namesOf(entry) : [name]), ...list.map(({ m }) => m.surface)]);
    out.push({
      id,
      type: entry?.type ?? type,
      name: entry ? entry.zh : name,
      nameEn: entry ? entry.en : name,
      aliases: [...aliases],
      country: entry?.country ?? roles.find((r) => r.country)?.country ?? null,
      roles,
      known: entry !== undefined,
      mentions: list.map(({ m }) => m),
    });
  }
  return out.sort(byFirstMention);
}
