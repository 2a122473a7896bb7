/**
 * Escapes a string for an XML attribute value or text node.
 * @example escapeXml('A & "B" <C>\u0001') === "A &amp; &quot;B&quot; &lt;C&gt;"
 */
export declare function escapeXml(value: string): string;
/** Collapses whitespace (for `xs:token` values such as labels) and escapes. */
export declare function escapeToken(value: string): string;
