// Types of the lexicon: people, places, organizations and role titles, as read from the JSON files.
import type { Role } from "../model.ts";

/** Fields every named entry shares. */
interface NamedEntry {
  /** `person:…`, `place:…` or `org:…` followed by a slug of the English name. */
  id: string;
  /** Canonical name in simplified Chinese. */
  zh: string;
  /** Canonical name in traditional Chinese (Taiwan/Hong Kong usage). */
  zhHant?: string;
  /** English name. */
  en: string;
  /** Every other name in any script. */
  aliases: string[];
  /** ISO 3166-1 alpha-2 (or EU, UN). */
  country?: string;
  note?: string;
  /** The file the entry was read from. */
  file: string;
}

/** A real public figure. */
export interface PersonEntry extends NamedEntry {
  type: "person";
  gender?: string;
  roles: Role[];
  /** One-character forms used only inside leader-pair compounds (拜 in 拜习会). */
  abbrev: string[];
}

/** A country, region, city or venue. */
export interface PlaceEntry extends NamedEntry {
  type: "place";
  kind?: string;
  /** Id of the containing place. */
  in?: string;
  /** Country abbreviations used as prefixes only (美, 中, 俄). */
  zhShort: string[];
}

/** A ministry, agency, party, medium or international body. */
export interface OrganizationEntry extends NamedEntry {
  type: "organization";
  kind?: string;
}

/** Any named entry. */
export type LexiconEntry = PersonEntry | PlaceEntry | OrganizationEntry;

/** A role title such as 国务卿 (Secretary of State). */
export interface TitleEntry {
  zh: string;
  zhHant?: string;
  en?: string;
  country?: string;
  kind?: string;
  file: string;
}

/** One parsed lexicon file. */
export interface LexiconSource {
  /** File name used in error messages. */
  file: string;
  /** The parsed JSON. */
  data: unknown;
}

/** The loaded, validated and indexed lexicon. */
export interface Lexicon {
  /** Every named entry, built-in first, user entries replacing built-in ones with the same id. */
  readonly entries: readonly LexiconEntry[];
  readonly titles: readonly TitleEntry[];
  /** The files it was read from, in order. */
  readonly files: readonly string[];
  /** Entries whose name or alias has this normalized key (see `normalizeKey`); the key is normalized again. */
  lookup(name: string): LexiconEntry[];
  /** The entry with this id. */
  byId(id: string): LexiconEntry | undefined;
  /** The title whose name (any script) is this, normalized. */
  title(name: string): TitleEntry | undefined;
  /** Every normalized key with its entries (for building matchers). */
  readonly index: ReadonlyMap<string, readonly LexiconEntry[]>;
  /** Leader-pair abbreviations: 拜 → [Biden]. */
  readonly abbrevs: ReadonlyMap<string, readonly PersonEntry[]>;
  /** Country prefixes: 美 → [United States]. */
  readonly shorts: ReadonlyMap<string, readonly PlaceEntry[]>;
}
