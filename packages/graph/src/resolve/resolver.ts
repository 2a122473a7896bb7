// Resolves per-document entities into one Entity per real person, place or organization.
// Lexicon ids are global already; local ones join by name keys (Chinese in any script, English),
// and a full transliteration joins its short form (安东尼·布林肯 = 布林肯) only when unambiguous.
import type { DocEntity } from "@parley/extract/model";
import type { Entity } from "../model.ts";
import type { Normalizer } from "../text/normalize.ts";
import { foldTraditional } from "../text/trad-simp.ts";
import { UnionFind } from "./union-find.ts";
import { englishKeys, intersects, keyGroups, shortForms, union, type Rec } from "./keys.ts";
import { merged } from "./entity.ts";
import { romanizedGroups } from "./romanized.ts";
import { prefixedPlaces } from "./prefixed.ts";
import { glossedNames } from "./glossed.ts";
import { NO_COUNTRY } from "../merge/countries.ts";

/** A DocEntity as the resolver reads it; places may name their containers (白宫 → 华盛顿, 美国). */
export type ResolvableEntity = DocEntity & { within?: string[] };

/** Options of the resolver. */
export interface ResolveOptions {
  /** Folds names to one script before comparing them (default: a small built-in trad→simp table). */
  normalize: Normalizer;
  /** Romanizes a Chinese name (pinyin), so "Sun Weidong" joins 孙卫东; null to skip. */
  romanize: ((name: string) => string) | null;
}

/** Default resolver options. */
export const DEFAULT_RESOLVE_OPTIONS: ResolveOptions = { normalize: foldTraditional, romanize: null };


/** Collects entities document by document, then resolves them all at once (order-independent). */
export class EntityResolver {
  private readonly opts: ResolveOptions;
  private readonly recs: Rec[] = [];
  private readonly index = new Map<string, number>();
  private readonly uf = new UnionFind();
  private ids: string[] | null = null;

  constructor(options: Partial<ResolveOptions> = {}) {
    this.opts = { ...DEFAULT_RESOLVE_OPTIONS, ...options };
  }

  /** Adds one document's entities (their mentions are kept, the document text is not). */
  add(documentId: string, entities: readonly ResolvableEntity[]): void {
    this.ids = null;
    for (const e of entities) {
      const key = recKey(documentId, e);
      let i = this.index.get(key);
      if (i === undefined) {
        i = this.uf.add();
        this.index.set(key, i);
        this.recs.push({
          known: e.known || !e.id.startsWith("local:") ? e.id : null,
          type: e.type,
          names: new Set(),
          nameEn: e.nameEn,
          country: e.country,
          roles: [],
          mentions: [],
          documents: new Set(),
          within: e.within ?? [],
          weight: new Map(),
        });
      }
      const r = this.recs[i]!;
      r.names.add(e.name);
      for (const a of e.aliases) r.names.add(a);
      r.nameEn ??= e.nameEn;
      r.country ??= e.country;
      if (r.within.length === 0 && e.within) r.within = e.within;
      r.roles.push(...e.roles);
      r.documents.add(documentId);
      r.weight.set(e.name, (r.weight.get(e.name) ?? 0) + Math.max(1, e.mentions.length));
      for (const m of e.mentions) {
        r.names.add(m.surface);
        if (m.role) r.roles.push(m.role);
        r.mentions.push({ document: m.document, paragraph: m.paragraph, start: m.start, end: m.end, surface: m.surface, rule: m.rule });
      }
    }
  }

  /** The global id of a document's entity id (after `entities()`); undefined when never added. */
  idOf(documentId: string, entityId: string): string | undefined {
    const ids = this.ids ?? this.link().ids;
    const i = this.index.get(entityId.startsWith("local:") ? `${documentId}\u0000${entityId}` : entityId);
    return i === undefined ? undefined : ids[this.uf.find(i)];
  }

  /** Resolves everything added so far into entities, lexicon entries first. */
  entities(): Entity[] {
    return this.link().entities;
  }

  private link(): { ids: string[]; entities: Entity[] } {
    const { recs, uf } = this;
    const norm = this.opts.normalize;
    const known = new Map<number, string | null>();
    const english = new Map<number, Set<string>>();
    // People of two different countries (王毅 CN, a local 王毅 the text calls 台湾) are two people.
    const country = new Map<number, string>();
    for (let i = 0; i < recs.length; i++) {
      const r = recs[i]!;
      const root = uf.find(i);
      if (r.known) known.set(root, r.known);
      const en = englishKeys(r, norm);
      if (en.size) english.set(root, union(english.get(root), en));
      if (r.type === "person" && r.country && r.country !== NO_COUNTRY && !country.has(root)) country.set(root, r.country);
    }
    const join = (a: number, b: number): void => {
      const ra = uf.find(a);
      const rb = uf.find(b);
      if (ra === rb) return;
      const ka = known.get(ra) ?? null;
      const kb = known.get(rb) ?? null;
      if (ka && kb && ka !== kb) return;
      const ea = english.get(ra);
      const eb = english.get(rb);
      if (ea && eb && !intersects(ea, eb)) return;
      const ca = country.get(ra);
      const cb = country.get(rb);
      if (ca && cb && ca !== cb) return;
      const root = uf.union(ra, rb);
      known.set(root, ka ?? kb);
      if (ca ?? cb) country.set(root, (ca ?? cb)!);
      if (ea || eb) english.set(root, union(ea, eb ?? new Set()));
    };
    const groups = keyGroups(recs, norm);
    for (const members of groups.values()) joinGroup(members, recs, uf, known, join);
    for (const [shortKey, full] of shortForms(recs, uf, norm)) {
      const shorts = groups.get(shortKey);
      if (full.size === 1 && shorts) for (const s of shorts) join(s, [...full][0]!);
    }
    for (const [local, place] of prefixedPlaces(recs, norm)) join(local, place);
    for (const [name, gloss] of glossedNames(recs)) join(name, gloss);
    if (this.opts.romanize) {
      for (const [first, ...rest] of romanizedGroups(recs, this.opts.romanize, norm)) for (const i of rest) join(first!, i);
    }
    return this.emit(known);
  }

  private emit(known: Map<number, string | null>): { ids: string[]; entities: Entity[] } {
    const clusters = new Map<number, number[]>();
    for (let i = 0; i < this.recs.length; i++) {
      const root = this.uf.find(i);
      const list = clusters.get(root);
      if (list) list.push(i);
      else clusters.set(root, [i]);
    }
    const taken = new Set<string>([...known.values()].filter((k): k is string => !!k));
    const ids: string[] = [];
    const entities: Entity[] = [];
    const ordered = [...clusters].sort(([a], [b]) => Number(!known.get(a)) - Number(!known.get(b)) || a - b);
    for (const [root, members] of ordered) {
      const entity = merged(members.map((i) => this.recs[i]!), known.get(root) ?? null, taken);
      ids[root] = entity.id;
      entities.push(entity);
    }
    this.ids = ids;
    return { ids, entities };
  }
}

function recKey(documentId: string, e: DocEntity): string {
  return e.id.startsWith("local:") ? `${documentId}\u0000${e.id}` : e.id;
}

function joinGroup(
  members: number[],
  recs: Rec[],
  uf: UnionFind,
  known: Map<number, string | null>,
  join: (a: number, b: number) => void,
): void {
  if (members.length < 2) return;
  const knownIds = new Set(members.map((i) => known.get(uf.find(i)) ?? recs[i]!.known).filter(Boolean));
  if (knownIds.size > 1) {
    // An ambiguous name (two lexicon people share it): locals with it stay apart from both.
    return;
  }
  const anchor = members.find((i) => known.get(uf.find(i))) ?? members[0]!;
  for (const i of members) join(anchor, i);
}

