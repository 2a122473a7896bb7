// Whether a title written before a bare name fits a lexicon role: 中情局局长 fits 中央情报局局长 (one organization, two names).
import type { Knowledge } from "./knowledge.ts";

const keys = new WeakMap<Knowledge, Map<string, string>>();

/**
 * The title with the first lexicon organization inside it replaced by the organization's id and
 * anything before it (a country) dropped: 美国中情局局长 and 中央情报局局长 → `org:us-cia|局长`.
 */
export function titleKey(k: Knowledge, title: string): string {
  let cache = keys.get(k);
  if (!cache) keys.set(k, (cache = new Map()));
  const hit = cache.get(title);
  if (hit !== undefined) return hit;
  let key = title;
  outer: for (let s = 0; s + 2 <= title.length; s++) {
    for (let e = title.length; e - s >= 2; e--) {
      const org = k.lookup(title.slice(s, e)).find((x) => x.type === "organization");
      if (!org) continue;
      key = `${org.id}|${title.slice(e)}`;
      break outer;
    }
  }
  cache.set(title, key);
  return key;
}

/** True when two titles name the same office: equal, one ending the other (美国驻华大使, 驻华大使), or the same organization's. */
export function sameTitle(k: Knowledge, a: string, b: string): boolean {
  const ends = (x: string, y: string) => x === y || (x.length >= 2 && y.length >= 2 && (x.endsWith(y) || y.endsWith(x)));
  if (ends(a, b)) return true;
  const ka = titleKey(k, a);
  const kb = titleKey(k, b);
  return ka !== a && kb !== b && ka === kb;
}

/** The lexicon organization named in a string (an organization's name, or a title holding one), or undefined. */
export function orgIdIn(k: Knowledge, s: string | undefined): string | undefined {
  if (!s) return undefined;
  const key = titleKey(k, s);
  return key === s ? undefined : key.slice(0, key.indexOf("|"));
}

/**
 * True when a role stated in the text fits a lexicon role: the same title, or the same organization
 * (外交关系委员会荣誉主席 fits 美国外交关系委员会会长).
 */
export function sameRole(k: Knowledge, lexiconRole: { title: string; org?: string }, title: string, org?: string): boolean {
  if (sameTitle(k, lexiconRole.title, title)) return true;
  const here = orgIdIn(k, org) ?? orgIdIn(k, title);
  return here !== undefined && (here === orgIdIn(k, lexiconRole.org) || here === orgIdIn(k, lexiconRole.title));
}
