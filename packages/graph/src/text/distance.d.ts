/**
 * Levenshtein distance between two strings (by UTF-16 unit; names are BMP), stopping early past `max`.
 * @example editDistance("布林肯", "布林根") === 1
 */
export declare function editDistance(a: string, b: string, max?: number): number;
