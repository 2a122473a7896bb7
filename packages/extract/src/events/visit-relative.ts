// The visitor named after the trigger: 来华访问的耶伦, 在金边出席东盟外长会议的王毅, 上一次访问朝鲜的…是胡锦涛.
import { argPersons } from "./args.ts";
import type { CompiledRules } from "./rules.ts";
import type { TriggerHit } from "./triggers.ts";
import type { EntityItem, SentenceView } from "./view.ts";

/** 访问的纽森, 访华期间的…, 来华进行正式访问的希普金斯: the visitor follows (simplified text). */
const RELATIVE_AFTER = /^(?:了|期间|进行[^，。的]{0,8})?的/;

/** 出席东盟外长会议的, 参加G20峰会的: a summit-like event closing an attendance's relative clause (simplified text). */
const ATTENDED_RELATIVE = /^[^，。；！？的]{0,20}?(?:会议|峰会|论坛|对话|年会|大会|典礼|仪式|开幕式|闭幕式|庆典)的/;

/** 出席会议的代表与奥斯汀会面: a name after 与/和 is someone the attendee meets, not the attendee. */
const COMPANION = /[与和同跟、]/;

/** How far after the relative clause's 的 the visitor's name may start (its titles). */
const TITLE_SPAN = 16;

/** Between two listed guests: 、/和/及 and the next one's title, an English name in brackets aside. */
const GUEST_GAP = /^\s*(?:[（(][^）)]{0,40}[）)])?\s*(?:、|和|及|以及)[^，。；！？、与和及的]{0,14}$/;

/**
 * 前来进行国事访问的埃及总统塞西、阿联酋总统穆罕默德和巴林国王哈马德: the guests listed after the first one,
 * each with a title of their own, all come on the visit.
 */
function guestList(view: SentenceView, rules: CompiledRules, first: EntityItem, to: number): EntityItem[] {
  const out = [first];
  for (const p of argPersons(view, rules, first.end, to)) {
    const last = out[out.length - 1]!;
    if (p.id === last.id || p.start < last.end) continue;
    if (!GUEST_GAP.test(view.text.slice(last.end, p.start))) break;
    out.push(p);
  }
  return out;
}

/**
 * The visitors a relative clause ending in 的 names right after it (正在中国访问的加州州长纽森, 前来进行国事
 * 访问的埃及总统塞西、巴林国王哈马德…; for an attendance, 在新加坡出席香格里拉对话的奥斯汀), or undefined.
 */
export function relativeVisitors(view: SentenceView, rules: CompiledRules, hit: TriggerHit): EntityItem[] | undefined {
  if (RELATIVE_AFTER.test(view.text.slice(hit.end, hit.end + 12))) {
    const p = argPersons(view, rules, hit.end, hit.clause.end)[0];
    if (p && p.start - hit.end <= TITLE_SPAN) return guestList(view, rules, p, hit.clause.end);
  }
  const attended = hit.rule.heldIn ? ATTENDED_RELATIVE.exec(view.text.slice(hit.end, hit.clause.end)) : null;
  if (!attended || view.persons.some((q) => q.start >= hit.end && q.start < hit.end + attended[0].length)) return undefined;
  const at = hit.end + attended[0].length;
  const p = argPersons(view, rules, at, hit.clause.end)[0];
  return p && p.start - at <= TITLE_SPAN && !COMPANION.test(view.text.slice(at, p.start)) ? guestList(view, rules, p, hit.clause.end) : undefined;
}

/**
 * 上一次中国领导人访问北韩是2005年10月的前国家主席胡锦涛, 上一次访问朝鲜的中国领导人是胡锦涛: a cleft names
 * the visitor after 是 or 是…的.
 */
const CLEFT_AFTER = /^[^，。；！？]{0,16}?是(?:[^，。；！？]{0,24}的)?/;

/** The person a cleft sentence names as the visitor, right after its 是…的 (titles may stand between). */
export function cleftVisitor(view: SentenceView, rules: CompiledRules, hit: TriggerHit): EntityItem | undefined {
  const m = CLEFT_AFTER.exec(view.text.slice(hit.end, hit.clause.end));
  if (!m) return undefined;
  const at = hit.end + m[0].length;
  const p = argPersons(view, rules, at, hit.clause.end)[0];
  // 访问中国是为了会见王毅: a verb between 是 and the name makes it no cleft.
  return p && p.start - at <= 12 && !rules.triggerAny.test(view.text.slice(at, p.start)) ? p : undefined;
}
