// Places whose every mention lies inside a longer place mention (旧金山湾 inside 旧金山湾区): an event
// that names the shorter one means the longer one.
import type { DocEntity } from "@parley/extract/model";

interface Span {
  entity: string;
  paragraph: number;
  start: number;
  end: number;
}

/**
 * Place entity id → the id of the longer place whose mentions contain all of its own, within one
 * document's entities. Linear after one sort of the place mentions.
 * @example swallowedPlaces(entities).get("local:d:旧金山湾") // "local:d:旧金山湾区"
 */
export function swallowedPlaces(entities: readonly DocEntity[]): Map<string, string> {
  const spans: Span[] = [];
  for (const e of entities) {
    if (e.type !== "place") continue;
    for (const m of e.mentions) spans.push({ entity: e.id, paragraph: m.paragraph, start: m.start, end: m.end });
  }
  spans.sort((a, b) => a.paragraph - b.paragraph || a.start - b.start || b.end - a.end);
  const inside = new Map<string, string | null>();
  let outer: Span | null = null;
  for (const s of spans) {
    const within = outer && outer.paragraph === s.paragraph && outer.end >= s.end && outer.entity !== s.entity && outer.end - outer.start > s.end - s.start;
    const prev = inside.get(s.entity);
    // null: some mention stands alone, or sits in two different longer places.
    if (!within) inside.set(s.entity, null);
    else if (prev === undefined) inside.set(s.entity, outer!.entity);
    else if (prev !== outer!.entity) inside.set(s.entity, null);
    if (!within && (!outer || outer.paragraph !== s.paragraph || s.end > outer.end)) outer = s;
  }
  const out = new Map<string, string>();
  for (const [id, by] of inside) if (by) out.set(id, by);
  return out;
}
