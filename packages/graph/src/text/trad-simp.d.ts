/** Folds the traditional characters this table knows to simplified: 蘇利文 → 苏利文. */
export declare function foldTraditional(text: string): string;
/** Number of characters the fold knows (for tests). */
export declare const FOLD_SIZE: number;
