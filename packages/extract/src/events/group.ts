// Meetings of three or more parties: when a subject and a list of counterparts are one meeting, not one each.
import type { ArgGroup } from "./args.ts";
import type { TriggerHit } from "./triggers.ts";
import type { SentenceView } from "./view.ts";
import { groupFormat } from "./group-format.ts";

/** 分别, 先后, 相继, 各自, 逐一, 单独, 分头, 轮流 (simplified): one meeting with each counterpart. */
export const EACH_WORD = /分别|先后|相继|各自|逐一|单独|分头|轮流|依次|一一/;

/** Patterns that read a list as one meeting per counterpart without the text saying 分别. */
const SPLIT_PATTERNS = new Set(["each-counterpart", "respectively-object"]);

/**
 * 李强与图斯克和容克举行第21次中欧领导人会晤: the trigger is a meeting noun that 举行/进行/召开/主持 realizes,
 * with only modifiers between (了, 第21次, 中欧领导人): the people hold one meeting together.
 */
const HELD_NOUN = /(?:举行|进行|召开|主持|举办)(?:了|过)?[^，。；、与和同跟及]{0,16}$/;

/**
 * 接见来日出席中日韩外长会议的王毅和赵兑烈, 会见来华访问的布林肯和耶伦: counterparts sharing one relative clause
 * (出席/参加/访问…的) came together and are met together.
 */
const SHARED_CLAUSE = /(?:出席|参加|与会|参与|访问|访华|来华|来访|前来|来日|访日|来韩|访韩|应邀)[^，。；]{0,20}的[^，。；的]{0,16}$/;

/** The subject ids the groups share (everyone but each group's last person), or undefined when they differ. */
function sharedSubject(groups: readonly ArgGroup[]): string[] | undefined {
  const key = (g: ArgGroup): string => g.people.slice(0, -1).map((p) => p.id).sort().join("|");
  const first = key(groups[0]!);
  return first && groups.every((g) => key(g) === first) ? first.split("|") : undefined;
}

/**
 * True when a list the argument patterns split into pairs is written as one meeting of all: the meeting noun
 * is held (A与B、C举行会晤), the sentence names a format of several parties (三方会晤, 中日韩外长会议,
 * 中欧领导人会晤于…举行，当时…), or the counterparts share one relative clause (会见出席…的A和B).
 * Never with 分别/先后/各自.
 */
export function heldTogether(view: SentenceView, hit: TriggerHit, groups: readonly ArgGroup[]): boolean {
  if (groups.length < 2 || !groups.every((g) => SPLIT_PATTERNS.has(g.pattern) && g.people.length >= 2)) return false;
  if (!sharedSubject(groups)) return false;
  const first = Math.min(...groups.flatMap((g) => g.people.map((p) => p.start)));
  const last = Math.max(...groups.flatMap((g) => g.people.map((p) => p.end)));
  if (EACH_WORD.test(view.text.slice(Math.min(first, hit.start), Math.max(last, hit.end)))) return false;
  // 期间/此行 with 等多国领导人: a trip's many bilateral meetings, never one.
  if (/等(?:多|各|其他|其它)?(?:国|位|名)/.test(view.text.slice(last, hit.start))) return false;
  // The trigger may itself hold the verb (举行会晤 as one form).
  const held = view.text.slice(Math.max(hit.clause.start, hit.start - 24), hit.end);
  if (HELD_NOUN.test(held) && groups.every((g) => g.people.every((p) => p.end <= hit.start))) return true;
  const objects = groups.map((g) => g.people.at(-1)!).filter((p) => p.start >= hit.end);
  if (objects.length === groups.length && SHARED_CLAUSE.test(view.text.slice(hit.end, objects[0]!.start))) return true;
  return groupFormat(view, hit) !== undefined;
}

/** 、/和/及/与 between two names of one list, titles allowed (和欧盟委员会主席容克). */
const LIST_GAP = /^[^，。；：]{0,14}$/;

/**
 * 中欧领导人会晤于7月举行，当时李克强与图斯克和容克会面: the teams' leads are the whole list that opens the next
 * clause, not its first two names.
 */
function wholeTeams(view: SentenceView, group: ArgGroup): ArgGroup {
  const last = group.people.at(-1)!;
  const people = [...group.people];
  let end = last.end;
  for (const p of view.persons) {
    if (p.start < end || people.some((q) => q.id === p.id)) continue;
    const gap = view.text.slice(end, p.start);
    if (!LIST_GAP.test(gap) || !/[、和及与同]/.test(gap)) break;
    people.push(p);
    end = p.end;
  }
  return people.length === group.people.length ? group : { ...group, people };
}

/** The groups of a trigger with a split list joined into one meeting of all when heldTogether says so. */
export function joinGroups(view: SentenceView, hit: TriggerHit, groups: ArgGroup[]): ArgGroup[] {
  if (groups.length === 1 && groups[0]!.pattern === "team-leads") return [wholeTeams(view, groups[0]!)];
  if (!heldTogether(view, hit, groups)) return groups;
  const people = groups[0]!.people.slice(0, -1);
  for (const g of groups) if (!people.some((p) => p.id === g.people.at(-1)!.id)) people.push(g.people.at(-1)!);
  const carried = groups.some((g) => g.carried === true);
  return [{ people, pattern: "group", ...(carried && { carried }) }];
}
