import type { DocEntity } from "@parley/extract/model";
import type { Entity } from "../model.ts";
import type { Normalizer } from "../text/normalize.ts";
/** A DocEntity as the resolver reads it; places may name their containers (白宫 → 华盛顿, 美国). */
export type ResolvableEntity = DocEntity & {
    within?: string[];
};
/** Options of the resolver. */
export interface ResolveOptions {
    /** Folds names to one script before comparing them (default: a small built-in trad→simp table). */
    normalize: Normalizer;
}
/** Default resolver options. */
export declare const DEFAULT_RESOLVE_OPTIONS: ResolveOptions;
/** Collects entities document by document, then resolves them all at once (order-independent). */
export declare class EntityResolver {
    private readonly opts;
    private readonly recs;
    private readonly index;
    private readonly uf;
    private ids;
    constructor(options?: Partial<ResolveOptions>);
    /** Adds one document's entities (their mentions are kept, the document text is not). */
    add(documentId: string, entities: readonly ResolvableEntity[]): void;
    /** The global id of a document's entity id (after `entities()`); undefined when never added. */
    idOf(documentId: string, entityId: string): string | undefined;
    /** Resolves everything added so far into entities, lexicon entries first. */
    entities(): Entity[];
    private link;
    private emit;
}
