// The lexicon of people, places, organizations and titles: loading, validation, lookup and the jieba user dictionary.
export type { Lexicon, LexiconEntry, LexiconSource, OrganizationEntry, PersonEntry, PlaceEntry, TitleEntry } from "./types.ts";
export { BUILTIN_LEXICON_DIR, DEFAULT_LOAD_LEXICON_OPTIONS, loadLexicon } from "./load.ts";
export type { LoadLexiconOptions } from "./load.ts";
export { createLexicon, namesOf } from "./create.ts";
export { LexiconError } from "./errors.ts";
export { isSeparator, normalizeChar, normalizeCode, normalizeKey, SEPARATORS, simplifiedKey, toSimplified } from "./normalize.ts";
export { parseLexicon } from "./validate.ts";
export type { ParsedLexicon } from "./validate.ts";
export { USER_DICT_TAGS, userDict, userDictFreq } from "./user-dict.ts";
