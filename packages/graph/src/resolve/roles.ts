// Role summaries: the same title at the same organization collapses into one role with its year span.
import type { Role } from "../model.ts";

/** Merges roles that share title, organization and country; most recent first. */
export function summarizeRoles(roles: Iterable<Role>): Role[] {
  const byKey = new Map<string, Role>();
  for (const r of roles) {
    const key = `${r.title}|${r.org ?? ""}|${r.country ?? ""}`;
    const seen = byKey.get(key);
    if (!seen) {
      byKey.set(key, { ...r });
      continue;
    }
    if (!seen.titleEn && r.titleEn) seen.titleEn = r.titleEn;
    if (r.since !== undefined && (seen.since === undefined || r.since < seen.since)) seen.since = r.since;
    if (r.until !== undefined && (seen.until === undefined || r.until > seen.until)) seen.until = r.until;
  }
  return [...byKey.values()].sort((a, b) => (b.since ?? 0) - (a.since ?? 0));
}

/** A role as one line: "国务卿 (Secretary of State, US)". */
export function roleLabel(r: Role): string {
  const extra = [r.titleEn, r.country].filter(Boolean).join(", ");
  const org = r.org && !r.title.startsWith(r.org) ? `${r.org}` : "";
  return `${org}${r.title}${extra ? ` (${extra})` : ""}`;
}
