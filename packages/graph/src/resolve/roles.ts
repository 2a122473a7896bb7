// Role summaries: the same title at a compatible organization and country collapses into one role
// with its year span (国家安全顾问 with and without "US" is one role).
import type { Role } from "../model.ts";

const fits = (a: string | undefined, b: string | undefined) => !a || !b || a === b;

/** Merges roles that share a title and whose organization and country agree or are missing; most recent first. */
export function summarizeRoles(roles: Iterable<Role>): Role[] {
  const byTitle = new Map<string, Role[]>();
  for (const r of roles) {
    const group = byTitle.get(r.title) ?? [];
    if (!byTitle.has(r.title)) byTitle.set(r.title, group);
    const seen = group.find((g) => fits(g.org, r.org) && fits(g.country, r.country));
    if (!seen) {
      group.push({ ...r });
      continue;
    }
    seen.titleEn ??= r.titleEn;
    seen.org ??= r.org;
    seen.country ??= r.country;
    if (r.since !== undefined && (seen.since === undefined || r.since < seen.since)) seen.since = r.since;
    if (r.until !== undefined && (seen.until === undefined || r.until > seen.until)) seen.until = r.until;
  }
  return [...byTitle.values()].flat().sort((a, b) => (b.since ?? 0) - (a.since ?? 0));
}

/** A role as one line: "国务卿 (Secretary of State, US)". */
export function roleLabel(r: Role): string {
  const extra = [r.titleEn, r.country].filter(Boolean).join(", ");
  const org = r.org && !r.title.startsWith(r.org) ? `${r.org}` : "";
  return `${org}${r.title}${extra ? ` (${extra})` : ""}`;
}
