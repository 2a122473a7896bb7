// Builds the indexed Lexicon from parsed sources: later sources replace entries with the same id.
import { normalizeKey } from "./normalize.ts";
import type { Lexicon, LexiconEntry, LexiconSource, PersonEntry, PlaceEntry, TitleEntry } from "./types.ts";
import { parseLexicon } from "./validate.ts";

/** Every name of an entry: canonical names, aliases, English. */
export function namesOf(e: LexiconEntry): string[] {
  return [e.zh, ...(e.zhHant ? [e.zhHant] : []), ...e.aliases, e.en];
}

function push<V>(map: Map<string, V[]>, key: string, value: V, same: (a: V, b: V) => boolean): void {
  if (!key) return;
  const list = map.get(key);
  if (!list) map.set(key, [value]);
  else if (!list.some((x) => same(x, value))) list.push(value);
}

/**
 * Validates and indexes lexicon sources, in order (built-in first, then user files).
 * A later entry with an existing id replaces the earlier one; a later title with the same name too.
 */
export function createLexicon(sources: readonly LexiconSource[]): Lexicon {
  const byId = new Map<string, LexiconEntry>();
  const titleByName = new Map<string, TitleEntry>();
  for (const { file, data } of sources) {
    const parsed = parseLexicon(file, data);
    for (const e of parsed.entries) {
      byId.delete(e.id);
      byId.set(e.id, e);
    }
    for (const t of parsed.titles) titleByName.set(normalizeKey(t.zh), t);
  }
  const entries = [...byId.values()];
  const index = new Map<string, LexiconEntry[]>();
  const abbrevs = new Map<string, PersonEntry[]>();
  const shorts = new Map<string, PlaceEntry[]>();
  const sameEntry = (a: LexiconEntry, b: LexiconEntry) => a.id === b.id;
  for (const e of entries) {
    for (const name of namesOf(e)) push(index, normalizeKey(name), e, sameEntry);
    if (e.type === "person") for (const a of e.abbrev) push(abbrevs, normalizeKey(a), e, sameEntry);
    if (e.type === "place") for (const s of e.zhShort) push(shorts, normalizeKey(s), e, sameEntry);
  }
  const titleIndex = new Map<string, TitleEntry>();
  for (const t of titleByName.values()) {
    for (const name of [t.zh, t.zhHant]) if (name) titleIndex.set(normalizeKey(name), t);
  }
  return {
    entries,
    titles: [...titleByName.values()],
    files: sources.map((s) => s.file),
    index,
    abbrevs,
    shorts,
    lookup: (name) => index.get(normalizeKey(name)) ?? [],
    byId: (id) => byId.get(id),
    title: (name) => titleIndex.get(normalizeKey(name)),
  };
}
