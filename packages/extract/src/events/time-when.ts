// A "when" clause dates the clauses after it: 2015年10月习近平访英时，卡梅伦陪同他… (the main clause is in October 2015).
import type { TimeChoice } from "./time-groups.ts";
import { timeGroups, union } from "./time-groups.ts";
import { countsFrom } from "./time-since.ts";
import type { SentenceView } from "./view.ts";

/**
 * The end of a subordinate clause of time: …时 / …時 / …的时候 / …期间 / …之际 / …之時 (not 小时, 同时, 届时, 当时, 此时).
 * 期间 and 之际 read the same way: 去年11月拜登访问旧金山期间，两人… ; 3月習近平訪法之際，馬克宏…
 */
const WHEN_END = /(?:(?<![小同届屆当當此那彼及准準按定暂暫临臨随隨平有])[时時]|[的之]?时候|[的之]?時候|期间|期間|之际|之際)\s*$/;

/** A main clause that asks for the event (呼吁…对话, 邀请…会晤, 希望…会面): the clause of time dates the asking, not the event. */
const ASKING = /呼吁|呼籲|敦促|促请|促請|希望|盼|期待|期望|要求|建议|建議|鼓励|鼓勵|邀请|邀請|劝|勸|主张|主張|提议|提議|倡议|倡議/;

/**
 * The date of a trigger in a main clause from the nearest clause before it, in the same sentence, that ends as a
 * clause of time (…时，) and writes a date that is no count's start (…上任以来首次访美时 dates nothing).
 * `before` is where the trigger's clause starts, `at` the trigger. Undefined when no such clause precedes, or when
 * the main clause asks for the event (…访华时，曾呼吁习近平与泽连斯基对话).
 *
 * @example whenClauseTime(view, clauseStart, triggerStart, "2019-11-06") // 習近平3月訪問法國時，馬克龍曾在尼斯設宴款待 → 2019-03
 */
export function whenClauseTime(view: SentenceView, before: number, at: number, dateline: string | null): TimeChoice | undefined {
  if (ASKING.test(view.text.slice(before, at))) return undefined;
  for (let i = view.clauses.length - 1; i >= 0; i--) {
    const c = view.clauses[i]!;
    if (c.end > before) continue;
    if (!WHEN_END.test(view.text.slice(c.start, c.end))) continue;
    const text = view.text.slice(c.start, c.end);
    const group = timeGroups(view, c.start, c.end)
      .filter((g) => !countsFrom(view.text.slice(g.at(-1)!.end, c.end), view.text.slice(g.at(-1)!.start, g.at(-1)!.end)))
      .at(-1);
    if (!group || /以来|以來/.test(text)) return undefined;
    return union(view, group, "date:when-clause", dateline);
  }
  return undefined;
}
