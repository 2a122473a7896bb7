// Table-driven recognition tests: sentences and the people, places and organizations expected in them.
import { describe, expect, it } from "vitest";
import { recognizeEntities } from "./recognize.ts";
import { sentencesOf, testDocument, testLexicon } from "./fixtures.ts";

interface Row {
  text: string;
  /** Exactly these people (entity names: lexicon zh, or the name as found). */
  people: string[];
  places?: string[];
  /** Places that must not be found (a cut-off piece of a longer place). */
  notPlaces?: string[];
  orgs?: string[];
  /** Organizations that must not be found (the other country's ministry). */
  notOrgs?: string[];
}

const ROWS: Row[] = [
  // lexicon names on word boundaries
  { text: "王毅10月27日对拜登表示，希望双方加强沟通。", people: ["王毅", "拜登"] },
  { text: "美国国务卿布林肯表示，美方愿意对话。", people: ["布林肯"], places: ["美国"] },
  { text: "美国国务卿安东尼‧布林肯（Antony Blinken）在华盛顿接待王毅。", people: ["布林肯", "王毅"], places: ["华盛顿"] },
  { text: "布林肯与王毅会晤。", people: ["布林肯", "王毅"] },
  { text: "国务卿布林肯和国家安全顾问沙利文分别会见了王毅。", people: ["布林肯", "沙利文", "王毅"] },
  { text: "中国国家主席习近平会见美国财长耶伦。", people: ["习近平", "耶伦"] },
  { text: "韩正与布林肯举行会谈。", people: ["韩正", "布林肯"] },
  { text: "何立峰在北京会见耶伦。", people: ["何立峰", "耶伦"], places: ["北京"] },
  { text: "美国总统拜登（Joe Biden）和中国国家主席习近平之间的会晤", people: ["拜登", "习近平"] },
  { text: "拜登政府官员对北京进行了一系列访问。", people: ["拜登"] },
  { text: "特朗普称，他将很快访问中国。", people: ["特朗普"] },
  { text: "普京和习近平在克里姆林宫会谈。", people: ["普京", "习近平"], places: ["克里姆林宫"] },
  { text: "国务院总理李强在人民大会堂会见外宾。", people: ["李强"], places: ["人民大会堂"] },
  { text: "克里访问北京，讨论气候问题。", people: ["克里"] },
  { text: "克里说，双方取得了进展。", people: ["克里"] },
  { text: "印度总理莫迪抵达华盛顿。", people: ["莫迪"], places: ["华盛顿"] },
  { text: "法国总统马克龙说，欧洲需要自主。", people: ["马克龙"] },
  { text: "日本首相岸田文雄表示，将加强同盟。", people: ["岸田文雄"] },
  { text: "王毅在马耳他与沙利文会晤。", people: ["王毅", "沙利文"], places: ["马耳他"] },
  { text: "王毅与美国总统国家安全事务助理沙利文在马耳他举行会晤。", people: ["王毅", "沙利文"], places: ["马耳他"] },
  // traps: no person inside a longer word
  { text: "李强调了中方的立场。", people: [] },
  { text: "克里姆林宫发表声明。", people: [], places: ["克里姆林宫"] },
  { text: "俄罗斯吞并克里米亚引发制裁。", people: [], places: ["俄罗斯", "克里米亚"] },
  { text: "林肯总统的演讲至今仍被引用。", people: ["林肯"] },
  { text: "普通民众对此并不关心。", people: [] },
  { text: "他已经习惯了这种节奏。", people: [] },
  { text: "他前往拜访了老朋友。", people: [] },
  { text: "学生们学习拜会礼仪。", people: [] },
  // places and institutions are never people
  { text: "白宫表示，会谈富有成效。", people: [], places: ["白宫"] },
  { text: "华盛顿方面表示欢迎。", people: [], places: ["华盛顿"] },
  { text: "马耳他总理府表示将提供协助。", people: [], places: ["马耳他"] },
  { text: "外长会议在华盛顿举行。", people: [], places: ["华盛顿"] },
  { text: "白宫国安顾问沙利文(Jake Sullivan)表示，对话很坦诚。", people: ["沙利文"], places: ["白宫"] },
  // leader-pair abbreviations
  { text: "为拜习会晤制定议程。", people: ["拜登", "习近平"] },
  { text: "习拜会在旧金山举行。", people: ["习近平", "拜登"], places: ["旧金山"] },
  { text: "外界关注川习会的成果。", people: ["特朗普", "习近平"] },
  { text: "拜习峰会前夕，双方密集接触。", people: ["拜登", "习近平"] },
  { text: "习川会在海湖庄园举行。", people: ["习近平", "特朗普"] },
  { text: "双方正在筹备习拜峰会。", people: ["习近平", "拜登"] },
  { text: "川普会晤普京之前，双方通了电话。", people: ["特朗普", "普京"] },
  { text: "川普会见了到访的代表团。", people: ["特朗普"] },
  { text: "川普峰会前夕，白宫表示乐观。", people: ["特朗普"], places: ["白宫"] },
  { text: "川普會在下週宣布。", people: ["特朗普"] },
  { text: "拜习通电话后，双方发表声明。", people: ["拜登", "习近平"] },
  { text: "習拜莊園會晤備受關注。", people: ["习近平", "拜登"] },
  { text: "外界关注习拜旧金山会晤的成果。", people: ["习近平", "拜登"], places: ["旧金山"] },
  { text: "拜习二度会面后，双方表示。", people: ["拜登", "习近平"] },
  { text: "习拜视频会晤举行。", people: ["习近平", "拜登"] },
  { text: "川普旧金山会晤后离开。", people: ["特朗普"], places: ["旧金山"] },
  { text: "习拜庄园会晤后，庄园对游客开放。", people: ["习近平", "拜登"] },
  // bylines
  { text: "（大纪元记者林燕报导）周四下午，双方会面。", people: ["林燕"] },
  { text: "责任编辑：李缘", people: ["李缘"] },
  { text: "作者丨朱恩地，深圳卫视直新闻记者", people: ["朱恩地"] },
  { text: "编辑丨刘立平，深圳卫视直新闻主编", people: ["刘立平"] },
  { text: "排版丨季靳玮", people: ["季靳玮"] },
  { text: "记者会上，发言人表示欢迎。", people: [] },
  { text: "（中央社記者張淑伶華盛頓21日專電）美國總統拜登表示。", people: ["张淑伶", "拜登"], places: ["华盛顿"] },
  { text: "文／林燕", people: ["林燕"] },
  { text: "编译：王可", people: ["王可"] },
  { text: "文化交流是两国关系的基础。", people: [] },
  // names outside the lexicon: title before, speech verb after
  { text: "中国外交部副部长孙卫东在9月底访美。", people: ["孙卫东"] },
  { text: "复旦大学美国研究中心副主任信强向媒体表示，美方需求强烈。", people: ["信强"] },
  { text: "中国驻美大使谢锋会见代表团。", people: ["谢锋"] },
  { text: "美助理国务卿康达在华盛顿会见孙卫东。", people: ["康达", "孙卫东"], places: ["华盛顿"] },
  { text: "美国务院发言人米勒在记者会上表示，邀请仍然有效。", people: ["米勒"] },
  { text: "中国外交部发言人毛宁在例行记者会上表示，中方欢迎。", people: ["毛宁"] },
  { text: "美国会参议院多数党领袖舒默也宣布将率团访华。", people: ["舒默"] },
  { text: "英国外交大臣卡梅伦表示，英方关注局势。", people: ["卡梅伦"] },
  { text: "德国总理朔尔茨表示，将访问北京。", people: ["朔尔茨"], places: ["北京"] },
  { text: "欧盟委员会主席冯德莱恩表示，欧盟将采取措施。", people: ["冯德莱恩"] },
  { text: "联合国秘书长古特雷斯表示关切。", people: ["古特雷斯"], orgs: ["联合国"] },
  { text: "香港特首李家超表示，将出席峰会。", people: ["李家超"] },
  { text: "新加坡总理黄循财表示，希望中美稳定关系。", people: ["黄循财"] },
  { text: "马来西亚首相安瓦尔说，东盟保持中立。", people: ["安瓦尔"] },
  { text: "韩国总统尹锡悦说，将加强合作。", people: ["尹锡悦"] },
  // a run of transliteration characters after a strong title, however jieba cuts it
  { text: "首相依斯邁沙比里表示歡迎。", people: ["依斯迈沙比里"] },
  { text: "马来西亚首相依斯迈沙比里今天抵达北京。", people: ["依斯迈沙比里"], places: ["北京"] },
  { text: "馬來西亞首相安華說，東盟保持中立。", people: ["安华"] },
  { text: "总理安排了会见。", people: [] },
  { text: "总统比较关注此事。", people: [] },
  { text: "美国总统府发表声明。", people: [] },
  { text: "马耳他总理阿贝拉表示欢迎。", people: ["阿贝拉"], places: ["马耳他"] },
  { text: "國立政治大學外交系教授黃奎博表示，美中關係短期內難以改善。", people: ["黄奎博"] },
  { text: "淡江大學戰略所副教授林穎佑分析，解放軍演習規模擴大。", people: ["林颖佑"] },
  { text: "台大政治系名譽教授明居正接受本台採訪時說，北京不會讓步。", people: ["明居正"] },
  { text: "李建华大使表示，中英关系面临机遇。", people: ["李建华"] },
  { text: "卡尔森部长说，瑞典支持对话。", people: ["卡尔森"] },
  { text: "据新华社报道，国家主席习近平致电祝贺当选总统。", people: ["习近平"] },
  { text: "总统明年将访问中国，部长明确表示反对。", people: [] },
  { text: "他被提名为国务卿一职，总统任期将满。", people: [] },
  // English in parentheses (half- and full-width, spaces)
  { text: "加州州长纽森 (Gavin Newsom) 访华。", people: ["纽森"] },
  { text: "财政部长珍妮特·耶伦 ( Janet Yellen ) 7 月访华。", people: ["耶伦"] },
  { text: "参议院多数党领袖舒默（Chuck Schumer）在内的几位参议员", people: ["舒默"] },
  { text: "国际货币基金组织(IMF)中国部的前负责人埃斯瓦尔·普拉萨德(Eswar Prasad)表示，北京渴望避免紧张。", people: ["埃斯瓦尔·普拉萨德"] },
  { text: "亚太经合组织（APEC）峰会将在旧金山举行。", people: [], places: ["旧金山"] },
  { text: "峰会在旧金山湾区举行，湾区企业关注。", people: [], places: ["旧金山湾区"], notPlaces: ["旧金山湾", "旧金山"] },
  { text: "習近平抵達舊金山灣區出席峰會。", people: ["习近平"], places: ["旧金山湾区"] },
  { text: "美国众议院议长约翰逊(Mike Johnson)称，国会将举行听证会。", people: ["约翰逊"] },
  // joined transliterations: · ‧ ・ • - –
  { text: "俄罗斯总统弗拉基米尔-普京将于十月访问北京。", people: ["普京"], places: ["俄罗斯", "北京"] },
  { text: "布鲁金斯学会中国中心主任瑞安·哈斯表示，双方将继续行动。", people: ["瑞安·哈斯"], orgs: ["布鲁金斯学会"] },
  { text: "国家安全委员会发言人约翰‧柯比（John Kirby）周四表示期待会晤。", people: ["约翰·柯比"] },
  { text: "美国前众议院议长南希‧佩洛西访问台湾后，北京切断了沟通渠道。", people: ["南希·佩洛西"], places: ["台湾"] },
  { text: "俄罗斯外交部长谢尔盖-拉夫罗夫表示，莫斯科欢迎对话。", people: ["谢尔盖·拉夫罗夫"] },
  { text: "美国参议员米特–罗姆尼访问北京。", people: ["米特·罗姆尼"], places: ["北京"] },
  { text: "英国首相基尔・斯塔默表示，英国将保持接触。", people: ["基尔·斯塔默"] },
  { text: "美国商务部长吉娜•雷蒙多在8月访华期间宣布成立工作组。", people: ["吉娜·雷蒙多"] },
  { text: "巴黎政治学院教授让-皮埃尔·卡贝斯坦（Jean-Pierre Cabestan）指出，卡贝斯坦认为欧洲不会让步。", people: ["让·皮埃尔·卡贝斯坦"] },
  { text: "美国前总统唐纳德·特朗普及其顾问认为对话无益。", people: ["特朗普"] },
  { text: "美中关系正常化已有四十多年。", people: [], places: [] },
  // traditional script
  { text: "美國國務卿布林肯與中國外長王毅在華盛頓會晤。", people: ["布林肯", "王毅"], places: ["华盛顿"] },
  { text: "國安顧問蘇利文表示，雙方討論了台海問題。", people: ["沙利文"] },
  { text: "賴清德出席活動並發表談話。", people: ["赖清德"] },
  { text: "總統蔡英文表示，台灣將堅守民主。", people: ["蔡英文"], places: ["台湾"] },
  { text: "美國財長葉倫訪問北京。", people: ["耶伦"], places: ["北京"] },
  { text: "川普與習近平通電話。", people: ["特朗普", "习近平"] },
  { text: "俄羅斯總統普丁與習近平會面。", people: ["普京", "习近平"] },
  { text: "台灣外交部長吳釗燮表示，將持續深化台美關係。", people: ["吴钊燮"] },
  { text: "國務卿安東尼‧布林肯（Antony Blinken）抵達北京。", people: ["布林肯"], places: ["北京"] },
  // half-width punctuation
  { text: "王毅说:\"中美应该对话\",布林肯表示同意.", people: ["王毅", "布林肯"] },
  { text: "王毅称, 双方同意保持沟通.", people: ["王毅"] },
  { text: "(记者 林燕) 美方(White House)回应称", people: ["林燕"] },
  // nothing to find: brands and companies with transliterated names
  { text: "索尼指出，销量下滑；沃尔玛表示将扩张。", people: [] },
  { text: "洛克希德·马丁公司表示，将继续向台湾出售武器。", people: [] },
  // bare surnames of two lexicon people: the title in front, else the full name in the document
  { text: "美国驻华大使伯恩斯表示，两国应保持沟通。", people: ["尼古拉斯·伯恩斯"] },
  { text: "中情局局长伯恩斯秘密访华。", people: ["威廉·伯恩斯"] },
  { text: "美國中情局局長伯恩斯表示，雙方溝通順暢。", people: ["威廉·伯恩斯"] },
  { text: "中央情报局局长威廉·伯恩斯访华。伯恩斯会见了王毅。", people: ["威廉·伯恩斯", "王毅"] },
  { text: "驻华大使尼古拉斯·伯恩斯表示欢迎。中情局局长伯恩斯也到访。", people: ["尼古拉斯·伯恩斯", "威廉·伯恩斯"] },
  { text: "布鲁金斯学会研究员哈斯表示，双方将继续行动。", people: ["哈斯"] },
  { text: "美国外交关系委员会荣誉主席哈斯表示，局势紧张。", people: ["理查德·哈斯"] },
  { text: "外交關係委員會主席哈斯說，美中需要對話。", people: ["理查德·哈斯"] },
  { text: "专家哈斯表示，局势紧张。", people: ["哈斯"] },
  { text: "前国务卿赖斯表示，对话很重要。", people: ["康多莉扎·赖斯"] },
  { text: "国家安全顾问赖斯表示，对话很重要。", people: ["赖斯"] },
  { text: "据路透社报道，消息人士透露会谈将于下月举行。", people: [], orgs: ["路透社"] },
  { text: "官员表示，该报说，美方表示欢迎。", people: [] },
  { text: "中方对此明白表示反对。文明说到底是交流。", people: [] },
  { text: "总统大选将于明年举行。", people: [] },
  { text: "部长级会议在北京召开。", people: [], places: ["北京"] },
  { text: "国务卿办公室发表声明。", people: [] },
  // a bare ministry name goes with the nearest country cue of its sentence, else the lexicon's default
  { text: "美国财政部官员说，两国财政部将继续沟通。", people: [], orgs: ["美国财政部"], notOrgs: ["中国财政部"] },
  { text: "美方表示，财政部官员将访华。", people: [], orgs: ["美国财政部"], notOrgs: ["中国财政部"] },
  { text: "華盛頓消息，財政部將公布新規。", people: [], orgs: ["美国财政部"], notOrgs: ["中国财政部"] },
  { text: "中方表示，财政部将作出回应。", people: [], orgs: ["中国财政部"], notOrgs: ["美国财政部"] },
  { text: "财政部官员表示欢迎。", people: [], orgs: ["中国财政部"], notOrgs: ["美国财政部"] },
  { text: "白宫表示，国务院将发表声明。", people: [], orgs: ["美国国务院"], notOrgs: ["国务院"] },
  { text: "北京消息，国务院发表声明，美国表示关注。", people: [], orgs: ["国务院"], notOrgs: ["美国国务院"] },
  // common words jieba tags nr: no names without a title
  { text: "会谈之后，两国关系的前景更加明朗。", people: [] },
  { text: "會談之後，兩國關係的前景更加明朗。", people: [] },
  { text: "双方明白表示，祝贺会议成功。", people: [] },
];

describe("recognizeEntities", () => {
  it("should have at least 80 table rows", () => {
    expect(ROWS.length).toBeGreaterThanOrEqual(80);
  });

  it.each(ROWS)("should find the people in $text", (row) => {
    const doc = testDocument([row.text]);
    const entities = recognizeEntities(doc, sentencesOf(doc), testLexicon);
    const names = (type: string) => entities.filter((e) => e.type === type).map((e) => e.name);
    expect(names("person").sort()).toEqual([...row.people].sort());
    for (const place of row.places ?? []) expect(names("place")).toContain(place);
    for (const place of row.notPlaces ?? []) expect(names("place")).not.toContain(place);
    for (const org of row.orgs ?? []) expect(names("organization")).toContain(org);
    for (const org of row.notOrgs ?? []) expect(names("organization")).not.toContain(org);
  });
});
