// recognizeEntitiesEn: people, places and organizations of English text, lexicon first, then titles, then compromise.
import type { DocEntity, Document, Sentence } from "../model.ts";
import type { Lexicon } from "../lexicon/index.ts";
import { buildEnglishEntities } from "./build.ts";
import { Coverage, type EnCandidate, type SentenceWords } from "./candidates.ts";
import { compromisePass } from "./compromise-names.ts";
import { lexiconPass, lexiconShortPass, localShortPass, namePhrasePass, shortFormPass, shortForms, titlePass } from "./name-passes.ts";
import { nameIndexOf } from "./names.ts";
import { builtinEnRules, type EnRules } from "./rules.ts";
import { shapePass } from "./shapes.ts";
import { words } from "./words.ts";

function hasTrigger(text: string, rules: EnRules): boolean {
  rules.trigger.lastIndex = 0;
  return rules.trigger.test(text);
}

/** Options of recognizeEntitiesEn. */
export interface RecognizeEnOptions {
  /** Ask compromise's tagger about capitalized words nothing else explained: in sentences with an event
   * trigger only ("events", the default: it reads ~30 KB/s), everywhere ("all") or never ("off"). */
  compromise: "events" | "all" | "off";
  /** Print why each mention was found. */
  explain: boolean;
  /** Compiled English rules (default: rules/triggers-en.json). */
  rules?: EnRules;
  /** Where explanations go (default: stderr). */
  log?: (line: string) => void;
}

/** Defaults: compromise in event sentences, no explanations. */
export const DEFAULT_RECOGNIZE_EN_OPTIONS: RecognizeEnOptions = { compromise: "events", explain: false };

/**
 * The people, places and organizations of an English document (or of the English sentences of a mixed one):
 * lexicon names (longest match, possessives, middle initials), short forms of people named in full, names
 * after a title word, names told by their shape (shapes.ts), then what compromise tags. Lexicon ids are shared with the Chinese passes; others get
 * `local:<name>` with the English name as `nameEn`, so @parley/graph joins them with 孙卫东 (Sun Weidong).
 */
export function recognizeEntitiesEn(doc: Document, sentences: Sentence[], lexicon: Lexicon, options: Partial<RecognizeEnOptions> = {}): DocEntity[] {
  const o = { ...DEFAULT_RECOGNIZE_EN_OPTIONS, ...options };
  const rules = o.rules ?? builtinEnRules();
  const index = nameIndexOf(lexicon);
  const items: SentenceWords[] = sentences.map((s) => {
    const ws = words(s.text);
    return { sentence: s, words: ws, cover: new Coverage(ws.length) };
  });
  const found: EnCandidate[] = [];
  lexiconPass(items, index, found);
  namePhrasePass(items, rules, lexicon, found);
  shortFormPass(items, shortForms(found), found);
  titlePass(items, rules, index, found);
  lexiconShortPass(items, rules, index, found);
  const left = shapePass(items, rules, found);
  if (o.compromise !== "off") {
    const scope = o.compromise === "all" ? left : new Map([...left].filter(([it]) => hasTrigger(it.sentence.text, rules)));
    compromisePass(scope, index, rules, found);
  }
  localShortPass(items, found);
  const entities = buildEnglishEntities(doc, lexicon, found);
  if (o.explain) {
    const log = o.log ?? ((line: string) => process.stderr.write(`parley explain: ${line}\n`));
    for (const e of entities) for (const m of e.mentions) log(`${doc.id} ¶${m.paragraph}:${m.start} ${m.surface} → ${e.id} (${m.rule})`);
  }
  return entities;
}
