// Event and initiative recognition on invented sentences: named meetings that took place,
// numbered named events, bare keywords after 召开, inspection tours, quoted policies and slogans.
import { describe, expect, it } from "vitest";
import { entitiesByName, mentionsOf, recordOf, textsOf } from "./run-recognize.js";

const named = (text: string) => mentionsOf(text).filter((m) => m.type === "Event" && !m.attrs.generic);

describe("events", () => {
  it.each([
    ["2023年3月15日，某市召开全市经济工作会议。", "全市经济工作会议", "meeting"],
    ["5月9日，丽水市数字经济发展大会召开。", "丽水市数字经济发展大会", "conference"],
    ["5月9日，2023中国（丽水）生态产品论坛在丽水举行。", "2023中国（丽水）生态产品论坛", "forum"],
    ["昨日，丽水市第二届乡村运动会在莲都区举行。", "丽水市第二届乡村运动会", "activity"],
    // 第N届“…” names keep their ordinal and quotes.
    ["当天，第三届“山海协作”论坛在丽水开幕。", "第三届“山海协作”论坛", "forum"],
    ["第五届“江南风情”文化节活动在某市开幕。", "第五届“江南风情”文化节活动", "activity"],
    // 举行的: the 的 of the clause before the name is not part of it.
    ["当天下午，随后举行的数字贸易高峰论坛在杭州召开。", "数字贸易高峰论坛", "forum"],
    // The cue before a meeting and the person who presided are not part of its name.
    ["今日上午，市委书记张建国主持召开市委常委会会议。", "市委常委会会议", "meeting"],
    // A verb before a division (巡视/十堰市委) is inside the name, and the body is the division's.
    ["昨天上午，省委第五巡视组巡视十堰市委情况反馈会召开。", "省委第五巡视组巡视十堰市委情况反馈会", "meeting"],
    ["当天，市政府举行新闻通气会。", "新闻通气会", "meeting"],
    // A numbered name ending in a word for a gathering that no keyword lists (风筝会).
    ["今天上午，第42届潍坊国际风筝会在滨海区开幕。", "第42届潍坊国际风筝会", "conference"],
    // Short forms: 进博会, 全运会.
    ["第七届进博会在上海开幕。", "第七届进博会", "conference"],
    ["第十五届全运会在广州开幕。", "第十五届全运会", "activity"],
    ["10月29日，市人大常委会举行大气污染防治工作专题询问会。", "大气污染防治工作专题询问会", "meeting"],
    ["特区政府在会展中心举行庆祝酒会。", "庆祝酒会", "ceremony"],
    ["11月21日，市委理论学习中心组举行2024年第十次集体学习。", "2024年第十次集体学习", "meeting"],
    // A guest's visit (做客) says a lecture series' session took place; the guest is not in its name.
    ["10月16日下午，院士慕容清远做客兰州大学第126期“萃英大讲堂”，作学术报告。", "兰州大学第126期“萃英大讲堂", "activity"],
  ])("named event that took place: %s → %s", (text, name, kind) => {
    const events = named(text);
    expect(events.map((e) => e.text)).toEqual([name]);
    expect(events[0]!.attrs.kind).toBe(kind);
    expect(text.slice(events[0]!.start, events[0]!.end)).toBe(name);
  });

  it.each([
    ["市委召开座谈会，市委书记张建国主持。", "座谈会"],
    ["12月30日，市政府召开常务会议。", "常务会议"],
    ["外交部当天举行记者招待会。", "记者招待会"],
  ])("a bare keyword right after 召开 is an event: %s", (text, name) => {
    expect(named(text).map((e) => e.text)).toEqual([name]);
  });

  it("a congress delegation's deliberation is a meeting named after its place, attended by who joined it", () => {
    const text = "3月6日下午，国务院副总理严正伦参加十四届全国人大三次会议广西代表团审议。";
    const record = recordOf(text);
    const review = record.entities.find((e) => e.type === "Event" && e.name === "广西代表团审议")!;
    expect(review).toBeDefined();
    expect(record.relations.filter((r) => r.type === "ATTENDED").map((r) => [r.from, r.role, r.to])).toEqual([["person:严正伦", "attended", review.id]]);
  });

  it("a study group's session is named after the group (省委理论学习中心组…进行集体学习), and its lecturer spoke there", () => {
    const text = "4月15日，省委理论学习中心组围绕粮食安全进行集体学习。会议邀请郑州大学马克思主义学院教授司徒蔓作专题辅导。";
    const record = recordOf(text);
    const event = record.entities.find((e) => e.type === "Event")!;
    expect(event.name).toBe("省委理论学习中心组集体学习");
    expect(record.relations.filter((r) => r.type === "ATTENDED").map((r) => [r.from, r.role, r.to])).toEqual([["person:司徒蔓", "spoke", event.id]]);
  });

  it("an opener the segmenter glued to the keyword (日召/开会/议) still ends the name", () => {
    expect(named("中共中央政治局4月30日召开会议，分析研究当前经济形势。").map((e) => e.text)).toEqual(["会议"]);
  });

  it("a bare 会议 held later is another meeting than a named one before it", () => {
    const text = "国务院总理李强主持召开国务院常务会议。中共中央政治局4月30日召开会议，中共中央总书记习近平主持会议。";
    expect(recordOf(text).entities.filter((e) => e.type === "Event").map((e) => e.name)).toEqual(["国务院常务会议", "会议"]);
  });

  it.each([
    ["在随后召开的座谈会上，史红霞汇报了情况。", ["座谈会"]],
    ["记者从1月16日召开的全市新能源汽车产业发展推进会上获悉，产值增长。", ["全市新能源汽车产业发展推进会"]],
    ["1月11日，政协清河县第十一届委员会第三次会议在县会议中心胜利闭幕。", ["政协清河县第十一届委员会第三次会议"]],
    ["2024年春风行动专场招聘会在市体育中心举行。", ["2024年春风行动专场招聘会"]],
    ["12月20日，县委常委班子召开2023年度专题民主生活会。", ["2023年度专题民主生活会"]],
    // A topic in quotes is part of the name (协商会 among the keywords).
    ["昨天下午，市政协召开“推动民营经济高质量发展”专题协商会。", ["“推动民营经济高质量发展”专题协商会"]],
    // A single dash joins the parties of an event; presiding over it says it took place.
    ["第20届中国—东盟博览会在南宁举行。", ["第20届中国—东盟博览会"]],
  ])("a meeting held at the place the sentence speaks from (召开的…会上) is an event: %s", (text, names) => {
    expect(named(text).map((e) => e.text)).toEqual(names);
  });

  it.each([
    // A reference back from where someone spoke, a venue named after meetings, counts of events.
    "会后，赵奇玲在学习座谈会上说，这次会议召开得十分成功。",
    "活动在县会议中心举行，全县今年举办各类招聘活动46场。",
    "节日期间将开展20余项活动。",
    // An opener after 将 or 拟 is a plan (即将启动的…活动).
    "副司长王海军介绍了即将启动的“消费促进年”活动安排。",
    // A numbered body is no gathering (第十四届…常委会).
    "第十四届全国人大常委会委员长赵乐际出席。",
  ])("no named event: %s", (text) => {
    expect(named(text).map((e) => e.text)).toEqual([]);
  });

  it("the opening or closing of an event (出席闭幕大会) is that event", () => {
    const text = "1月11日，县政协第三次会议在县城胜利闭幕。县政协主席田玉兰主持闭幕大会并讲话。";
    expect(recordOf(text).entities.filter((e) => e.type === "Event").map((e) => e.name)).toEqual(["县政协第三次会议"]);
  });

  it("a training course that opens (开班) took place", () => {
    expect(named("3月15日，全县镇村干部能力提升培训班在县委党校开班。").map((e) => e.text)).toEqual(["全县镇村干部能力提升培训班"]);
  });

  it("an event name does not reach back over 就 (发言人某某就大会议程…)", () => {
    expect(named("会议4日举行发布会，发言人王海军就大会议程回答提问。").map((e) => e.text)).toEqual(["发布会"]);
  });

  it("a bare keyword someone attended is an event unless the article named one of that kind", () => {
    expect(named("市长张伟出席签约仪式并见证签约。").map((e) => e.text)).toEqual(["签约仪式"]);
    expect(named("市委召开民营企业家座谈会。市长张伟出席座谈会并讲话。").map((e) => e.text)).toEqual(["民营企业家座谈会"]);
  });

  it.each(["会议结束后，大家纷纷离场。", "全国两会是在开局之年召开的一次重要会议。", "要认真落实全市经济工作会议精神。", "他走进会议室。", "市领导王志明参加上述活动。", "当天，各界还举办文艺演出等200多项庆祝活动。"])(
    "references, cited meetings and longer words are no named event: %s",
    (text) => {
      expect(named(text)).toEqual([]);
    },
  );

  it.each([
    ["市委书记张建国到青田县调研。", "青田县调研"],
    ["县长陈德明一行来到青山镇调研乡村振兴工作。", "青山镇调研"],
    // Or after what it looked into.
    ["6月18日，副县长郑光辉带队督查防汛救灾工作。", "防汛救灾工作督查"],
    // 检查 is a tour where one goes somewhere for it; at a stop it is one more thing done there.
    ["昨日，市委书记何志坚深入浈江区、曲江区检查防汛备汛工作。", "防汛备汛工作检查"],
  ])("an inspection tour is named after where it went: %s → %s", (text, name) => {
    const events = recordOf(text).entities.filter((e) => e.type === "Event");
    expect(events.map((e) => [e.name, e.kind])).toEqual([[name, "inspection"]]);
  });

  it("checking something at a stop is no tour of its own", () => {
    const record = recordOf("何志坚来到应急物资储备仓库，检查防汛物资储备情况。");
    expect(record.entities.filter((e) => e.type === "Event")).toEqual([]);
  });

  it("a tour nobody makes is not an event of the record", () => {
    const record = recordOf("通过调研、组织申报等方式，遴选了一批项目。");
    expect(record.entities.filter((e) => e.type === "Event")).toEqual([]);
  });

  it.each([
    ["昨日上午，丽水市召开全市经济工作会议。", "2023-01-05", "2023-01-04"],
    ["当天，第三届“山海协作”论坛在丽水开幕。", "2023-01-05", "2023-01-05"],
    ["2022年12月6日，某市举行招商大会。", "2023-01-05", "2022-12-06"],
    // A December date in a January paper is last year's.
    ["12月30日，市政府召开常务会议。", "2023-01-05", "2022-12-30"],
    // The dateline says when the report was filed; the date the sentence gives after the event says when it was held.
    ["本报南昌11月29日讯 中国共产党江西省第十五届委员会第六次全体会议，于11月28日至29日在南昌举行。", "2024-11-30", "2024-11-28"],
    // So does a date right after the event's name, before where it was held.
    ["柯元礼同志于10月17日在南昌逝世。柯元礼同志遗体送别仪式10月21日在南昌市殡仪馆举行。", "2025-10-22", "2025-10-21"],
  ])("event dates are absolute: %s (paper of %s) → %s", (text, pub, date) => {
    const events = recordOf(text, pub).entities.filter((e) => e.type === "Event");
    expect(events.map((e) => e.date)).toEqual([date]);
  });

  it("the place an event was held in is attached with a HELD_IN relation", () => {
    const record = recordOf("昨日，丽水市第二届乡村运动会在莲都区举行。");
    const event = entitiesByName(record, "Event").get("丽水市第二届乡村运动会")!;
    const place = entitiesByName(record, "Place").get("莲都区")!;
    expect(event.place).toBe(place.id);
    expect(record.relations.filter((r) => r.type === "HELD_IN")).toEqual([
      expect.objectContaining({ from: event.id, to: place.id }),
    ]);
  });
});

describe("initiatives", () => {
  it.each([
    // Numbered slogans.
    ["坚决做到“两个维护”，深入学习“八八战略”。", ["两个维护", "八八战略"]],
    // A quoted number pair opens a longer policy name up to its ending.
    ["深入实施“千万工程”，推进“3+2”产业体系建设。", ["千万工程", "“3+2”产业体系"]],
    // Governed by a policy verb.
    ["全面践行“两山”理念，打造“数字之城”。", ["两山", "数字之城"]],
    // Ending like a policy.
    ["全面落实“强村富民”政策。", ["强村富民"]],
    // Named right before a policy noun.
    ["以“一件事一次办”改革为抓手。", ["一件事一次办"]],
    ["要以“两个先行”为目标，加快建设“共同富裕示范区”。", ["两个先行", "共同富裕示范区"]],
    // National slogans from the dictionary need no quotes; a quoted one is found once.
    ["为实现中国梦而奋斗，坚持“一国两制”方针。", ["中国梦", "一国两制"]],
    ["推动长三角一体化发展取得新进展。", ["长三角一体化发展"]],
  ])("%s → %j", (text, names) => {
    expect(textsOf(mentionsOf(text), "Initiative")).toEqual(names);
  });

  it.each(["群众称他为“老黄牛”。", "他笑着说“很好”。", "扎实推动共同富裕。"])("quoted words that are no policy, aims that are no programme: %s", (text) => {
    expect(textsOf(mentionsOf(text), "Initiative")).toEqual([]);
  });

  it("a person who speaks of an initiative addressed it", () => {
    const record = recordOf("张建国强调，要以“两个先行”为目标。");
    const person = entitiesByName(record, "Person").get("张建国")!;
    const initiative = entitiesByName(record, "Initiative").get("两个先行")!;
    expect(record.relations.filter((r) => r.type === "ADDRESSED")).toEqual([expect.objectContaining({ from: person.id, to: initiative.id })]);
  });

  it("initiative mentions point at the name inside its quotes", () => {
    const text = "坚决做到“两个维护”。";
    const [m] = mentionsOf(text).filter((x) => x.type === "Initiative");
    expect(text.slice(m!.start, m!.end)).toBe("两个维护");
  });
});
