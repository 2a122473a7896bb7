// Roles from the words right before a mention: 美国国务卿布林肯 → 国务卿, Secretary of State, US;
// 中国驻美大使谢锋 → 大使, CN (驻美 names the host, not the country); 外交部副部长孙卫东 → org 外交部.
import type { Role } from "../model.ts";
import { HONORIFICS, TITLE_MODIFIERS } from "./data/titles.ts";
import { countryEndingAt, titleEndingAt, type Knowledge } from "./knowledge.ts";
import type { SentenceView } from "./view.ts";

const ORG_WORD = /(部|院|局|署|委员会|委|办公室|外办|办|厅|司|国会|议会|参议院|众议院|政府|政治局|常委会|军委|党|联合国)$/;
const HAN_WORD = /^[\u4e00-\u9fff]+$/;
const MAX_STEPS = 4;
const MODIFIERS = Object.keys(TITLE_MODIFIERS);

function modifierBefore(text: string, at: number): string | null {
  for (const m of MODIFIERS) if (at >= m.length && text.startsWith(m, at - m.length)) return m;
  return null;
}

function orgEndingAt(k: Knowledge, v: SentenceView, at: number): number {
  // shortest first: 中国|外交部, so the country in front is read apart
  const hit = k.orgIndex.endingAt(v.text, at, true);
  if (hit) return hit.start;
  const t = v.tokens[v.endsAt[at]!];
  if (t && (t.tag === "nt" || ORG_WORD.test(t.word)) && HAN_WORD.test(t.word)) return t.start;
  return -1;
}

/** The role stated right before [start…) in a sentence, or undefined when no title stands there. */
export function roleBefore(k: Knowledge, v: SentenceView, start: number, year?: number): Role | undefined {
  const { text } = v;
  let title = titleEndingAt(k, text, start);
  // 首相拿督斯里安华: an honorific is no role, the title before it is
  while (title && HONORIFICS.has(title.info.zh)) title = titleEndingAt(k, text, title.start);
  if (!title || title.start === start) return undefined;
  let zh = title.info.zh;
  let en = title.info.en;
  let p = title.start;
  const mod = modifierBefore(text, p);
  if (mod && !zh.startsWith(mod)) {
    zh = mod + zh;
    if (en) en = `${TITLE_MODIFIERS[mod]} ${en}`;
    p -= mod.length;
  }
  let country: string | undefined;
  let org: string | undefined;
  for (let step = 0; step < MAX_STEPS && p > 0; step++) {
    const c = countryEndingAt(k, text, p);
    if (c) {
      if (text.charAt(c.start - 1) === "驻") {
        p = c.start - 1; // 驻美: the host country
        continue;
      }
      country = c.code;
      break;
    }
    const o = orgEndingAt(k, v, p);
    if (o >= 0) {
      org ??= text.slice(o, p);
      p = o;
      continue;
    }
    const t = titleEndingAt(k, text, p);
    if (t && t.start < p) {
      p = t.start;
      continue;
    }
    break;
  }
  country ??= title.info.country;
  const role: Role = { title: zh };
  if (en) role.titleEn = en;
  if (org) role.org = org;
  if (country) role.country = country;
  if (year) role.since = year;
  return role;
}
