// A side written as a bare title (国务卿今天已经同王毅通了电话): the person of the story who holds it.
import type { Lexicon } from "../lexicon/index.ts";
import type { EntityItem } from "./view.ts";

/** A bare title opening the words before the counterpart: 国务卿, 总统, 首相, 防长 (optionally 这位/该). */
const BARE_TITLE = /^(?:这位|這位|该|該)?(国务卿|國務卿|总统|總統|首相|总理|總理|外长|外長|外交部长|外交部長|国防部长|國防部長|防长|防長|财长|財長|财政部长|財政部長|国家安全顾问|國家安全顧問|议长|議長)(?![^与與同跟和]{0,2}[府院部]|的)/;

/** The bare title that opens `lead` (the text from the clause's scope to the first person), if any. */
export function bareTitle(lead: string): string | undefined {
  return BARE_TITLE.exec(lead)?.[1];
}

/**
 * The person most recently named in the story (`people`, oldest first) whose lexicon roles hold `title`
 * (simplified or traditional), not one of the `others` (the counterparts): 布林肯…。国务卿今天早些时候已经同王毅通了
 * 电话 → 布林肯.
 */
export function titledPerson(people: readonly EntityItem[], title: string, lexicon: Lexicon | undefined, others: readonly string[] = []): EntityItem | undefined {
  if (!lexicon) return undefined;
  const simple = SIMPLE[title] ?? title;
  for (let i = people.length - 1; i >= 0; i--) {
    if (others.includes(people[i]!.id)) continue;
    const e = lexicon.byId(people[i]!.id);
    if (e?.type === "person" && e.roles.some((r) => r.title === simple)) return people[i];
  }
  return undefined;
}

/** Traditional spellings of the titles, to the lexicon's simplified ones. */
const SIMPLE: Record<string, string> = {
  國務卿: "国务卿", 總統: "总统", 總理: "总理", 外長: "外长", 外交部長: "外交部长", 國防部長: "国防部长", 防長: "防长",
  財長: "财长", 財政部長: "财政部长", 國家安全顧問: "国家安全顾问", 議長: "议长",
};
