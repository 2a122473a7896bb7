// Suggestions over every alias of every person, organization and place: simplified, traditional, English, pinyin.
import type { ExplorerModel } from "../graph/model.ts";
import { foldName, type ScriptFolder } from "./normalize.ts";

/** Turns a Chinese name into pinyin without tones ("王毅" → "wangyi"); null when not loaded. */
export type Romanizer = (text: string) => string;

/** One suggestion: the node, its label, and the alias that matched. */
export interface Suggestion {
  key: string;
  label: string;
  kind: string;
  matched: string;
  score: number;
}

interface Entry {
  key: string;
  index: number;
  terms: string[];
  names: string[];
}

/** Options of the search index; the folders are loaded lazily (they are large), so both are optional. */
export interface SearchOptions {
  toSimplified?: ScriptFolder;
  romanize?: Romanizer;
  kinds?: string[];
}

/** Searchable kinds by default. */
export const DEFAULT_SEARCH_OPTIONS: Required<Pick<SearchOptions, "kinds">> = { kinds: ["person", "organization", "place"] };

/** The search index over a model. */
export interface SearchIndex {
  search(query: string, limit?: number): Suggestion[];
}

/** Builds the index in one pass over the nodes. */
export function buildSearchIndex(model: ExplorerModel, options: SearchOptions = {}): SearchIndex {
  const { kinds, toSimplified, romanize } = { ...DEFAULT_SEARCH_OPTIONS, ...options };
  const wanted = new Set(kinds);
  const entries: Entry[] = [];
  model.nodeKeys.forEach((key, index) => {
    if (!wanted.has(model.nodeKind[index]!)) return;
    const a = model.graph.getNodeAttributes(key);
    const names = [a.label as string, ...((a.aliases as string[]) ?? [])];
    if (a.labelEn) names.push(a.labelEn as string);
    if (romanize) names.push(...names.filter((n) => /\p{Script=Han}/u.test(n)).map(romanize));
    const unique = [...new Set(names.filter(Boolean))];
    entries.push({ key, index, names: unique, terms: unique.map((n) => foldName(n, toSimplified)) });
  });
  return {
    search(query: string, limit = 10): Suggestion[] {
      const q = foldName(query, toSimplified);
      if (!q) return [];
      const found: Suggestion[] = [];
      for (const e of entries) {
        let best = 0;
        let matched = "";
        e.terms.forEach((t, i) => {
          const s = t === q ? 3 : t.startsWith(q) ? 2 : t.includes(q) ? 1 : 0;
          if (s > best) (best = s), (matched = e.names[i]!);
        });
        if (best === 0) continue;
        const kindBonus = model.nodeKind[e.index] === "person" ? 0.5 : 0;
        found.push({ key: e.key, label: model.labels[e.index]!, kind: model.nodeKind[e.index]!, matched, score: best + kindBonus + model.sizeAll[e.index]! / 1000 });
      }
      return found.sort((a, b) => b.score - a.score).slice(0, limit);
    },
  };
}
