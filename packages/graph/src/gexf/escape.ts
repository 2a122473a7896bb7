// XML 1.0 text: escapes markup characters and drops the characters XML 1.0 cannot carry at all.

// C0 controls other than tab/newline/return, U+FFFE/U+FFFF and unpaired surrogates are not XML 1.0.
const INVALID = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
const SPECIAL = /[&<>"'\t\n\r]/g;
/** Anything that needs work: most names and ids need none, and skip both replacements. */
const NEEDS_WORK = /[&<>"'\u0000-\u001f\ufffe\uffff\ud800-\udfff]/;
const ENTITY: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&apos;",
  "\t": "&#9;",
  "\n": "&#10;",
  "\r": "&#13;",
};

/**
 * Escapes a string for an XML attribute value or text node.
 * @example escapeXml('A & "B" <C>\u0001') === "A &amp; &quot;B&quot; &lt;C&gt;"
 */
export function escapeXml(value: string): string {
  if (!NEEDS_WORK.test(value)) return value;
  return value.replace(INVALID, "").replace(SPECIAL, (c) => ENTITY[c]!);
}

/** Collapses whitespace (for `xs:token` values such as labels) and escapes. */
export function escapeToken(value: string): string {
  return escapeXml(value.replace(/\s+/g, " ").trim());
}
