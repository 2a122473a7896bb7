// The calendar of multilateral summits (lexicon/world/summits.json): which meeting a sentence names, by forum and host city.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

/** One meeting of a forum: its first and last day and the words that single it out (host city, ordinal). */
export interface Summit {
  forum: string;
  start: string;
  end: string;
  marks: string[];
}

/** A forum's names: regex sources of its core names and of the words that may follow (峰会, 领导人会议). */
export interface Forum {
  id: string;
  cores: string[];
  suffixes: string[];
}

/** A summit named in a text, with the meetings it can be (one when a host city or ordinal singles it out). */
export interface SummitMention {
  forum: string;
  start: number;
  end: number;
  surface: string;
  candidates: Summit[];
  /** True when a mark or a written year chose the candidates (false: every meeting of the forum). */
  marked: boolean;
}

/** The calendar file shipped with the lexicon. */
export const SUMMITS_FILE = fileURLToPath(new URL("../../lexicon/world/summits.json", import.meta.url));

/** Characters looked at before and after a summit's name for its host city, ordinal or year. */
const BEFORE = 24;
const AFTER = 12;
const SENTENCE_END = /[。！？!?]/;
const WRITTEN_YEAR = /((?:19|20)[0-9]{2})年/g;

/** Finds summits in text by the calendar's forums and meetings. */
export class SummitCalendar {
  private readonly re: RegExp;
  private readonly forumOfGroup: string[];
  private readonly byForum = new Map<string, Summit[]>();

  constructor(forums: readonly Forum[], summits: readonly Summit[]) {
    this.forumOfGroup = forums.map((f) => f.id);
    const bracket = "(?:[（(][^）)]{1,16}[）)])?";
    // 亚太经合组织第三十次领导人非正式会议 · 金砖国家领导人第十六次会晤: an ordinal may come between.
    const ordinal = "(?:领导人)?(?:第[0-9一二三四五六七八九十百]{1,4}[次届])?";
    const alts = forums.map((f) => `((?:${f.cores.join("|")})${bracket}${ordinal}(?:${f.suffixes.map((s) => s || "(?:)").join("|")}))`);
    this.re = new RegExp(alts.join("|"), "g");
    for (const s of [...summits].sort((a, b) => a.start.localeCompare(b.start))) this.byForum.set(s.forum, [...(this.byForum.get(s.forum) ?? []), s]);
  }

  /** Every meeting of a forum, in calendar order. */
  meetings(forum: string): readonly Summit[] {
    return this.byForum.get(forum) ?? [];
  }

  /**
   * The summits a text names: 前往秘鲁首都利马出席亚太经合组织（APEC）领导人会议 → APEC 2016 or 2024 (both in Lima);
   * 2022年二十国集团峰会 → the 2022 one; a bare 香格里拉对话 → every meeting, unmarked.
   */
  find(text: string): SummitMention[] {
    const out: SummitMention[] = [];
    this.re.lastIndex = 0;
    for (let m = this.re.exec(text); m; m = this.re.exec(text)) {
      const group = m.slice(1).findIndex((g) => g !== undefined);
      const forum = this.forumOfGroup[group];
      if (!forum) continue;
      const [start, end] = [m.index, m.index + m[0].length];
      const around = sentenceWindow(text, start, end);
      const years = new Set([...around.matchAll(WRITTEN_YEAR)].map((y) => y[1] ?? ""));
      let candidates = this.meetings(forum).filter((s) => s.marks.some((k) => around.includes(k)));
      if (years.size > 0) candidates = (candidates.length ? candidates : this.meetings(forum)).filter((s) => years.has(s.start.slice(0, 4)));
      const marked = candidates.length > 0;
      out.push({ forum, start, end, surface: m[0], candidates: marked ? candidates : [...this.meetings(forum)], marked });
    }
    return out;
  }
}

/** The text around [start, end) within its sentence: where a host city or year is written. */
function sentenceWindow(text: string, start: number, end: number): string {
  let from = Math.max(0, start - BEFORE);
  const head = text.slice(from, start);
  const cut = Math.max(...[...head].map((c, i) => (SENTENCE_END.test(c) ? i + 1 : -1)));
  if (cut > 0) from += cut;
  let to = Math.min(text.length, end + AFTER);
  const tail = text.slice(end, to).search(SENTENCE_END);
  if (tail >= 0) to = end + tail;
  return text.slice(from, to);
}

let shared: SummitCalendar | null = null;

/** The built-in calendar, read once. Throws a parley error naming the file when it is not valid JSON. */
export function summitCalendar(path = SUMMITS_FILE): SummitCalendar {
  if (shared && path === SUMMITS_FILE) return shared;
  let data: { forums?: Forum[]; summits?: Summit[] };
  try {
    data = JSON.parse(readFileSync(path, "utf8")) as typeof data;
  } catch (err) {
    throw new Error(`parley: cannot read the summit calendar ${path}: ${(err as Error).message}; fix or restore the file`);
  }
  const calendar = new SummitCalendar(data.forums ?? [], data.summits ?? []);
  if (path === SUMMITS_FILE) shared = calendar;
  return calendar;
}
