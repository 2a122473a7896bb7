import type { Entity } from "../model.ts";
/** How two places relate: 3 same, 2 one contains the other, 1 either unknown (or unknown containment), 0 incompatible. */
export type PlaceFit = 0 | 1 | 2 | 3;
/** Place containment built from resolved place entities. */
export declare class PlaceRelations {
    private readonly info;
    constructor(entities?: Iterable<Entity>, countries?: Record<string, string>);
    /** Registers one place entity; `countryCode` marks it as a whole country. */
    set(e: Pick<Entity, "id" | "name" | "nameEn" | "country" | "within">, countryCode?: string): void;
    /** How well two places fit together. */
    fit(a: string | null, b: string | null): PlaceFit;
    /** True when `outer` contains `inner`. */
    contains(outer: string, inner: string): boolean;
    /** Of two fitting places, the more specific one (白宫 over 华盛顿 over 美国). */
    narrower(a: string, b: string): string;
}
