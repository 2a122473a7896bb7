// Regex source rewriting: combining rule sources into one scan needs them without capture groups.

/** The source with every capturing group made non-capturing (brackets inside [...] and escapes left alone). */
export function withoutCaptures(source: string): string {
  let out = "";
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (ch === "\\") {
      out += ch + (source[i + 1] ?? "");
      i++;
      continue;
    }
    if (inClass) {
      if (ch === "]") inClass = false;
    } else if (ch === "[") {
      inClass = true;
    } else if (ch === "(" && source[i + 1] !== "?") {
      out += "(?:";
      continue;
    }
    out += ch;
  }
  return out;
}
