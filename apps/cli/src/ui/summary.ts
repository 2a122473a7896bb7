// The one-line summary `parley build` prints at the end, with the skipped files grouped by reason.

/** What a build did. */
export interface BuildSummary {
  read: number;
  skipped: { path: string; reason: string }[];
  written: { entities: number; events: number; files: string[] };
  outDir: string;
  ms: number;
}

/** "parley: read 5 documents, skipped 1 (empty file: 1); 31 entities, 22 events → out/ in 1.4 s" */
export function summarize(s: BuildSummary): string {
  const reasons = new Map<string, number>();
  for (const { reason } of s.skipped) {
    const key = reason.split(":")[0]!.trim();
    reasons.set(key, (reasons.get(key) ?? 0) + 1);
  }
  const why = [...reasons].map(([r, n]) => `${r}: ${n}`).join(", ");
  const skipped = s.skipped.length ? `, skipped ${s.skipped.length} (${why})` : ", skipped 0";
  const files = s.written.files.join(", ");
  return `parley: read ${s.read} documents${skipped}; ${s.written.entities} entities, ${s.written.events} events → ${s.outDir}/ (${files}) in ${(s.ms / 1000).toFixed(1)} s`;
}
