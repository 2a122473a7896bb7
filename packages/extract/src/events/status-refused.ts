// A request, hope or promise that the sentence says came to nothing: 曾要求与魏凤和通电话，但遭北京拒绝.
import type { SentenceView } from "./view.ts";

/** Asked for, hoped for, willing, tried, promised, planned, agreed: the event is only wanted (要求, 希望, 愿意, 答应, 计划, 商定 …). */
const WANTED =
  /要求|请求|請求|提出|寻求|尋求|希望|盼望|试图|試圖|邀请|邀請|想要|有意|争取|爭取|答应|答應|同意|承诺|承諾|允诺|允諾|计划|計劃|准备|準備|打算|安排|预定|預定|商定|约定|約定|议定|議定|敲定|谈妥|談妥|商妥|说好|說好|达成共识|達成共識|宣布将|宣佈將|愿意|願意|(?<![意心志自宏夙情请請])[愿願](?!景|望)|期待|期望|渴望|盼|喊话|喊話|提议|提議|倡议|倡議|呼吁|呼籲|(?<![思设設理幻构構回联聯猜])想(?!法|象|像|到|起)/;
/** …but it was refused, never came about (但直到他离开，两人都没有见面), or was put off (但这项访问因疫情而推迟). */
const CAME_TO_NOTHING =
  /遭[^，,。；;]{0,8}?拒[绝絕]|被[^，,。；;]{0,8}?拒[绝絕]|遭拒|婉拒|未获回应|未獲回應|(?:始终|始終|一直)?没有回应|(?:始终|始終|一直)?沒有回應|未予回应|未予回應|最终没有实现|最終沒有實現|最终未能实现|最終未能實現|未能实现|未能實現|未能成行|未果|落空|不了了之|(?:最终|最終|最后|最後|始终|始終|一直|终究|終究)?(?:没有|沒有|没能|沒能|未)成行|作罢|作罷|(?:但|不过|不過|然而|却|卻|可是|最终|最終|结果|結果)[^。；;]{0,24}?(?:都|均|并|並|仍|始终|始終|一直|终究|終究|还是|還是)?(?:没有|沒有|没能|沒能|未能|未曾|未)(?:见面|見面|会面|會面|会晤|會晤|会谈|會談|碰面|见到|見到|通话|通話|通电话|通電話)|(?:但|不过|不過|然而|却|卻|可是|后来|後來|最终|最終|结果|結果)[^。；;]{0,24}?(?:推迟|推遲|延期|延后|延後|推延|搁置|擱置|取消|叫停|喊停|告吹|泡汤|泡湯)/;
/** How far before the trigger the wanting verb may stand (要求与时任中国国防部长魏凤和通电话). */
const WANT_ROOM = 24;

/**
 * The refusal that undoes a wanted event, when the trigger at [start, end) follows a wanting verb of its
 * clause (from `from`) and the rest of the sentence says it came to nothing; undefined otherwise.
 * @example 奥斯汀曾要求与魏凤和通电话，但遭北京拒绝 → "遭北京拒绝"
 */
export function refusedRequest(view: SentenceView, from: number, start: number, end: number): string | undefined {
  const lead = view.cue.slice(Math.max(from, start - WANT_ROOM), start);
  if (lead.search(WANTED) < 0) return undefined;
  return CAME_TO_NOTHING.exec(view.cue.slice(end))?.[0];
}
