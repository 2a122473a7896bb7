// A sentence that names no subject of its own (14日抵达柏林，与朔尔茨会谈): it goes on with the previous sentence's.
import type { SentenceView } from "./view.ts";

/** Words that open a sentence before its subject or verb: 当天, 翌日, 随后, 晚间, 回程 (simplified). */
const ADVERBIAL =
  /^(?:与此同时|此外|另外|在此之前|在此期间|此前|当天|当日|同日|同天|同一天|次日|翌日|隔天|隔日|随后|稍后|稍晚|其后|此后|之后|接着|最后|晚些时候|当晚|当天晚间|晚间|晚上|上午|下午|中午|早上|清晨|凌晨|傍晚|同时|回程时?|返程时?|去程时?|途中)/;

/** Punctuation and brackets between openers: 翌日（23日）, 14日， . */
const FILLER = /^[\s，,、（）()“”"「」『』]+/;

/**
 * What such a sentence opens with once its time words are read: 他/她 (15日他又在…), or a verb or
 * preposition of the predicate (抵达, 飞往, 过境, 与, 在, 会见, 出席 …), possibly after an adverb (又, 还, 先).
 */
const OPENS =
  /^(?:[他她](?![们們的])|(?:又|还|再|则|也|亦|并|随即|旋即|便|先|曾|将|已|即|另|正式)?(?:与|同|跟|在|于|赴|抵达|飞抵|飞往|飞赴|转往|转赴|转抵|前往|到达|来到|抵|过境|途经|经停|续访|会见|会晤|拜会|接见|出席|参加|访问|到访|出访|造访|致电|通电话|共进|宴请|款待))/;

/** 在…上/期间/之前/以来, 于…时, 随着…: a frame clause that ends before the subject is written. */
const FRAME = /^(?:在|于|随着|趁|就)[^，。；：]{1,20}?(?:上|中|下|里|内|间|期间|时|时候|之时|之际|前|之前|以前|后|之后|以后|以来|方面|问题上)[，,]/;

/** 与X相比, 与X有关, 与X不同: 与 opens a comparison or a relation. */
const RELATION = /相比|相较|比较|比起|不同|一样|相同|相似|类似|有关|无关|相关|关系|挂钩/;

/** Most openers read before giving up (time words and adverbials chained: 翌日（23日）晚间). */
const MAX_OPENERS = 6;

/**
 * Where the predicate of a sentence without a named subject starts, after its time words and
 * adverbials (14日, 翌日（23日）, 当天晚间), or -1 when the sentence names a subject or reads otherwise.
 * `17日转往首尔` and `翌日（23日）与总理孔特会谈` name no subject; `14日，李强会见了…` does.
 */
export function subjectlessOpening(view: SentenceView): number {
  const text = view.text;
  let at = 0;
  for (let n = 0; n < MAX_OPENERS; n++) {
    at += FILLER.exec(text.slice(at))?.[0].length ?? 0;
    const time = view.times.find((t) => t.start === at);
    if (time) {
      at = time.end;
      continue;
    }
    const word = ADVERBIAL.exec(text.slice(at, at + 6));
    if (word) {
      at += word[0].length;
      continue;
    }
    // 在俄乌问题上，卢拉…; 在抵达罗安达之前，布林肯…: a prepositional clause before the subject.
    const phrase = FRAME.exec(text.slice(at, at + 24));
    if (phrase) {
      at += phrase[0].length;
      continue;
    }
    break;
  }
  at += FILLER.exec(text.slice(at))?.[0].length ?? 0;
  // A person, place or organization written here is the subject (14日，中国外交部宣布…).
  if (view.persons.some((p) => p.start === at) || view.orgs.some((o) => o.start === at)) return -1;
  if (!OPENS.test(text.slice(at, at + 8))) return -1;
  // 与马克龙受到的接待相比，冯德莱恩…: a comparison or relation, not a counterpart.
  const clause = view.clauses.find((c) => c.end > at);
  return clause && RELATION.test(text.slice(at, clause.end)) ? -1 : at;
}
