import type { EntityMention, EntityType, Role } from "../model.ts";
import { type Normalizer } from "../text/normalize.ts";
import type { UnionFind } from "./union-find.ts";
/** One entity as collected: a lexicon id across documents, or one document's local entity. */
export interface Rec {
    known: string | null;
    type: EntityType;
    names: Set<string>;
    nameEn: string | null;
    country: string | null;
    roles: Role[];
    mentions: EntityMention[];
    documents: Set<string>;
    within: string[];
    weight: Map<string, number>;
}
/** The English name keys of a record (its English name and Latin aliases). */
export declare function englishKeys(r: Rec, norm: Normalizer): Set<string>;
/** Records grouped by "type|z|chinese key" and "type|e|english key". */
export declare function keyGroups(recs: Rec[], norm: Normalizer): Map<string, number[]>;
/** Full transliterations by the key of their last part, as the roots of their clusters. */
export declare function shortForms(recs: Rec[], uf: UnionFind, norm: Normalizer): Map<string, Set<number>>;
/** Adds every member of b to a (creating a when missing). */
export declare function union(a: Set<string> | undefined, b: Set<string>): Set<string>;
/** True when two sets share an element. */
export declare function intersects(a: Set<string>, b: Set<string>): boolean;
