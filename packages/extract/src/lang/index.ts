// Language detection for documents and paragraphs: Chinese, English or mixed.
export { countLetters, DEFAULT_LANG_OPTIONS, documentLanguage, langOfCounts, languageOf, paragraphLanguages } from "./detect.ts";
export type { Lang, LangOptions, LetterCounts } from "./detect.ts";
