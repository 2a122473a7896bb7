// Finding entities by any name: simplified, traditional, English, pinyin, with case, dots, "·"
// and spaces ignored, and close matches (edit distance over every alias) suggested.
import type { NodeAttributes, NodeKind } from "../model.ts";
import type { ParleyGraph } from "../graph/to-graph.ts";
import { editDistance } from "../text/distance.ts";
import { hasHan, nameKey, type Normalizer } from "../text/normalize.ts";
import { foldTraditional } from "../text/trad-simp.ts";
import { graphOf, type QuerySource } from "./source.ts";
import { UnknownEntityError } from "./errors.ts";

/** An entity found by name. */
export interface EntityHit {
  id: string;
  kind: NodeKind;
  label: string;
  labelEn: string | null;
  country: string | null;
  /** The name (label or alias) that matched or came close. */
  matched: string;
}

/** The outcome of a name lookup. */
export interface FindResult {
  /** The entity meant (the most mentioned one when a name is shared), or null. */
  entity: EntityHit | null;
  /** Every entity with exactly this name (more than one when the name is ambiguous). */
  candidates: EntityHit[];
  /** Close matches when nothing matched exactly. */
  suggestions: EntityHit[];
}

/** Options of name lookups. */
export interface FindOptions {
  /** Node kinds searched. */
  kinds: NodeKind[];
  /** Folds a name to the comparison script (default: the built-in trad→simp table; OpenCC fits). */
  normalize: Normalizer;
  /** Romanizes a Chinese name (e.g. pinyin-pro without tones), so "wangyi" finds 王毅. */
  romanize: ((name: string) => string) | null;
  maxSuggestions: number;
}

/** Default lookup options. */
export const DEFAULT_FIND_OPTIONS: FindOptions = {
  kinds: ["person", "organization", "place"],
  normalize: foldTraditional,
  romanize: null,
  maxSuggestions: 5,
};

/** An index of every name of every entity in a graph. */
export class NameIndex {
  private readonly byKey = new Map<string, Set<string>>();
  private readonly names: [key: string, id: string, name: string][] = [];
  private readonly opts: FindOptions;

  constructor(
    private readonly graph: ParleyGraph,
    options: Partial<FindOptions> = {},
  ) {
    this.opts = { ...DEFAULT_FIND_OPTIONS, ...options };
    const kinds = new Set(this.opts.kinds);
    graph.forEachNode((id, a) => {
      if (!kinds.has(a.kind)) return;
      const all = [a.label, a.labelEn, ...a.aliases].filter((n): n is string => !!n);
      if (this.opts.romanize && hasHan(a.label)) all.push(this.opts.romanize(a.label));
      for (const n of all) this.put(n, id);
    });
  }

  /** Looks a name (or an entity id) up. */
  find(query: string): FindResult {
    const g = this.graph;
    if (g.hasNode(query) && this.opts.kinds.includes(g.getNodeAttribute(query, "kind"))) {
      const hit = this.hit(query, query);
      return { entity: hit, candidates: [hit], suggestions: [] };
    }
    const key = nameKey(query, this.opts.normalize);
    const exact = [...(this.byKey.get(key) ?? [])].map((id) => this.hit(id, query));
    if (exact.length) return { entity: this.mostMentioned(exact), candidates: exact, suggestions: [] };
    const within = this.containing(key);
    if (within.length === 1) return { entity: within[0]!, candidates: within, suggestions: [] };
    return { entity: null, candidates: [], suggestions: this.close(key, within) };
  }

  private put(name: string, id: string): void {
    const key = nameKey(name, this.opts.normalize);
    if (!key) return;
    let set = this.byKey.get(key);
    if (!set) this.byKey.set(key, (set = new Set()));
    if (!set.has(id)) {
      set.add(id);
      this.names.push([key, id, name]);
    }
  }

  /** Entities one of whose names contains the query as a whole part (布林肯 in 安东尼布林肯). */
  private containing(key: string): EntityHit[] {
    if (key.length < (hasHan(key) ? 2 : 4)) return [];
    const out = new Map<string, EntityHit>();
    for (const [k, id, name] of this.names) {
      if (k !== key && (k.endsWith(key) || k.startsWith(key)) && !out.has(id)) out.set(id, this.hit(id, name));
    }
    return [...out.values()];
  }

  private close(key: string, seed: EntityHit[]): EntityHit[] {
    const max = Math.max(1, Math.floor(key.length / 3));
    const best = new Map<string, { d: number; hit: EntityHit }>();
    for (const h of seed) best.set(h.id, { d: 0, hit: h });
    for (const [k, id, name] of this.names) {
      const d = editDistance(key, k, max);
      if (d > max) continue;
      const seen = best.get(id);
      if (!seen || d < seen.d) best.set(id, { d, hit: this.hit(id, name) });
    }
    return [...best.values()]
      .sort((a, b) => a.d - b.d || this.mentions(b.hit.id) - this.mentions(a.hit.id))
      .slice(0, this.opts.maxSuggestions)
      .map((x) => x.hit);
  }

  private hit(id: string, matched: string): EntityHit {
    const a: NodeAttributes = this.graph.getNodeAttributes(id);
    return { id, kind: a.kind, label: a.label, labelEn: a.labelEn, country: a.country, matched };
  }

  private mentions(id: string): number {
    return this.graph.getNodeAttribute(id, "mentions") ?? 0;
  }

  private mostMentioned(hits: EntityHit[]): EntityHit {
    return hits.reduce((a, b) => (this.mentions(b.id) > this.mentions(a.id) ? b : a));
  }
}

const defaultIndex = new WeakMap<ParleyGraph, NameIndex>();

/** The name index of a graph: cached for default options, fresh otherwise. */
export function nameIndex(graph: ParleyGraph, options?: Partial<FindOptions>): NameIndex {
  if (options && Object.keys(options).length) return new NameIndex(graph, options);
  let idx = defaultIndex.get(graph);
  if (!idx) defaultIndex.set(graph, (idx = new NameIndex(graph)));
  return idx;
}

/**
 * Finds an entity by any of its names.
 * @example findEntity(graph, "蘇利文").entity?.id === "person:jake-sullivan"
 * @example findEntity(graph, "布林根").suggestions[0]?.label === "布林肯"
 */
export function findEntity(source: QuerySource, name: string, options?: Partial<FindOptions>): FindResult {
  return nameIndex(graphOf(source), options).find(name);
}

/**
 * The id of the entity a name means; throws UnknownEntityError (with suggestions) when none.
 * @example requireEntity(graph, "Wang Yi") === "person:wang-yi"
 */
export function requireEntity(source: QuerySource, name: string, options?: Partial<FindOptions>): string {
  const found = findEntity(source, name, options);
  if (!found.entity) throw new UnknownEntityError(name, found.suggestions);
  return found.entity.id;
}
