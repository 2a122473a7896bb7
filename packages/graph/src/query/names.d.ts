import type { NodeKind } from "../model.ts";
import type { ParleyGraph } from "../graph/to-graph.ts";
import { type Normalizer } from "../text/normalize.ts";
import { type QuerySource } from "./source.ts";
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
export declare const DEFAULT_FIND_OPTIONS: FindOptions;
/** An index of every name of every entity in a graph. */
export declare class NameIndex {
    private readonly graph;
    private readonly byKey;
    private readonly names;
    private readonly opts;
    constructor(graph: ParleyGraph, options?: Partial<FindOptions>);
    /** Looks a name (or an entity id) up. */
    find(query: string): FindResult;
    private put;
    /** Entities one of whose names contains the query as a whole part (布林肯 in 安东尼布林肯). */
    private containing;
    private close;
    private hit;
    private mentions;
    private mostMentioned;
}
/** The name index of a graph: cached for default options, fresh otherwise. */
export declare function nameIndex(graph: ParleyGraph, options?: Partial<FindOptions>): NameIndex;
/**
 * Finds an entity by any of its names.
 * @example findEntity(graph, "蘇利文").entity?.id === "person:jake-sullivan"
 * @example findEntity(graph, "布林根").suggestions[0]?.label === "布林肯"
 */
export declare function findEntity(source: QuerySource, name: string, options?: Partial<FindOptions>): FindResult;
/**
 * The id of the entity a name means; throws UnknownEntityError (with suggestions) when none.
 * @example requireEntity(graph, "Wang Yi") === "person:wang-yi"
 */
export declare function requireEntity(source: QuerySource, name: string, options?: Partial<FindOptions>): string;
