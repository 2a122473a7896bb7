// Places events name that the name pass missed (将转往日本出席: 往日|本) become entities, so no event points nowhere.
import type { DocEntity, EventMention, Mention } from "../model.ts";
import type { Lexicon } from "../lexicon/index.ts";
import { namesOf } from "../lexicon/index.ts";

/** Lexicon kinds of place an event's fallback place may be given an entity for. */
const DESTINATION_KINDS = new Set(["country", "city"]);

/** Where in the quote the entry is written (any of its names, longest first), or undefined. */
function writtenAt(quote: string, names: string[]): { surface: string; at: number } | undefined {
  for (const n of [...names].sort((a, b) => b.length - a.length)) {
    const at = quote.indexOf(n);
    if (at >= 0 && n.length >= 2) return { surface: n, at };
  }
  return undefined;
}

/**
 * Appends to `entities` a lexicon country or city for every event place that has no entity yet (布林肯将转往日本 →
 * place:japan), with a mention where an event's quote writes it. Places the lexicon does not know are
 * left alone.
 */
export function addEventPlaces(entities: DocEntity[], events: readonly EventMention[], lexicon: Lexicon | undefined): void {
  if (!lexicon) return;
  const have = new Set(entities.map((e) => e.id));
  const added = new Map<string, DocEntity>();
  for (const ev of events) {
    if (!ev.place || have.has(ev.place)) continue;
    const entry = lexicon.byId(ev.place);
    // 亚太 (of 亚太经合组织) and other regions stay as they were: only a country or a city is a destination.
    if (!entry || entry.type !== "place" || !DESTINATION_KINDS.has(entry.kind ?? "")) continue;
    const names = namesOf(entry);
    let entity = added.get(entry.id);
    if (!entity) {
      entity = { id: entry.id, type: "place", name: entry.zh, nameEn: entry.en, aliases: names, country: entry.country ?? null, roles: [], known: true, mentions: [] };
      added.set(entry.id, entity);
    }
    const w = writtenAt(ev.quote, names);
    if (!w) continue;
    const m: Mention = { entity: entry.id, type: "place", surface: w.surface, document: ev.document, paragraph: ev.paragraph, start: ev.start + w.at, end: ev.start + w.at + w.surface.length, rule: "event-place" };
    if (!entity.mentions.some((x) => x.paragraph === m.paragraph && x.start === m.start)) entity.mentions.push(m);
  }
  for (const e of added.values()) entities.push(e);
}
