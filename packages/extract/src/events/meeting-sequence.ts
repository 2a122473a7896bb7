// Two meetings told in turn in one clause: the counterpart of the first is no side of the second.
import type { EntityItem, SentenceView } from "./view.ts";

/** An English name or note in brackets right after a person (蓬佩奥（Mike Pompeo）). */
const BRACKET = String.raw`(?:\s*[（(][^）)]{0,40}[）)])?`;

/** 与B会谈后…, 同B见面之后…: the gap after B closes a meeting of its own (simplified). */
const CLOSED_WITH = new RegExp(
  `^${BRACKET}[^，。；、与同跟和]{0,10}?(?:举行|进行)?(?:了)?(?:会谈|会晤|会面|见面|晤面|晤谈|磋商|谈判|通话|通电话|共进[早午晚]餐|共进[早午晚]宴|早餐会|午餐会)(?:了|过)?(?:结束|完毕)?(?:之)?后`,
);

/** 与B, 同国务卿B: the person is the object of a conjunction (simplified). */
const WITH_BEFORE = /(?:与|同|跟)[^与同跟和，。；]{0,14}$/;

/** 会见B后…, 接见了B之后…: the person is the object of a meeting verb closed by 后 (simplified). */
const MET_BEFORE = /(?:会见|接见|会晤|拜会|拜见|约见|召见)(?:了)?[^，。；与同跟和]{0,14}$/;
const CLOSED = new RegExp(`^${BRACKET}(?:之)?后`);

/**
 * 金英哲与蓬佩奥会谈后前往白宫会见特朗普, 王毅会见布林肯后与沙利文举行会谈: people met in an earlier
 * meeting of the same clause (与B…会谈后, 会见B后) are left out of the list before a later trigger, when
 * that trigger has a counterpart of its own (an object, or someone named after the 后); 拜登与习近平会晤后
 * 首次通电话 keeps both.
 */
export function dropEarlierMeeting(view: SentenceView, before: EntityItem[], at: number, objects: number): EntityItem[] {
  if (before.length === 0) return before;
  const later = (from: number): boolean => objects > 0 || before.some((q) => q.start >= from);
  return before.filter((p) => {
    const gap = view.text.slice(p.end, at);
    const lead = view.text.slice(Math.max(0, p.start - 16), p.start);
    const closed = WITH_BEFORE.test(lead) ? CLOSED_WITH.exec(gap) : MET_BEFORE.test(lead) ? CLOSED.exec(gap) : null;
    return !(closed && later(p.end + closed.index + closed[0].length));
  });
}

/**
 * 金正恩在川金会前再次与习近平见面: the two names of a compound noun (川金会, 拜习峰会) name that meeting
 * only; as sides of another trigger they are left out.
 */
export function dropCompoundNames(view: SentenceView, suffix: RegExp, people: EntityItem[]): EntityItem[] {
  const ps = view.persons;
  const inCompound = new Set<EntityItem>();
  for (let i = 0; i + 1 < ps.length; i++) {
    const a = ps[i]!;
    const b = ps[i + 1]!;
    if (a.end !== b.start || a.id === b.id || !suffix.test(view.text.slice(b.end, b.end + 2))) continue;
    inCompound.add(a);
    inCompound.add(b);
  }
  if (inCompound.size === 0) return people;
  return people.filter((p) => !inCompound.has(p) && !ps.some((q) => inCompound.has(q) && q.start === p.start && q.end === p.end));
}

/** 会晤之后同C…, 会谈结束后与C: the trigger closed as a time, so the people after it meet later (simplified). */
const CLOSED_AFTER = /^(?:了|过)?(?:结束|完毕)?之?后/;

/** 岸田文雄与拜登会晤之后同尹锡悦举行会谈: no object follows a trigger closed by (结束)之后. */
export function dropLaterMeeting(view: SentenceView, at: number, after: EntityItem[]): EntityItem[] {
  return after.length > 0 && CLOSED_AFTER.test(view.text.slice(at, after[0]!.start)) ? [] : after;
}
