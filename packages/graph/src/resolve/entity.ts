// One resolved Entity from the records of a cluster: canonical name, stable id, every alias.
import type { Entity } from "../model.ts";
import { slug } from "../text/ids.ts";
import type { Rec } from "./keys.ts";
import { summarizeRoles } from "./roles.ts";

/** The Entity of a cluster; a local cluster gets a stable slug id not yet `taken`. */
export function merged(recs: Rec[], known: string | null, taken: Set<string>): Entity {
  const first = recs.find((r) => r.known === known) ?? recs[0]!;
  const weight = new Map<string, number>();
  for (const r of recs) for (const [n, w] of r.weight) weight.set(n, (weight.get(n) ?? 0) + w);
  const name = known
    ? [...first.weight.keys()][0] ?? [...first.names][0]!
    : [...weight].sort((a, b) => b[1] - a[1] || a[0].length - b[0].length)[0]![0];
  const nameEn = first.nameEn ?? recs.find((r) => r.nameEn)?.nameEn ?? null;
  const type = first.type;
  let id = known;
  if (!id) {
    const base = `${type}:${slug(nameEn ?? name) || slug(name) || "unnamed"}`;
    id = base;
    for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
    taken.add(id);
  }
  const aliases = new Set<string>();
  for (const r of recs) for (const n of r.names) if (n !== name) aliases.add(n);
  if (nameEn && nameEn !== name) aliases.add(nameEn);
  const entity: Entity = {
    id,
    type,
    name,
    nameEn,
    aliases: [...aliases],
    country: first.country ?? recs.find((r) => r.country)?.country ?? null,
    roles: summarizeRoles(recs.flatMap((r) => r.roles)),
    documents: [...new Set(recs.flatMap((r) => [...r.documents]))],
    mentions: recs.flatMap((r) => r.mentions),
  };
  const within = recs.find((r) => r.within.length)?.within;
  if (within) entity.within = [...within];
  return entity;
}

