// Office terms by the day (lexicon/world/offices.json): the day a leader or minister took office, and when the term ended.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Extraction } from "../model.ts";

/** One term of office: the lexicon person, the title, the first day and (when it ended) the last. */
export interface OfficeTerm {
  person: string;
  title: string;
  since: string;
  until?: string;
}

/** The office-days file shipped with the lexicon. */
export const OFFICES_FILE = fileURLToPath(new URL("../../lexicon/world/offices.json", import.meta.url));

/** Terms of office by person id. */
export class OfficeTerms {
  private readonly byPerson = new Map<string, OfficeTerm[]>();

  constructor(terms: readonly OfficeTerm[]) {
    for (const t of terms) this.byPerson.set(t.person, [...(this.byPerson.get(t.person) ?? []), t]);
  }

  /** Every dated term of a person (empty when the file dates none). */
  of(person: string): readonly OfficeTerm[] {
    return this.byPerson.get(person) ?? [];
  }
}

/** A person's terms as a clue's basis writes them: "terms 2009-01-20..2017-01-20, 2021-01-20..". */
export function termsLabel(terms: readonly OfficeTerm[]): string {
  return `terms ${terms.map((t) => `${t.since}..${t.until ?? ""}`).join(", ")}`;
}

/** The known people of an extraction whose terms the office days date, with those terms. */
export function* termedPeople(extraction: Extraction, terms: OfficeTerms): Generator<{ entity: Extraction["entities"][number]; list: readonly OfficeTerm[] }> {
  for (const entity of extraction.entities) {
    const list = entity.type === "person" && entity.known ? terms.of(entity.id) : [];
    if (list.length > 0) yield { entity, list };
  }
}

let shared: OfficeTerms | null = null;

/** The built-in office days, read once. Throws a parley error naming the file when it is not valid JSON. */
export function officeTerms(path = OFFICES_FILE): OfficeTerms {
  if (shared && path === OFFICES_FILE) return shared;
  let data: { offices?: OfficeTerm[] };
  try {
    data = JSON.parse(readFileSync(path, "utf8")) as typeof data;
  } catch (err) {
    throw new Error(`parley: cannot read the office days ${path}: ${(err as Error).message}; fix or restore the file`);
  }
  const terms = new OfficeTerms(data.offices ?? []);
  if (path === OFFICES_FILE) shared = terms;
  return terms;
}
