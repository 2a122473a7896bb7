/** Chinese (both scripts) and English country names by ISO 3166 alpha-2 code. */
export declare const COUNTRY_NAMES: Record<string, string[]>;
/** The country code a place name stands for when the name is a country's: "美国" → "US". */
export declare function countryOfName(name: string): string | null;
