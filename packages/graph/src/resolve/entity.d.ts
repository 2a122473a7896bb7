import type { Entity } from "../model.ts";
import type { Rec } from "./keys.ts";
/** The Entity of a cluster; a local cluster gets a stable slug id not yet `taken`. */
export declare function merged(recs: Rec[], known: string | null, taken: Set<string>): Entity;
