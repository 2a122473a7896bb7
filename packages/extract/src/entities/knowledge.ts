// What the rules derive once per lexicon: the name trie, the title and country indexes.
import { normalizeKey, simplifiedKey, toSimplified } from "../lexicon/normalize.ts";
import type { Lexicon, LexiconEntry } from "../lexicon/types.ts";
import { BUILTIN_TITLES } from "./data/titles.ts";
import { COUNTRY_WORDS } from "./data/context.ts";
import { NameTrie } from "./trie.ts";
import { allHan } from "./data/chars.ts";
import { SuffixIndex } from "./suffix-index.ts";

/** A title as the rules use it. */
export interface TitleInfo {
  zh: string;
  en?: string;
  country?: string;
  kind?: string;
}

/** Indexes built from one lexicon. */
export interface Knowledge {
  lexicon: Lexicon;
  /** Every lexicon name and alias (normalized) → entries. */
  names: NameTrie<LexiconEntry>;
  /** Title (simplified) → info; the lexicon's titles.json wins over the built-in list. */
  titles: Map<string, TitleInfo>;
  /** Titles and countries by how they end, for the words right before a name. */
  titleIndex: SuffixIndex<TitleInfo>;
  countryIndex: SuffixIndex<string>;
  /** Organization names by how they end (外交部|副部长). */
  orgIndex: SuffixIndex<LexiconEntry>;
  /** Last parts of people's joined names (约翰逊 → [Mike Johnson, Boris Johnson]), and first parts of Arabic ones (穆罕默德). */
  lastParts: Map<string, LexiconEntry[]>;
  /** The reverse: a person's id → the last parts of its joined names (威廉·伯恩斯 → 伯恩斯). */
  lastPartsOf: Map<string, string[]>;
  /** Two adjacent leader-pair abbreviations (拜习), null when the lexicon has none. */
  pairStart: RegExp | null;
  /** Entries by a name of already simplified text (no script conversion). */
  lookup(name: string): readonly LexiconEntry[];
  /** Country name or prefix (simplified) → ISO code. */
  countries: Map<string, string>;
}

const cache = new WeakMap<Lexicon, Knowledge>();
const JOINER_SPLIT = /[·‧・•･∙⋅\-‐‑–－—]/;
const NONE: readonly LexiconEntry[] = [];
/** Second parts of Arabic names that make the first part the name people go by: 本 (bin), 伊本 (ibn), 宾. */
const PATRONYMICS = new Set(["本", "伊本", "宾"]);

/** The indexes of a lexicon, built on first use and cached. */
export function knowledgeOf(lexicon: Lexicon): Knowledge {
  const hit = cache.get(lexicon);
  if (hit) return hit;
  const names = new NameTrie<LexiconEntry>(true);
  for (const [key, entries] of lexicon.index) for (const e of entries) names.add(key, e);
  const titles = new Map<string, TitleInfo>();
  for (const t of BUILTIN_TITLES) titles.set(t.zh, t);
  for (const t of lexicon.titles) {
    const info: TitleInfo = { zh: normalizeKey(t.zh), ...(t.en && { en: t.en }), ...(t.country && { country: t.country }), ...(t.kind && { kind: t.kind }) };
    titles.set(info.zh, info);
    if (t.zhHant) titles.set(normalizeKey(t.zhHant), info);
  }
  const countries = new Map<string, string>(Object.entries(COUNTRY_WORDS));
  for (const e of lexicon.entries) {
    if (e.type !== "place" || !e.country) continue;
    for (const s of e.zhShort) countries.set(normalizeKey(s), e.country);
    if (e.kind !== "country") continue;
    for (const n of [e.zh, e.zhHant, ...e.aliases]) if (n && /[\u4e00-\u9fff]/.test(n)) countries.set(normalizeKey(n), e.country);
  }
  const titleIndex = new SuffixIndex(titles);
  const countryIndex = new SuffixIndex(countries);
  const abbrevChars = [...lexicon.abbrevs.keys()].join("").replace(/[\\\]^-]/g, "\\$&");
  const pairStart = abbrevChars ? new RegExp(`[${abbrevChars}](?=[${abbrevChars}])`, "g") : null;
  // Han-only names are their own key: no regular expressions on the hot path
  const lookup = (name: string) => lexicon.index.get(allHan(name) ? name : simplifiedKey(name)) ?? NONE;
  const orgIndex = new SuffixIndex<LexiconEntry>(
    [...lexicon.index].flatMap(([key, es]) => es.filter((e) => e.type === "organization").map((e): [string, LexiconEntry] => [key, e])),
  );
  const lastParts = new Map<string, LexiconEntry[]>();
  const lastPartsOf = new Map<string, string[]>();
  for (const e of lexicon.entries) {
    if (e.type !== "person") continue;
    for (const name of [e.zh, e.zhHant ?? "", ...e.aliases]) {
      const parts = name.split(JOINER_SPLIT).map((p) => simplifiedKey(toSimplified(p)));
      if (parts.length < 2) continue;
      // 穆罕默德·本·萨勒曼, 塔米姆·本·哈马德: an Arabic name with 本 (bin) goes by its first part too (王储穆罕默德)
      const short = PATRONYMICS.has(parts[1]!) ? [parts[parts.length - 1]!, parts[0]!] : [parts[parts.length - 1]!];
      for (const part of short) {
        if (part.length < 2) continue;
        const mine = lastPartsOf.get(e.id);
        if (!mine) lastPartsOf.set(e.id, [part]);
        else if (!mine.includes(part)) mine.push(part);
        const list = lastParts.get(part);
        if (!list) lastParts.set(part, [e]);
        else if (!list.includes(e)) list.push(e);
      }
    }
  }
  const k: Knowledge = { lexicon, names, titles, titleIndex, countries, countryIndex, orgIndex, lastParts, lastPartsOf, pairStart, lookup };
  cache.set(lexicon, k);
  return k;
}

/** The longest title that ends at `at` in text: 美国国务卿|布林肯 → 国务卿. */
export function titleEndingAt(k: Knowledge, text: string, at: number): { start: number; info: TitleInfo } | null {
  if (at === 0) return null;
  const hit = k.titleIndex.endingAt(text, at);
  return hit && { start: hit.start, info: hit.value };
}

/** The longest country name or prefix that ends at `at`: 中国|外长 → CN. */
export function countryEndingAt(k: Knowledge, text: string, at: number): { start: number; code: string } | null {
  if (at === 0) return null;
  const hit = k.countryIndex.endingAt(text, at);
  return hit && { start: hit.start, code: hit.value };
}
