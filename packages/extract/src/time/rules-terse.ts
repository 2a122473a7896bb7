// Press shorthand for days (Hong Kong and Taiwan papers): 習近平昨在北京…, 今抵馬, 拉馬福薩前日在比勒陀利亞…
import { anchorKindOf } from "./anchor.ts";
import { addDays } from "./calendar.ts";
import { daySpan, unresolved } from "./spans.ts";
import type { MatchContext, Resolved, TimeRule } from "./types.ts";

/** What follows a one-character day in a news clause: a preposition, an adverb or an event verb. */
const VERB_AFTER = "在於于与與和跟同向亦也又再已还還即便就才正首分率赴抵到飛飞出會会晤見见訪访接致宣舉举簽签發发表稱称指通";

/** A day counted from the publication day, or unresolved in a text with no anchor yet. */
function fromAnchor(ctx: MatchContext, delta: number): Resolved | null {
  if (!ctx.state.anchor) return unresolved("day");
  return daySpan(addDays(ctx.state.anchor, delta), anchorKindOf(ctx.state));
}

/** Bare 昨 / 今 / 前日 before a verb, as the press writes them; compounds (昨天, 今年, 前日本首相) are other rules or nothing. */
export const TERSE_DAY_RULES: readonly TimeRule[] = [
  {
    // 習近平昨在北京會見 · 岸田文雄昨亦與莫迪會談 · 昨抵達 (not 今是昨非)
    name: "terse-yesterday",
    pattern: `(?<![是今])昨(?=[${VERB_AFTER}])`,
    resolve: (_g, ctx) => fromAnchor(ctx, -1),
  },
  {
    // 李強今抵馬 · 裴洛西今與蔡英文會面 (not 至今, 如今, 迄今, 從今, 當今, 現今)
    name: "terse-today",
    pattern: `(?<![至如而迄从從自于於当當古現现即距今])今(?=[在於与與和同抵赴出會会晤見见訪访將将再亦也已起])`,
    resolve: (_g, ctx) => fromAnchor(ctx, 0),
  },
  {
    // 拉馬福薩前日在比勒陀利亞 · 同樣在前日 (not 前日本首相, 會議前日 = the eve of an event, 目前日程)
    name: "terse-day-before-yesterday",
    pattern: `(?<![目之提如不相共认認最会會议議晤谈談访訪礼禮典赛賽选選幕节節期程当當此眼])前日(?![本军軍方相皇圓圆元語语文籍韓韩俄美中英法德裔期子前程（(〔\\d０-９])`,
    resolve: (_g, ctx) => fromAnchor(ctx, -2),
  },
];
