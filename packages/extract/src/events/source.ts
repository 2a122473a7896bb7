// Who says so: the outlet or body a sentence cites for its events (据路透社, 华尔街日报引述, 美联社在报道中指出).
import type { CompiledRules } from "./rules.ts";
import type { SentenceView } from "./view.ts";

interface Candidate {
  start: number;
  end: number;
  name: string;
}

/** The first source cited before `at`, by the organization's name; undefined when none is cited. */
export function reportedBy(view: SentenceView, rules: CompiledRules, at: number): string | undefined {
  const head = view.text.slice(0, at);
  const cands: Candidate[] = view.orgs
    .filter((o) => o.end <= at)
    .map((o) => ({ start: o.start, end: o.end, name: o.entity?.name ?? view.text.slice(o.start, o.end) }));
  for (const m of head.matchAll(rules.outlet)) {
    const c = { start: m.index, end: m.index + m[0].length, name: m[0] };
    if (!cands.some((o) => o.start <= c.start && c.end <= o.end)) cands.push(c);
  }
  // （德国之声中文网）…: the outlet's own dateline is not a cited source.
  const own = rules.datelinePrefix.exec(head)?.[0].length ?? 0;
  let best: Candidate | undefined;
  for (const c of cands) {
    if (c.start < own) continue;
    // 据美国《外交政策》杂志周二报导称 / 路透社从美国政府官员处获悉 / 美联社在报道中指出
    const lead = head.slice(Math.max(0, c.start - 5), c.start);
    const tail = head.slice(c.end, c.end + 14);
    const stop = tail.search(/[，。；：]/);
    const window = stop >= 0 ? tail.slice(0, stop) : tail;
    const cue = lead.search(rules.reportingBefore);
    const cited = (cue >= 0 && !/[，。；]/.test(lead.slice(cue))) || window.search(rules.reportingAfter) >= 0;
    // 路透社从美国政府官员处获悉: the outlet that speaks, not the officials it quotes.
    if (cited && (!best || c.start < best.start)) best = c;
  }
  return best?.name.replace(/[《》「」“”]/g, "");
}
