// Loads the traditional→simplified converter and the pinyin romanizer on demand: they are too large for first paint.
import type { ScriptFolder } from "./normalize.ts";
import type { Romanizer } from "./index.ts";

/** Both folders, or whichever could be loaded. */
export interface Folders {
  toSimplified?: ScriptFolder;
  romanize?: Romanizer;
}

/** Imports opencc-js (t2cn) and pinyin-pro; a failure leaves that folder out rather than breaking search. */
export async function loadFolders(): Promise<Folders> {
  const [opencc, pinyin] = await Promise.allSettled([import("opencc-js/t2cn"), import("pinyin-pro")]);
  const folders: Folders = {};
  if (opencc.status === "fulfilled") {
    const hk = opencc.value.Converter({ from: "hk", to: "cn" });
    const tw = opencc.value.Converter({ from: "tw", to: "cn" });
    folders.toSimplified = (text) => hk(tw(text));
  }
  if (pinyin.status === "fulfilled") {
    const { pinyin: toPinyin } = pinyin.value;
    folders.romanize = (text) => toPinyin(text, { toneType: "none", type: "array" }).join("");
  }
  return folders;
}
