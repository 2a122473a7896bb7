import type { EntityHit } from "./names.ts";
/** No entity has this name; `suggestions` holds close matches. */
export declare class UnknownEntityError extends Error {
    readonly query: string;
    readonly suggestions: EntityHit[];
    readonly name = "UnknownEntityError";
    constructor(query: string, suggestions: EntityHit[]);
}
