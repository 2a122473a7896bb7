// Tense of the clause around a time expression, from cue words: 将/预计/计划 → future, 曾/已/了 → past.
import type { Tense } from "./types.ts";

// 王毅在周五将前往白宫 (not 将其击落) · 已邀请习近平10月前往喀山 (not 应…邀请) · 预计本月晚些时候访问 · 是否会在11月的APEC峰会期间与拜登会晤 (not 还会见了: 还 + 会见)
const FUTURE =
  "[将將](?![军軍领領近士其之])|即将|即將|邀(?<![应應][^，,。；;]{0,15}邀)[请請](?!函)|预计|預計|计划|計劃|准备|準備|拟|擬|有望|期待|可能(?!性)|打算|预定|預定|定于|定於|届时|屆時|" +
  "(?:可能|也|还|還|才|是否|将|將)会(?![见谈晤面议长员上后场期])|(?:可能|也|還|才|是否)會(?![見談晤面議長員上後場期])|会(?=在|于|与|跟|和|前往|出席|访问|举行|见面|到)|會(?=在|於|與|跟|和|前往|出席|訪問|舉行|見面|到)";
// 曾说 · 已经宣布 · 会见了 · 过去几个月 · 不久前刚刚访华 (not 过境/过夜: a transit, 将于9日过境休斯敦)
const PAST =
  "曾|已经|已經|已(?!知)|了(?<![为為除]了)(?![解])|过去|過去|此前|之前|早前|日前|前不久|不久前|刚刚|剛剛|[过過](?<![通经經超不难難度越][过過])(?![于於度程来來境夜渡问問年节節])|" +
  // a recalled contact inside a plan: 这将是两人继7月柏林会面之后…, 自7月以来首次, 上次会晤是在7月
  "以来|以來|上次|上一次|上回|[继繼](?![续續任承])(?=[^，,。；;]{1,30}?(?:之后|之後|以后|以後))";
// Reporting verbs speak of the report itself, so they count only inside the expression's own clause.
const REPORT = "表示|说|說|称|稱|指出|透露|宣布|证实|證實|报导|報導|报道|報道|强调|強調|引述";

// Lookbehinds come after the cue's first character: a regex that starts with one is slow to scan.
const CUES = new RegExp(`(${FUTURE})|(${PAST})|(${REPORT})`, "g");
const CLAUSE_BREAK = "，,；;。！？!?：:";
// Characters besides the time a head clause may hold: 当地时间周五上午 · 在周五.
const HEAD_SLACK = 6;
// A clause that ends as a subordinate one takes the tense of the next: 王毅周五在白宫会见沙利文时，可能…
const SUBORDINATE_END = /(?:[时時]|期间|期間|之际|之際)$/;

interface Cue {
  at: number;
  tense: Tense;
  report: boolean;
}

// The cues of the last text asked about: a sentence with several times is scanned once.
let cachedText = "";
let cachedCues: Cue[] = [];

/** Every tense cue of a text, in order. */
function cuesOf(text: string): Cue[] {
  if (text === cachedText) return cachedCues;
  const cues: Cue[] = [];
  CUES.lastIndex = 0;
  for (let m = CUES.exec(text); m; m = CUES.exec(text)) {
    cues.push({ at: m.index, tense: m[1] !== undefined ? "future" : "past", report: m[3] !== undefined });
  }
  cachedText = text;
  cachedCues = cues;
  return cues;
}

/**
 * The tense of the clause containing text[start, end): the nearest cue inside the clause; else the
 * first cue in a later clause of the text; else the last non-reporting cue before the clause.
 * Null when the text has no cue (callers then treat news as past where a choice is needed).
 * With `scope` "clause", only cues inside the expression's own clause count; with "head", so do they,
 * but a time that is nearly its whole clause (週五，王毅將前往白宮) or sits in a subordinate clause
 * (…会见沙利文时，可能…) takes the tense of the clause right after it.
 */
export function tenseAt(text: string, start: number, end: number, scope: "clause" | "head" | "sentence" = "sentence"): Tense | null {
  let clauseStart = start;
  while (clauseStart > 0 && !CLAUSE_BREAK.includes(text.charAt(clauseStart - 1))) clauseStart--;
  let clauseEnd = end;
  while (clauseEnd < text.length && !CLAUSE_BREAK.includes(text.charAt(clauseEnd))) clauseEnd++;

  let inClause: Cue | null = null;
  let inClauseDistance = Infinity;
  let after: Cue | null = null;
  let before: Cue | null = null;
  for (const cue of cuesOf(text)) {
    const at = cue.at;
    if (at >= start && at < end) continue; // a cue inside the expression itself (前一天's 前)
    if (at >= clauseStart && at < clauseEnd) {
      const distance = at < start ? start - at : at - end;
      if (distance < inClauseDistance) {
        inClause = cue;
        inClauseDistance = distance;
      }
    } else if (at >= clauseEnd) {
      if (!after && !cue.report) after = cue;
    } else if (!cue.report) {
      before = cue;
    }
  }
  if (scope === "clause") return inClause?.tense ?? null;
  if (scope === "head") {
    const head = clauseEnd - clauseStart - (end - start) <= HEAD_SLACK || SUBORDINATE_END.test(text.slice(Math.max(clauseStart, clauseEnd - 3), clauseEnd));
    if (inClause || !head || !after) return inClause?.tense ?? null;
    // only the very next clause speaks for a head time (周三，…会晤，双方同意下月将… stays past)
    let nextEnd = clauseEnd + 1;
    while (nextEnd < text.length && !CLAUSE_BREAK.includes(text.charAt(nextEnd))) nextEnd++;
    return after.at < nextEnd ? after.tense : null;
  }
  return (inClause ?? after ?? before)?.tense ?? null;
}
