// Rule 4: bylines name journalists and editors: （大纪元记者林燕报导）, 作者丨朱恩地, 责任编辑：李缘.
import type { Role } from "../../model.ts";
import { isChineseName } from "../data/chars.ts";
import { claim, free } from "../view.ts";
import type { SentenceRule } from "./types.ts";

/** A byline pattern: group 1 is the name. */
export interface BylinePattern {
  name: string;
  re: RegExp;
  role: Role;
}

const NAME = "([\\u4e00-\\u9fff]{2,3})";
const SEP = "\\s*[丨|｜:：/／]\\s*";
/** Ends a reporter's name: 报导, 报道, 摄, 综合报道, 编译, a bracket, punctuation, a dateline (华盛顿21日专电) or the end. */
const AFTER_REPORTER = "(?=报导|报道|摄|综合|编译|发自|采访|[\\s)）】，,、/／]|[\\u4e00-\\u9fff]{2,5}\\d{1,2}日|$)";

/** Byline patterns, tried in order (global regexes over the sentence). */
export const BYLINE_PATTERNS: BylinePattern[] = [
  // 作者丨朱恩地 · 撰稿：王某
  { name: "byline-author", re: new RegExp(`(?:作者|撰稿|撰文|文)${SEP}${NAME}(?![\\u4e00-\\u9fff])`, "g"), role: { title: "记者", titleEn: "Journalist" } },
  // 责任编辑：李缘 · 编辑丨刘立平 · 排版丨季靳玮 · 编译：王可
  { name: "byline-editor", re: new RegExp(`(?:责任编辑|责编|编辑|编译|主编|排版|校对|审校|编审|翻译|采写|整理)${SEP}${NAME}(?![\\u4e00-\\u9fff])`, "g"), role: { title: "编辑", titleEn: "Editor" } },
  // （大纪元记者林燕报导） · 本报记者 王某 · 记者林燕 · 中央社记者张淑伶华盛顿21日专电
  { name: "byline-reporter", re: new RegExp(`(?:特派记者|特约记者|记者|通讯员)\\s*${NAME}${AFTER_REPORTER}`, "g"), role: { title: "记者", titleEn: "Journalist" } },
  // 本报驻北京特派员韩咏红: a paper's correspondent (外交部驻港特派员 is a diplomat, so the paper must be named)
  { name: "byline-reporter", re: new RegExp(`(?:本报|本台|本刊|本网)驻[\\u4e00-\\u9fff]{1,5}特派员\\s*${NAME}${AFTER_REPORTER}`, "g"), role: { title: "记者", titleEn: "Journalist" } },
];

/** Any byline word: sentences without one skip the patterns. */
const BYLINE_CUE = /记者|作者|编辑|编译|撰|排版|校对|通讯员|特派员|编审|责编|翻译|采写|整理|文\s*[丨|｜:：/／]/;

/** Names in bylines, with the role journalist or editor. */
export const bylines: SentenceRule = {
  name: "byline",
  run(k, v, out) {
    const { text } = v;
    if (!BYLINE_CUE.test(text)) return;
    for (const p of BYLINE_PATTERNS) {
      p.re.lastIndex = 0;
      for (let m = p.re.exec(text); m; m = p.re.exec(text)) {
        const name = m[1]!;
        const start = m.index + m[0].lastIndexOf(name);
        const end = start + name.length;
        if (!isChineseName(name) || !free(v, start, end)) continue;
        if (k.lookup(name).some((e) => e.type !== "person")) continue;
        out.push({ view: v, start, end, type: "person", rule: p.name, name, role: { ...p.role } });
        claim(v, start, end);
      }
    }
  },
};
