// Pieces shared by the Chinese and English entity builders: distinct roles and document order.
import type { DocEntity, Mention, Role } from "../model.ts";

const roleKey = (r: Role) => `${r.title}|${r.country ?? ""}|${r.org ?? ""}`;

/** The roles stated next to the mentions, each once, in mention order. */
export function distinctRoles(mentions: readonly Mention[]): Role[] {
  const roles = new Map<string, Role>();
  for (const m of mentions) if (m.role && !roles.has(roleKey(m.role))) roles.set(roleKey(m.role), m.role);
  return [...roles.values()];
}

/** Mentions in document order. */
export function byPosition(a: Mention, b: Mention): number {
  return a.paragraph - b.paragraph || a.start - b.start;
}

/** Entities in the order of their first mention. */
export function byFirstMention(a: DocEntity, b: DocEntity): number {
  return byPosition(a.mentions[0]!, b.mentions[0]!);
}
