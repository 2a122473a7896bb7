// The recognition orchestrator: numbered rules over each sentence, then over the whole document.
import type { DocEntity, Document, Sentence } from "../model.ts";
import type { Lexicon } from "../lexicon/types.ts";
import { buildEntities, yearOf } from "./build.ts";
import { dropCommonWords } from "./common-words.ts";
import { explainMentions } from "./explain.ts";
import { knowledgeOf } from "./knowledge.ts";
import { leaderPairs } from "./rules/01-leader-pairs.ts";
import { joinedNames } from "./rules/02-joined-names.ts";
import { lexiconNames } from "./rules/03-lexicon.ts";
import { bylines } from "./rules/04-bylines.ts";
import { contextNames } from "./rules/05-context-names.ts";
import { translitAfterTitle } from "./rules/05b-translit-after-title.ts";
import { spouseFirstNames } from "./rules/05d-spouse-first-name.ts";
import { englishParens } from "./rules/06-english-parens.ts";
import { sameName } from "./rules/07-same-name.ts";
import { repeatedNames } from "./rules/08-repeated.ts";
import { placesAndOrgs } from "./rules/09-places-orgs.ts";
import { dropPlacesInNames } from "./place-names.ts";
import { surnameTitles } from "./rules/10-surname-title.ts";
import type { SentenceRule } from "./rules/types.ts";
import { useLexicon } from "./segment.ts";
import { viewsOf, type Candidate } from "./view.ts";

/** Options of `recognizeEntities`. */
export interface RecognizeOptions {
  /** Print why each mention was found (one line each, on stderr). */
  explain?: boolean;
}

/** Default options. */
export const DEFAULT_RECOGNIZE_OPTIONS: Required<RecognizeOptions> = { explain: false };

/** The sentence rules, in the order they claim text. */
export const SENTENCE_RULES: readonly SentenceRule[] = [
  leaderPairs, // 1. 拜习会 → both leaders
  joinedNames, // 2. 弗拉基米尔-普京, 瑞安·哈斯
  spouseFirstNames, // 2b. 他与夫人布丽吉特抵达 → Brigitte Macron (before 米歇尔 is read as Charles Michel)
  lexiconNames, // 3. lexicon names on word boundaries
  bylines, // 4. 记者林燕, 责任编辑：李缘
  translitAfterTitle, // 5b. 首相依斯迈沙比里表示
  contextNames, // 5. 副部长孙卫东, 柯比说
  englishParens, // 6. 沙利文(Jake Sullivan)
];

function sentencesOf(doc: Document): Sentence[] {
  return doc.paragraphs.map((p) => ({ paragraph: p.index, start: 0, end: p.text.length, text: p.text, simplified: p.simplified }));
}

/**
 * Finds the people, places and organizations of one document, each with its mentions (offsets into the
 * paragraph text, the surface as written, the rule that found it, the role stated next to it).
 * Ids are lexicon ids when known, else `local:<normalized name>`. Without sentences, paragraphs are used.
 */
export function recognizeEntities(doc: Document, sentences: Sentence[], lexicon: Lexicon, opts: RecognizeOptions = {}): DocEntity[] {
  const o = { ...DEFAULT_RECOGNIZE_OPTIONS, ...opts };
  useLexicon(lexicon);
  const k = knowledgeOf(lexicon);
  const views = viewsOf(sentences.length ? sentences : sentencesOf(doc));
  const found: Candidate[] = [];
  for (const v of views) {
    const here: Candidate[] = [];
    for (const rule of SENTENCE_RULES) rule.run(k, v, here);
    for (const c of here) found.push(c);
  }
  dropCommonWords(found); // 明朗, 祝贺: common words jieba tags nr are no names without a title
  sameName(k, views, found); // 7. other occurrences of the document's own names, short forms
  repeatedNames(k, views, found); // 8. person-tagged names seen twice
  surnameTitles(k, views, found, yearOf(doc)); // 10. 赖总统, 习主席: the person holding the title
  placesAndOrgs(k, views, found); // 9. jieba places and organizations with context
  dropPlacesInNames(found); // 华盛顿号, 明斯克协议, 北京时间: a place naming a ship, an agreement, a clock
  dropCommonWords(found);
  const entities = buildEntities(doc, k, found);
  if (o.explain) for (const line of explainMentions(entities)) console.error(line);
  return entities;
}
