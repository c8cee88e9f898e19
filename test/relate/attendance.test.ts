// Attendance on invented reports: the cue after a person or a list gives the role, the
// sentence is the evidence, and the event is the one named in the sentence or the article's.
import { describe, expect, it } from "vitest";
import { attendance } from "../../src/relate/attendance.js";
import { mentionsOf, recordOf } from "../recognize/run-recognize.js";

const LEAD = "5月9日，丽水市数字经济发展大会召开。";
const EVENT = "丽水市数字经济发展大会";

/** person → role → event name, as the record states them. */
function attended(text: string): [string, string, string][] {
  const record = recordOf(text);
  const name = new Map(record.entities.map((e) => [e.id, e.name]));
  return record.relations
    .filter((r) => r.type === "ATTENDED")
    .map((r) => [name.get(r.from)!, r.role!, name.get(r.to)!]);
}

describe("attendance roles", () => {
  it.each([
    ["市长李卫东主持。", "李卫东", "presided"],
    ["市长李卫东主持会议。", "李卫东", "presided"],
    ["市委书记张建国致辞。", "张建国", "spoke"],
    ["市委书记张建国讲话。", "张建国", "spoke"],
    ["市委书记张建国在会上强调，要抓好落实。", "张建国", "spoke"],
    ["市委书记张建国作主旨发言。", "张建国", "keynote"],
    ["市委书记张建国在开幕式上发表主旨演讲。", "张建国", "keynote"],
    ["浙江大学教授王海军作主旨报告。", "王海军", "keynote"],
    // The titles of speeches in 《》 do not use up the room between a name and its cue.
    ["浙江大学教授王海军作题为《青藏高原冻土变化与生态响应》的大会主旨报告。", "王海军", "keynote"],
    ["兰州大学校长严振东致欢迎辞。", "严振东", "spoke"],
    ["区委常委、组织部部长金丽华宣读《南湖区“三服务”活动实施方案》。", "金丽华", "spoke"],
    ["中央党校副校长韩东升作宣讲报告。", "韩东升", "spoke"],
    ["会上，市委书记张建国作了讲话。", "张建国", "spoke"],
    ["副市长周海涛代表市政府致辞。", "周海涛", "spoke"],
    ["副市长周海涛出席。", "周海涛", "attended"],
    ["副市长周海涛参加会议。", "周海涛", "attended"],
    ["副市长周海涛通报了全市安全生产形势。", "周海涛", "spoke"],
    ["市长李卫东作政府工作报告。", "李卫东", "spoke"],
    ["市委书记张建国等在主席台就座。", "张建国", "attended"],
    // A list of attendees goes on past the named ones to its cue.
    ["市政府秘书长吴敏，各县（市、区）政府主要负责人参加会议。", "吴敏", "attended"],
    ["省统计局副局长、新闻发言人孟雪回答了记者提问。", "孟雪", "spoke"],
    ["市长苗永康作工作部署。", "苗永康", "spoke"],
    ["副市长周海涛与企业负责人代表双方签约。", "周海涛", "attended"],
    ["副市长周海涛共同为基地揭牌。", "周海涛", "attended"],
    ["副市长周海涛介绍了有关情况。", "周海涛", "spoke"],
    // A report whose topic runs past the window: 作了关于…的报告, 就《…》作说明, 听取了某某关于…的汇报.
    ["市中级人民法院院长鲜于宏作了关于加强行政审判工作情况的报告。", "鲜于宏", "spoke"],
    ["常务副市长周启航就《优化营商环境三年行动方案（2025—2027年）》作说明。", "周启航", "spoke"],
    ["会议听取了县委常委、组织部部长许庆丰关于全县村（社区）“两委”班子运行情况的汇报。", "许庆丰", "spoke"],
    ["中国医学科学院阜外医院教授骆庭钧作《心力衰竭诊疗新进展》专题报告。", "骆庭钧", "spoke"],
  ])(`${LEAD}%s → %s %s`, (sentence, person, role) => {
    expect(attended(LEAD + sentence)).toEqual([[person, role, EVENT]]);
  });

  it("leaders named after a comma by a list word (市领导) share the cue after them with those before", () => {
    expect(attended(`${LEAD}省文化和旅游厅副厅长卢建华，市领导朱明远、邓慧出席。`)).toEqual(["卢建华", "朱明远", "邓慧"].map((n) => [n, "attended", EVENT]));
  });

  it("groups of titled names joined by commas share the cue after the last one", () => {
    const text = "特区政府1日上午举行升旗仪式。行政长官岑浩贤、政务司司长冼嘉慧，中央人民政府驻香港特别行政区联络办公室主任凌振华，外交部驻香港特别行政区特派员公署特派员严绍峰等出席升旗仪式。";
    expect(attended(text)).toEqual(["岑浩贤", "冼嘉慧", "凌振华", "严绍峰"].map((n) => [n, "attended", "升旗仪式"]));
  });

  it("a speech or a tour the meeting cites (重要讲话精神, 考察湖南重要讲话精神) and a tour asked for are none of theirs", () => {
    const text =
      "12月5日，县委书记孔维栋主持召开县委常委会会议，传达学习习近平总书记近期重要讲话精神，" +
      "深入贯彻习近平总书记考察湖南重要讲话精神。孔维栋要求，各级领导干部要经常深入企业走访调研。";
    expect(attended(text)).toEqual([["孔维栋", "presided", "县委常委会会议"], ["孔维栋", "spoke", "县委常委会会议"]]);
    expect(recordOf(text).entities.filter((e) => e.type === "Event").map((e) => e.name)).toEqual(["县委常委会会议"]);
  });

  it("the end of an event's name given before refers back to it (出席义诊活动)", () => {
    const text = "当天上午，省人民医院举办“世界心脏日”大型义诊活动。院长祁明远，党委副书记乔慧芬等出席义诊活动。";
    expect(attended(text)).toEqual(["祁明远", "乔慧芬"].map((n) => [n, "attended", "“世界心脏日”大型义诊活动"]));
  });

  it("answering (应询) and asking (提问) at an inquiry is speaking there", () => {
    const text = "10月29日，市人大常委会举行大气污染防治工作专题询问会。副市长米文亮到会应询。市人大代表段丽君提问。";
    expect(attended(text)).toEqual([["米文亮", "spoke", "大气污染防治工作专题询问会"], ["段丽君", "spoke", "大气污染防治工作专题询问会"]]);
  });

  it("a joint cue (共同主持) is also that of those the clause joins to the list by 同", () => {
    const text = "国务院副总理邵志宏3日在阿斯塔纳同哈萨克斯坦副总理努尔兰·萨吉姆巴耶夫共同主持中国—哈萨克斯坦合作委员会第十二次会议。";
    expect(attended(text)).toEqual(["邵志宏", "努尔兰·萨吉姆巴耶夫"].map((n) => [n, "presided", "中国—哈萨克斯坦合作委员会第十二次会议"]));
  });

  it("a meeting someone presided over took place: what is said after it is said there", () => {
    const text = "副总理邵志宏3日主持中哈合作委员会第十二次会议。邵志宏表示，中方愿深化合作。当天，总理阿斯卡尔会见了邵志宏。";
    expect(attended(text).filter(([, role]) => role === "spoke")).toEqual([["邵志宏", "spoke", "中哈合作委员会第十二次会议"]]);
  });

  it("attending the events above (参加上述活动) is attending each of them", () => {
    const text = `${LEAD}市长李卫东主持。当天，李卫东会见了新加坡贸工部长颜金勇。副市长周海涛参加上述活动。`;
    expect(attended(text).filter(([name]) => name === "周海涛")).toEqual([
      ["周海涛", "attended", EVENT],
      ["周海涛", "attended", "会见"],
    ]);
  });

  it("an event held for someone (甲为乙举行欢迎宴会) is hosted by the one and attended by the other", () => {
    const text = "当晚，国家主席郑振邦和夫人林雅琴在人民大会堂为总统阿斯哈尔·努尔别科夫举行欢迎宴会。";
    expect(attended(text)).toEqual([
      ["郑振邦", "hosted", "欢迎宴会"],
      ["林雅琴", "hosted", "欢迎宴会"],
      ["阿斯哈尔·努尔别科夫", "attended", "欢迎宴会"],
    ]);
  });

  it("a meeting's own verb (全会召开) does not make the person before it its host", () => {
    expect(attended(`${LEAD}市长李卫东主持。李卫东从全会召开的重大意义等方面作了阐述。`)).toEqual([["李卫东", "presided", EVENT]]);
  });

  it("the one a report cites (据某某介绍) is no speaker", () => {
    expect(attended(`${LEAD}据市经信局局长王海军介绍，今年产值增长。`)).toEqual([]);
  });

  it("several people in one sentence each get their own role", () => {
    expect(attended(`${LEAD}市委书记张建国讲话，市长李卫东主持。`)).toEqual([
      ["张建国", "spoke", EVENT],
      ["李卫东", "presided", EVENT],
    ]);
  });

  it.each([
    ["市领导王志明、刘晓燕、陈国平等参加。", ["王志明", "刘晓燕", "陈国平"]],
    ["市领导王志明、刘晓燕、陈国平等出席会议。", ["王志明", "刘晓燕", "陈国平"]],
    ["副市长王海军、刘晓燕等出席。", ["王海军", "刘晓燕"]],
  ])("a list with 等 attends together: %s", (sentence, names) => {
    expect(attended(LEAD + sentence)).toEqual(names.map((n) => [n, "attended", EVENT]));
  });

  it("a keynote at a named forum held elsewhere in the lead", () => {
    const text = "5月9日，2023中国（丽水）生态产品论坛在丽水举行。国务院原副总理赵德华作主旨发言。";
    expect(attended(text)).toEqual([["赵德华", "keynote", "2023中国（丽水）生态产品论坛"]]);
  });

  it("a sentence without an event is about the latest one reported before it, not the first", () => {
    const text =
      "5月9日，丽水市数字经济发展大会在杭州开幕。会后，市级机关立即举行学习丽水市数字经济发展大会上的报告座谈会。市委书记张建国发言。";
    expect(attended(text)).toEqual([["张建国", "spoke", "学习丽水市数字经济发展大会上的报告座谈会"]]);
  });

  it("a tour after a meeting is not part of the meeting but a tour of its own", () => {
    const text = `${LEAD}市长李卫东主持。会后，李卫东一行深入企业开展安全检查。`;
    expect(attended(text)).toEqual([
      ["李卫东", "presided", EVENT],
      ["李卫东", "inspected", "企业安全检查"],
    ]);
  });

  it("speaking at an event (20日在例行新闻发布会上表示) says it took place, and who spoke there", () => {
    const text = "商务部新闻发言人王海军20日在例行新闻发布会上表示，外资企业增长12.7%。";
    expect(attended(text)).toEqual([["王海军", "spoke", "例行新闻发布会"]]);
  });

  it("a sentence that says it was at another kind of event is not about the one reported before it", () => {
    const text = `${LEAD}市长李卫东主持。外交部发言人王海军在例行记者会上表示，欢迎各方参与。`;
    expect(attended(text)).toEqual([["李卫东", "presided", EVENT]]);
  });
});

describe("inspection tours", () => {
  it("the traveller inspected, the hosts accompanied", () => {
    const text = "昨日，省委书记孙立新到青田县调研。市委书记张建国、市长李卫东陪同。";
    expect(attended(text)).toEqual([
      ["孙立新", "inspected", "青田县调研"],
      ["张建国", "accompanied", "青田县调研"],
      ["李卫东", "accompanied", "青田县调研"],
    ]);
    const tour = recordOf(text).entities.find((e) => e.type === "Event")!;
    expect(tour.date).toBe("2023-05-09");
  });

  it("一行 marks the visiting party", () => {
    const roles = attended("省委书记孙立新一行来丽水调研。市委书记张建国陪同。").map(([p, r]) => [p, r]);
    expect(roles).toEqual([
      ["孙立新", "inspected"],
      ["张建国", "accompanied"],
    ]);
  });

  it.each([
    ["市委常委、秘书长宋振宇，副市长冯雪梅参加调研。", ["宋振宇", "冯雪梅"]],
    // The list of companions goes on past the named ones (及…负责同志, 县应急管理局…负责人).
    ["省委书记龙海波、省长秦立明及有关部门负责同志陪同考察。", ["龙海波", "秦立明"]],
    ["副县长范志远，县应急管理局、县水利局主要负责人陪同检查。", ["范志远"]],
  ])("those who join a tour accompanied it: %s", (sentence, names) => {
    const text = `昨日，省委书记孙立新到青田县调研。${sentence}`;
    expect(attended(text).filter(([p]) => p !== "孙立新")).toEqual(names.map((n) => [n, "accompanied", "青田县调研"]));
  });

  it("the one who leads a party (率) on a tour made it", () => {
    expect(attended("11月6日，县政协主席孙立新率部分县政协委员，先后深入白鹭镇、双河乡，视察人居环境整治工作。")).toEqual([
      ["孙立新", "inspected", "人居环境整治工作视察"],
    ]);
  });

  it("visits to the needy before a festival are a tour of those who went (深入…走访慰问)", () => {
    expect(attended("春节将至，县委书记孙立新、县长马文华先后深入到城关镇等地，走访慰问困难群众。")).toEqual([
      ["孙立新", "inspected", "走访慰问"],
      ["马文华", "inspected", "走访慰问"],
    ]);
  });

  it("a tour that says what it is about (带队开展…检查) is not a stop of the tour before it", () => {
    const text = "8月13日，市委书记倪振宇到椒江区检查防汛防台工作。日前，市人大常委会副主任潘国强带队开展《中华人民共和国安全生产法》执法检查。";
    expect(attended(text)).toEqual([
      ["倪振宇", "inspected", "椒江区检查"],
      ["潘国强", "inspected", "《中华人民共和国安全生产法》执法检查"],
    ]);
  });

  it("a party received at a meeting (会见来某地考察的某某一行) is not on the article's tour", () => {
    const text = "8月13日，市委书记倪振宇到椒江区检查防汛防台工作。近日，市长卓晓峰会见来台州考察的香港瑞昌国际控股有限公司董事局主席邝志坚一行。";
    expect(attended(text)).toEqual([
      ["倪振宇", "inspected", "椒江区检查"],
      ["卓晓峰", "hosted", "会见"],
      ["邝志坚", "attended", "会见"],
    ]);
  });

  // A topic too long to name the tour leaves it named after the place.
  it("the one escorted (在…陪同下) toured, and every stop of the article belongs to its one tour", () => {
    const text =
      "省委书记孙立新来到青田县，就贯彻落实党的二十大精神以及全省经济工作会议、全省农村工作会议精神进行调研。" +
      "孙立新在市委书记张建国、市长李卫东陪同下，来到船寮镇等地，在高湖村考察农房改造情况。";
    expect(attended(text)).toEqual([
      ["孙立新", "inspected", "青田县调研"],
      ["张建国", "accompanied", "青田县调研"],
      ["李卫东", "accompanied", "青田县调研"],
    ]);
    expect(recordOf(text).entities.filter((e) => e.type === "Event").map((e) => e.name)).toEqual(["青田县调研"]);
  });
});

describe("leaders' meetings", () => {
  it("the one who receives hosted, the guest and those who join attended (会见)", () => {
    expect(attended("国家主席孙立新22日在人民大会堂会见意大利总理罗伯特·马尔登。外交部长马文华参加会见。")).toEqual([
      ["马文华", "attended", "会见"],
      ["孙立新", "hosted", "会见"],
      ["罗伯特·马尔登", "attended", "会见"],
    ]);
  });

  it("both sides of talks attended them (同…举行会谈), and what they said there was said at them", () => {
    expect(attended("国家主席孙立新在北京同法国总统马丁内斯举行会谈。孙立新指出，两国友谊源远流长。")).toEqual([
      ["孙立新", "spoke", "会谈"],
      ["孙立新", "attended", "会谈"],
      ["马丁内斯", "attended", "会谈"],
    ]);
  });

  it("a visiting party (一行) received at a meeting attended it, it did not tour it", () => {
    expect(attended("市长孙立新在市行政中心会见了某集团副总裁马文华一行。")).toEqual([
      ["孙立新", "hosted", "会见"],
      ["马文华", "attended", "会见"],
    ]);
  });

  it("a meeting nobody is said to hold is no event", () => {
    expect(recordOf("会见厅里摆放着鲜花。双方将签署会谈纪要。").entities.filter((e) => e.type === "Event")).toEqual([]);
  });
});

describe("evidence", () => {
  it("is the sentence that states the attendance", () => {
    const text = `${LEAD}市委书记张建国讲话，市长李卫东主持。市领导王志明、刘晓燕等参加。`;
    const found = attendance(text, mentionsOf(text));
    expect(found.length).toBe(4);
    for (const a of found) {
      const sentence = text.slice(a.evidence.start, a.evidence.end);
      expect(sentence.includes(a.person.text)).toBe(true);
      expect(sentence.endsWith("。")).toBe(true);
      expect(a.evidence.start).toBeGreaterThanOrEqual(0);
      expect(a.evidence.end).toBeLessThanOrEqual(text.length);
    }
  });

  it("no event in the article, no attendance", () => {
    expect(attended("市领导王志明、刘晓燕、陈国平等参加。")).toEqual([]);
  });
});
