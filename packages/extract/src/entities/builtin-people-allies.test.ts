// Recognition of the lexicon's Taiwan party and cabinet figures, negotiators, Taiwan's allies, Central and Eastern Europe, the Nordics and the Gulf.
import { describe, expect, it } from "vitest";
import { loadLexicon } from "../lexicon/index.ts";
import { lexiconPeopleIn } from "./fixtures.ts";

const lexicon = loadLexicon();

/** Lexicon people a sentence names, by id without `person:`. */
const people = (text: string): string[] => lexiconPeopleIn(text, lexicon);

/** A sentence and the lexicon people it must name (exactly these). */
const ROWS: [text: string, expected: string[]][] = [
  // Taiwan: party leaders, premiers, ministers, cross-strait bodies
  ["国民党荣誉主席吴伯雄率团抵达南京。", ["wu-po-hsiung"]],
  ["國民黨副主席郝龍斌今日出席海峽論壇。", ["hau-lung-pin"]],
  ["时任外交部长林永乐陪同出访巴拉圭。", ["david-lin"]],
  ["行政院長江宜樺在立法院備詢。", ["jiang-yi-huah"]],
  ["海基會董事長林中森與海協會會長陳德銘會談。", ["chen-deming", "lin-join-sane"]],
  ["海协会会长陈云林抵达台北，与江丙坤举行会谈。", ["chen-yunlin", "chiang-pin-kung"]],
  // negotiators and aides
  ["美國副貿易代表比安奇與中方官員舉行視訊會議。", ["sarah-bianchi"]],
  ["伊朗最高国家安全委员会秘书贾利利与欧盟代表会谈。", ["saeed-jalili"]],
  ["阿联酋国家安全顾问塔农·本·扎耶德访问华盛顿。", ["tahnoun-bin-zayed"]],
  // Taiwan's allies in both renderings
  ["巴拉圭總統卡提斯抵達台北松山機場。", ["horacio-cartes"]],
  ["巴拉圭总统卡特斯出席就职典礼。", ["horacio-cartes"]],
  ["瓜地馬拉總統摩拉勒斯與蔡英文會晤。", ["jimmy-morales", "tsai-ing-wen"]],
  ["馬紹爾群島總統柯布亞訪問台灣。", ["david-kabua"]],
  ["吉里巴斯前總統湯安諾曾多次訪台。", ["anote-tong"]],
  ["巴拿马总统巴雷拉与习近平举行会谈。", ["juan-carlos-varela", "xi-jinping"]],
  // Central and Eastern Europe, the Nordics, Benelux
  ["斯洛伐克总统恰普托娃会见了来访的客人。", ["zuzana-caputova"]],
  ["捷克外長利帕夫斯基表示，將與台灣加強合作。", ["jan-lipavsky"]],
  ["摩尔多瓦总统桑杜在基希讷乌会见泽连斯基。", ["maia-sandu", "volodymyr-zelensky"]],
  ["芬蘭外長哈維斯托與王毅通電話。", ["pekka-haavisto", "wang-yi"]],
  ["挪威外交大臣巴特·艾德访华。", ["espen-barth-eide"]],
  // the Gulf, Iran, Turkey, Egypt, Israel
  ["土耳其总统居尔对中国进行国事访问。", ["abdullah-gul"]],
  ["埃及前总统穆巴拉克于2011年下台。", ["hosni-mubarak"]],
  ["以色列總理奧爾默特與布希會晤。", ["ehud-olmert"]],
  ["沙特外交大臣沙特·费萨尔在利雅得会见来访的外宾。", ["saud-al-faisal"]],
  // Southeast Asia 2005-2020
  ["印尼外长纳塔莱加瓦在雅加达会见杨洁篪。", ["marty-natalegawa", "yang-jiechi"]],
  ["新加坡外長楊榮文出席東盟外長會議。", ["george-yeo"]],
  ["缅甸总统吴登盛对中国进行国事访问。", ["thein-sein"]],
  ["菲律賓總統艾若育與胡錦濤會談。", ["gloria-macapagal-arroyo", "hu-jintao"]],
  ["柬埔寨外交大臣贺南洪表示，东盟不会分裂。", ["hor-namhong"]],
  // Latin American foreign ministers
  ["阿根廷外长蒂默曼与王毅举行会谈。", ["hector-timerman", "wang-yi"]],
  ["哥倫比亞外長奧爾金表示，將深化對華合作。", ["maria-angela-holguin"]],
  ["委内瑞拉外长阿雷亚萨抵达北京。", ["jorge-arreaza"]],
  // look-alikes that are no person
  ["他在大会上严明纪律，要求团结。", []],
  ["美方代表团在罗利市参观。", []],
  ["特立尼达和多巴哥总理基思·罗利会见中国客人。", ["keith-rowley"]],
];

describe("builtin people (parties, negotiators, allies, Europe, the Gulf)", () => {
  it.each(ROWS)("should name the people in %s", (text, expected) => {
    expect(people(text)).toEqual([...expected].sort());
  });
});
