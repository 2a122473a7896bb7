import type { Role } from "../model.ts";
/** Merges roles that share a title and whose organization and country agree or are missing; most recent first. */
export declare function summarizeRoles(roles: Iterable<Role>): Role[];
/** A role as one line: "国务卿 (Secretary of State, US)". */
export declare function roleLabel(r: Role): string;
