// Numbers as Chinese news writes them: ASCII or full-width digits, 二〇二三 digit strings, 二十六, 两, 四十一.

const CN_DIGITS: Readonly<Record<string, number>> = {
  "〇": 0, "○": 0, 零: 0, 一: 1, 二: 2, 两: 2, 兩: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};

/** Full-width digits ０-９ become ASCII 0-9; other characters stay. */
export function halfWidthDigits(s: string): string {
  let out = "";
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    out += c >= 0xff10 && c <= 0xff19 ? String.fromCharCode(c - 0xff10 + 48) : s[i];
  }
  return out;
}

/**
 * Parses 26, ２６, 二十六, 十, 两, 四十一, 一百 and digit strings such as 二〇二三 (→ 2023).
 * Returns null when the text is not a number.
 */
export function parseNumber(raw: string): number | null {
  const s = halfWidthDigits(raw.trim());
  if (s === "") return null;
  if (/^[0-9]+$/.test(s)) return Number(s);
  // 二〇二三: a string of digit characters with no unit read digit by digit.
  if (s.length > 1 && !/[十百千]/.test(s)) {
    let n = 0;
    for (const ch of s) {
      const d = CN_DIGITS[ch];
      if (d === undefined) return null;
      n = n * 10 + d;
    }
    return n;
  }
  let total = 0;
  let current = 0;
  for (const ch of s) {
    const d = CN_DIGITS[ch];
    if (d !== undefined) {
      current = d;
    } else if (ch === "十") {
      total += (current || 1) * 10;
      current = 0;
    } else if (ch === "百") {
      total += (current || 1) * 100;
      current = 0;
    } else if (ch === "千") {
      total += (current || 1) * 1000;
      current = 0;
    } else {
      return null;
    }
  }
  return total + current;
}
