// A recalled event that bounds a later one (继…会面之后, 自…访华以来): a past reference point, out of the sentence's 将.
import type { SentenceView } from "./view.ts";

/** 继/自从 opening the bound phrase (繼, 自從); a bare 自 (not 来自/自己) only with 以来. */
const OPEN = /继|繼|自从|自從|(?<![来來各亲親独獨])自(?![己身然由行此从從])/g;
/** …and the word that closes it right after the trigger: 之后, 以来, 后 (会谈后), 那次…之后 is not it. */
const CLOSE = /^(?:了)?(?:之后|之後|以后|以後|以来|以來|后|後)/;
/** How far before the trigger the opening word may stand (继去年11月在旧金山伍德赛德庄园会面之后). */
const ROOM = 40;
/** A clause or sentence break ends the phrase: the opening word must be in the trigger's clause. */
const BREAK = /[，,。；;！？!?：:]/;

/**
 * Where the bound phrase that holds the trigger at [start, end) opens, when the trigger is a recalled
 * event measured from (这将是两人继去年11月在旧金山会面之后的第三次会晤 → the offset of 继); undefined
 * otherwise. Status cues before that offset (这将是) belong to the later event, not to this one.
 */
export function recalledBound(view: SentenceView, from: number, start: number, end: number): number | undefined {
  const close = CLOSE.exec(view.cue.slice(end, end + 3));
  if (!close) return undefined;
  const lo = Math.max(from, start - ROOM);
  const lead = view.cue.slice(lo, start);
  let open: RegExpExecArray | undefined;
  for (const m of lead.matchAll(OPEN)) open = m as RegExpExecArray;
  if (!open || BREAK.test(lead.slice(open.index))) return undefined;
  // a bare 自 bounds only a span up to now (自…访华以来), not a route (自北京前往上海后).
  if (open[0] === "自" && !/以[来來]/.test(close[0])) return undefined;
  return lo + open.index;
}
