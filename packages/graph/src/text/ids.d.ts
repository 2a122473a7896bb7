/**
 * A lowercase slug of a name; keeps CJK characters as they are.
 * @example slug("Jake Sullivan") === "jake-sullivan"; slug("孙卫东") === "孙卫东"
 */
export declare function slug(text: string): string;
/** 32-bit FNV-1a hash of a string as 8 hex digits (not cryptographic; for stable ids). */
export declare function hash8(text: string): string;
/** Seeded pseudo-random numbers in [0, 1) (mulberry32), for layouts and benchmarks. */
export declare function seededRandom(seed: number): () => number;
