// Clues from terms about to begin or end: 美国候任总统特朗普 · 总统当选人拜登 · 即将卸任的奥巴马 · 行将离任的拜登.
import type { Extraction } from "../model.ts";
import { addDays } from "../time/calendar.ts";
import type { DayWindow, WorldClue } from "./clues.ts";
import { officeTerms, termedPeople, termsLabel, type OfficeTerm, type OfficeTerms } from "./offices.ts";

/** Options of electClues. */
export interface ElectClueOptions {
  /** Days before a term's first day that its holder may be called elect (an election, then the count and the handover). */
  electDays: number;
  /** Days before a term's last day that its holder may be called outgoing. */
  outgoingDays: number;
}

/** Defaults: elect up to eight months before (Indonesia: February to October), outgoing up to four. */
export const DEFAULT_ELECT_CLUE_OPTIONS: ElectClueOptions = { electDays: 250, outgoingDays: 120 };

const TITLE = "(?:总统|首相|总理|国务卿|副总统|外长|外交部长|国防部长|防长|行政长官|特首|领导人)";
// 候任总统 · 当选总统 · 准总统 · 总统当选人 right before the name (a country or 美国 may come first).
const ELECT_BEFORE = new RegExp(`(?:(?:候任|当选|准)${TITLE}|${TITLE}当选人|当选人)[的]?$`);
// 即将卸任的奥巴马 · 行将离任的拜登总统 · 任期即将届满的.
const OUTGOING_BEFORE = /(?:即将|行将|将要|快要)(?:卸任|离任|下台|交棒)的?(?:美国|美方)?(?:总统|首相|总理|国务卿)?$/;
// 奥巴马即将卸任 · 拜登行将离任前: after the name.
const OUTGOING_AFTER = /^(?:总统|首相|总理|国务卿)?(?:即将|行将|将要|快要)(?:卸任|离任|下台|交棒)/;
/** Characters before a mention looked at for its title. */
const BEFORE = 12;

/** The windows of one kind for a person's terms: before the first day (elect) or the last (outgoing). */
function windowsOf(terms: readonly OfficeTerm[], kind: "elect" | "outgoing", opts: ElectClueOptions): DayWindow[] {
  if (kind === "elect") return terms.map((t) => ({ lo: addDays(t.since, -opts.electDays), hi: addDays(t.since, -1) }));
  return terms.filter((t) => t.until !== undefined).map((t) => ({ lo: addDays(t.until as string, -opts.outgoingDays), hi: addDays(t.until as string, -1) }));
}

/**
 * Clues from people called elect or outgoing: 候任总统特朗普, 美國總統當選人拜登 put the article in the months before
 * one of the person's terms began (one window per term of the lexicon's office days); 即将卸任的奥巴马 in the months
 * before one ended. Weak clues: they bound the article, a strong clue decides when they conflict.
 *
 * @example electClues(extract("美国候任总统特朗普2日与蔡英文通电话")) // [{ windows: [2016-05-14..2017-01-19, 2024-05-15..2025-01-19], ... }]
 */
export function electClues(extraction: Extraction, terms: OfficeTerms = officeTerms(), options: Partial<ElectClueOptions> = {}): WorldClue[] {
  const opts = { ...DEFAULT_ELECT_CLUE_OPTIONS, ...options };
  const clues: WorldClue[] = [];
  for (const { entity, list } of termedPeople(extraction, terms)) {
    const kinds = new Set<"elect" | "outgoing">();
    for (const m of entity.mentions) {
      const text = extraction.document.paragraphs[m.paragraph]?.simplified ?? "";
      const before = text.slice(Math.max(0, m.start - BEFORE), m.start).replace(/[（(][^）)]*[）)]$/, "");
      if (ELECT_BEFORE.test(before)) kinds.add("elect");
      else if (OUTGOING_BEFORE.test(before) || OUTGOING_AFTER.test(text.slice(m.end, m.end + 10))) kinds.add("outgoing");
    }
    for (const kind of kinds) {
      const windows = windowsOf(list, kind, opts);
      if (windows.length > 0) clues.push({ windows, strong: false, basis: `${entity.name} ${kind} (${termsLabel(list)})` });
    }
  }
  return clues;
}
