// Stable identifiers: ASCII slugs and a short content hash, so ids survive rebuilds.

/**
 * A lowercase slug of a name; keeps CJK characters as they are.
 * @example slug("Jake Sullivan") === "jake-sullivan"; slug("孙卫东") === "孙卫东"
 */
export function slug(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9\u3400-\u9fff]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

/** 32-bit FNV-1a hash of a string as 8 hex digits (not cryptographic; for stable ids). */
export function hash8(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, "0");
}

/** Seeded pseudo-random numbers in [0, 1) (mulberry32), for layouts and benchmarks. */
export function seededRandom(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
