// Splits a paragraph into sentences: Chinese and ASCII terminators, never inside quotes, linear time.
import type { Paragraph, Sentence } from "../model.ts";

/** Options of `splitSentences`. */
export interface SentenceOptions {
  /** A sentence longer than this is cut at the last comma (or anywhere) before the limit. */
  maxLength: number;
}

/** Default options of `splitSentences`. */
export const DEFAULT_SENTENCE_OPTIONS: SentenceOptions = { maxLength: 2000 };

const TERMINAL = new Set(["。", "！", "？", "；", "!", "?", ";", "…"]);
const OPEN: Record<string, string> = { "“": "”", "‘": "’", "「": "」", "『": "』" };
/** A quote left open this long is taken as unbalanced: the text after it is split as if unquoted. */
const MAX_QUOTE = 500;
const CLOSING = new Set(["”", "’", "」", "』", "》", "）", ")", '"', "'"]);
const COMMA = new Set(["，", ",", "、", "：", ":"]);
/** Abbreviations whose period does not end a sentence (U.S., Dr., Mr.). */
const ABBREVIATION = /(?:\b[A-Z]|\b(?:Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Gen|Gov|St|Jr|Sr|No|vs|etc|Inc|Ltd|Co|Corp|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec))$/;

/** Characters the splitter looks at; every other character takes the fast path. */
const SPECIAL = new Uint8Array(0x10000);
for (const c of [...TERMINAL, ...Object.keys(OPEN), ...CLOSING, ...COMMA, ".", '"', "\n"]) SPECIAL[c.charCodeAt(0)] = 1;

const isCjk = (c: string | undefined): boolean => c !== undefined && c >= "\u2e80" && c <= "\u9fff";
const isSpace = (c: string | undefined): boolean => c === " " || c === "\t" || c === "\u3000";

/** Splits a paragraph's text into sentences (offsets into `paragraph.text`, trimmed of spaces). */
export function splitSentences(paragraph: Pick<Paragraph, "index" | "text" | "simplified">, options: Partial<SentenceOptions> = {}): Sentence[] {
  const { maxLength } = { ...DEFAULT_SENTENCE_OPTIONS, ...options };
  const { text } = paragraph;
  const out: Sentence[] = [];
  const stack: string[] = [];
  let straight = false; // inside an ASCII "…" pair
  let start = 0;
  let lastComma = -1;
  let quoteAt = -1; // where the outermost open quote started
  let unquotedUntil = -1; // quotes before this offset are ignored (after an unbalanced quote)

  const emit = (end: number): void => {
    let s = start;
    let e = end;
    while (s < e && isSpace(text[s])) s++;
    while (e > s && isSpace(text[e - 1])) e--;
    if (e > s) {
      out.push({ paragraph: paragraph.index, start: s, end: e, text: text.slice(s, e), simplified: paragraph.simplified.slice(s, e) });
    }
    start = end;
    lastComma = -1;
    stack.length = 0;
    straight = false;
  };

  // Includes closing quotes and brackets that follow a terminator: 他说：“好。” stays one sentence.
  const endAfter = (i: number): number => {
    let j = i + 1;
    while (j < text.length && (TERMINAL.has(text[j]!) || CLOSING.has(text[j]!))) j++;
    return j;
  };

  for (let i = 0; i < text.length; i++) {
    if (SPECIAL[text.charCodeAt(i)] === 0 && stack.length === 0 && !straight) {
      if (i - start + 1 >= maxLength) {
        emit(lastComma > start ? lastComma + 1 : i + 1);
        i = start - 1;
      }
      continue;
    }
    const c = text[i]!;
    if (c === "\n") {
      emit(i);
      start = i + 1;
      continue;
    }
    if ((stack.length > 0 || straight) && i - quoteAt > MAX_QUOTE) {
      // unbalanced quote: go back and read on from just after it, ignoring quotes up to here
      stack.length = 0;
      straight = false;
      unquotedUntil = i;
      i = quoteAt;
      continue;
    }
    const quotes = i >= unquotedUntil;
    const close = quotes ? OPEN[c] : undefined;
    if (close) {
      if (stack.length === 0 && !straight) quoteAt = i;
      if (stack.length < 32) stack.push(close);
    } else if (!quotes) {
      if (TERMINAL.has(c) || (c === "." && isPeriod(text, i))) {
        emit(endAfter(i));
        i = start - 1;
        continue;
      }
      if (COMMA.has(c)) lastComma = i;
    } else if (stack.length > 0 && c === stack[stack.length - 1]) {
      stack.pop();
      // the closing quote ends the sentence when the quoted text ended with a terminator
      if (stack.length === 0 && TERMINAL.has(text[i - 1]!) && (c === "”" || c === "’" || c === "」" || c === "』")) {
        emit(endAfter(i - 1));
        i = start - 1;
        continue;
      }
    } else if (c === '"') {
      if (!straight && stack.length === 0) quoteAt = i;
      straight = !straight;
      if (!straight && TERMINAL.has(text[i - 1]!) && stack.length === 0) {
        emit(endAfter(i - 1));
        i = start - 1;
        continue;
      }
    } else if (stack.length === 0 && !straight) {
      if (TERMINAL.has(c) || (c === "." && isPeriod(text, i))) {
        emit(endAfter(i));
        i = start - 1;
        continue;
      }
      if (COMMA.has(c)) lastComma = i;
    }
    if (i - start + 1 >= maxLength) {
      // no terminator for too long (or an unclosed quote): cut at the last comma, else right here
      emit(lastComma > start ? lastComma + 1 : i + 1);
      i = start - 1;
    }
  }
  emit(text.length);
  return out;
}

/** An ASCII period that ends a sentence: followed by a space or CJK, not in 3.5, U.S. or Dr. */
function isPeriod(text: string, i: number): boolean {
  const next = text[i + 1];
  if (next !== undefined && !isSpace(next) && !isCjk(next) && !CLOSING.has(next)) return false;
  const prev = text[i - 1];
  if (prev !== undefined && prev >= "0" && prev <= "9" && next !== undefined && next >= "0" && next <= "9") return false;
  return !ABBREVIATION.test(text.slice(Math.max(0, i - 6), i));
}
