/** Display width of a string in a terminal: East Asian wide and fullwidth characters count 2. */
export declare function displayWidth(text: string): number;
/** Pads a string with spaces to a display width. */
export declare function padEnd(text: string, width: number): string;
/**
 * Formats rows under a header, columns separated by two spaces.
 * @example formatTable(["名字", "次数"], [["布林肯", "2"]])
 */
export declare function formatTable(header: string[], rows: string[][]): string;
