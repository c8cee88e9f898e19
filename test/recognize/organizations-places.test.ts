// Organization and place recognition on invented sentences: name endings, bodies that open a
// title, well-known national bodies, administrative divisions with codes, short forms, villages.
import { describe, expect, it } from "vitest";
import { entitiesByName, mentionsOf, recordOf, textsOf } from "./run-recognize.js";

describe("organizations", () => {
  it.each([
    ["浙江省商务厅与杭州市人民政府签署合作协议。", ["浙江省商务厅", "杭州市人民政府"]],
    ["国务院办公厅印发通知。", ["国务院办公厅"]],
    ["他在绿源农业科技有限公司工作。", ["绿源农业科技有限公司"]],
    ["丽水市农业农村局发布通知。", ["丽水市农业农村局"]],
    ["他在丽水市人民医院、浙江大学和中国银行丽水分行调研。", ["丽水市人民医院", "浙江大学", "中国银行丽水分行"]],
    // A town the segmenter cuts before its level word (塘/下/镇, 下 a locative) starts the name.
    ["新建项目、塘下镇社会福利院和寺下镇卫生院同时开工。", ["塘下镇社会福利院", "寺下镇卫生院"]],
  ])("suffix rule: %s", (text, orgs) => {
    expect(textsOf(mentionsOf(text), "Organization")).toEqual(orgs);
  });

  it.each([
    ["中共中央、国务院印发意见。", ["中共中央", "国务院"]],
    ["全国人大常委会审议通过该法。", ["全国人大常委会"]],
    ["他当选国际足联主席，并会见国际货币基金组织官员。", ["国际足联", "国际货币基金组织"]],
    // A country's team; a team member is not a team.
    ["中国女队以3比1战胜巴西队。", ["中国女队", "巴西队"]],
    ["中国队员表现出色。", []],
  ])("known national and international bodies, countries' teams: %s", (text, orgs) => {
    expect(textsOf(mentionsOf(text), "Organization")).toEqual(orgs);
  });

  it.each([
    ["丽水市委书记张建国出席。", "丽水市委"],
    ["省发改委主任王海军出席。", "省发改委"],
    ["市人大常委会副主任钱文斌强调，要抓好落实。", "市人大常委会"],
    ["丽水市农业农村局局长王海军出席。", "丽水市农业农村局"],
    // The paper's own party committee, named by its level only (resolved against the paper's home).
    ["县委书记张建国主持会议。", "县委"],
    // A head that begins with a body (纪委书记) names it when no body stands before it.
    ["县纪委书记张建国出席。", "县纪委"],
    ["金华市纪委书记张建国出席。", "金华市纪委"],
    ["市统计局党组书记张建国出席。", "市统计局"],
  ])("the body a title starts with: %s → %s", (text, org) => {
    const record = recordOf(text);
    expect([...entitiesByName(record, "Organization").keys()]).toContain(org);
    // The person holds a position in it, with the title as written as evidence.
    const orgId = entitiesByName(record, "Organization").get(org)!.id;
    const holds = record.relations.filter((r) => r.type === "HOLDS_POSITION" && r.to === orgId);
    expect(holds).toHaveLength(1);
    expect(holds[0]!.title!.startsWith(org)).toBe(true);
  });

  it("a bare level before another title's head names no body", () => {
    expect(textsOf(mentionsOf("市长张建国主持会议。"), "Organization")).toEqual([]);
  });

  it.each(["加快构建新发展格局，优化产业布局。", "今年开局良好，全局稳定。"])("words ending in 局 are not bodies: %s", (text) => {
    expect(textsOf(mentionsOf(text), "Organization")).toEqual([]);
  });

  it.each([
    ["该厂荣获郑州市技术监督局颁发的证书。", ["郑州市技术监督局"]],
    ["他去怀柔一个招待所住了几天。", []],
    // 研究部署 ends in 署 and is tagged a body's name by the dictionary: it is a verb.
    ["会议研究部署优化营商环境工作。", []],
    // A verb before a division's full name acts on the body after it.
    ["省委第五巡视组巡视十堰市委情况反馈会召开。", ["十堰市委"]],
  ])("a name does not reach back over a count or a verb: %s", (text, orgs) => {
    expect(textsOf(mentionsOf(text), "Organization")).toEqual(orgs);
  });

  it("an item of a list of bodies runs from the separator after the body before it", () => {
    const text = "他走访了森宇有限公司、华统肉制品股份有限公司。";
    expect(textsOf(mentionsOf(text), "Organization")).toEqual(["森宇有限公司", "华统肉制品股份有限公司"]);
  });

  it.each([
    ["腾讯和微软今天宣布合作。", ["腾讯", "微软"]],
    ["他毕业于北大，后到清华任教。", ["北大", "清华"]],
    // Only where the name is a word of its own.
    ["亚马逊河流域雨量充沛。", []],
  ])("well-known companies and universities by their short names: %s", (text, orgs) => {
    expect(textsOf(mentionsOf(text), "Organization")).toEqual(orgs);
  });

  it.each([
    ["农业部日前发出通知。", ["农业部"]],
    ["美国国会否决了该法案。", ["美国国会"]],
    // Tagged as names too, but kinds of bodies or parts of a region.
    ["上市公司盈利增长。", []],
    ["黄淮中南部有小雨。", []],
    ["公共场所和加油站禁止吸烟。", []],
  ])("words the segmenter knows as bodies, with a body's ending: %s", (text, orgs) => {
    expect(textsOf(mentionsOf(text), "Organization")).toEqual(orgs);
  });
});

describe("places", () => {
  it.each([
    ["活动在义乌市稠城街道举行。", [["义乌市", "330782", "county"], ["稠城街道", "330782001", "town"]]],
    ["会议在湖南省长沙市岳麓区召开。", [["湖南省", "43", "province"], ["长沙市", "4301", "city"], ["岳麓区", "430104", "county"]]],
    // Short forms news writes for provinces and cities.
    ["他来自浙江，在杭州工作多年。", [["浙江", "33", "province"], ["杭州", "3301", "city"]]],
    // County short forms count under a unit above them in the article.
    ["金华市所辖义乌、东阳等地代表参加。", [["金华市", "3307", "city"], ["义乌", "330782", "county"], ["东阳", "330783", "county"]]],
  ])("administrative divisions with codes: %s", (text, expected) => {
    const places = recordOf(text).entities.filter((e) => e.type === "Place");
    expect(places.map((p) => [p.name, p.adcode, p.level])).toEqual(expected);
  });

  it.each([
    ["他走访了青山村的农户。", "青山村"],
    ["他曾在美国留学。", "美国"],
  ])("villages by their ending and countries: %s → %s", (text, place) => {
    expect(textsOf(mentionsOf(text), "Place")).toEqual([place]);
  });

  it("a village under its county is a village of the gazetteer", () => {
    const places = recordOf("丽水市莲都区青山村的农户增收明显。").entities.filter((e) => e.type === "Place");
    expect(places.map((p) => [p.name, p.level])).toEqual([
      ["丽水市", "city"],
      ["莲都区", "county"],
      ["青山村", "village"],
    ]);
  });

  it.each([
    ["记者来到鄱阳县莲湖乡莲华村，走访了当地农户。", ["鄱阳县", "莲湖乡", "莲华村"]],
    ["他来到全州县咸水镇蕉川村调研。", ["全州县", "咸水镇", "蕉川村"]],
    // The level word glued to the village's name (五里/乡六峰/村) is not the start of a village by its ending.
    ["在鹤峰县五里乡六峰村，村民们正忙着收割水稻。", ["鹤峰县", "五里乡", "六峰村"]],
  ])("a division right after another is found though the segmenter glued their names (乡莲华村): %s", (text, places) => {
    expect(textsOf(mentionsOf(text), "Place")).toEqual(places);
  });

  it.each([
    // The segmenter's guesses at names (高峰/nr, 田镇梅/x) and a head across two names (湖山乡/长安村) lose to the divisions.
    ["记者来到镇安县高峰镇长坡村，走访了当地农户。", ["镇安县", "高峰镇", "长坡村"]],
    ["在长汀县濯田镇梅迳村，村民们正忙着收割水稻。", ["长汀县", "濯田镇", "梅迳村"]],
    ["近日，遂昌县湖山乡长安村召开会议。", ["遂昌县", "湖山乡", "长安村"]],
  ])("no person cuts into a division: %s", (text, places) => {
    const mentions = mentionsOf(text);
    expect(textsOf(mentions, "Place")).toEqual(places);
    expect(textsOf(mentions, "Person")).toEqual([]);
  });

  it.each([
    ["长江经济带建设取得新进展。", ["长江"]],
    ["代表们在人民大会堂出席会议。", ["人民大会堂"]],
    ["东南亚国家与中国的贸易增长。", ["东南亚", "中国"]],
    ["代表团抵达莫斯科，随后前往罗马尼亚。", ["莫斯科", "罗马尼亚"]],
    ["科索沃局势有所缓和。", ["科索沃"]],
    // A place and its people read as one word (台湾同胞) name the place.
    ["向香港居民和台湾同胞拜年。", ["香港", "台湾"]],
    // The segmenter's dictionary tags 白宫 a name: it is a place, not a person who speaks.
    ["总统在白宫说，谈判仍在继续。", ["白宫"]],
    // Inside a longer word a country or region is not named.
    ["今年要增加纳税人数。", []],
    ["长江大桥今天通车。", []],
  ])("countries and geographic names stand as words: %s", (text, places) => {
    expect(textsOf(mentionsOf(text), "Place")).toEqual(places);
  });

  it.each([
    // The segmenter cuts a road's direction and number off its name (青松/东路, 桂花/东/二路).
    ["目前，青松东路、桂花东二路已完成改造。", ["青松东路", "桂花东二路"]],
    ["他到市区南大街一带办事。", ["南大街"]],
    // Any place the dictionary knows whole with its ending, not a phrase like 各乡镇.
    ["一行先后来到桃花村、青石村。", ["桃花村", "青石村"]],
    ["各乡镇要抓好落实。", []],
    // Words that say what kind of area it is name none.
    ["加快建设工业开发区和生态保护区。", []],
    // 一路 is a numeral word here, not a road's number.
    ["推动共建“一带一路”合作走深走实。", []],
    ["要理清发展思路，完善道路路网，改造线路。", []],
  ])("roads and other places by their ending: %s", (text, places) => {
    expect(textsOf(mentionsOf(text), "Place")).toEqual(places);
  });

  it.each([
    ["会议在县人民会堂召开。", ["县人民会堂"]],
    // The segmenter glues the name to part of the ending (县会议/中心).
    ["大会在县会议中心举行，随后来到县汽车客运站检查。", ["县会议中心", "县汽车客运站"]],
    // A venue's name may run over several words; a center that is a building is no body. The
    // city it is named after is mentioned too.
    ["博览会在合肥滨湖国际会展中心开幕。", ["合肥滨湖国际会展中心", "合肥"]],
    ["他们走进孟洲坝水电站，又游览了翠峰山景区。", ["孟洲坝水电站", "翠峰山景区"]],
    // Only a kind of venue, with neither a proper name nor a level that owns it.
    ["加快建设城市公园，在市民服务中心大厅办理。", []],
  ])("venues by their ending: %s", (text, places) => {
    expect(textsOf(mentionsOf(text), "Place")).toEqual(places);
  });

  it("a venue named after a division is held in; the division is mentioned too", () => {
    const record = recordOf("12月6日，义乌市政协十五届三次会议在义乌市人民会堂开幕。");
    const places = record.entities.filter((e) => e.type === "Place");
    expect(places.map((p) => [p.name, p.adcode, p.level])).toEqual([["义乌市人民会堂", null, "venue"], ["义乌市", "330782", "county"]]);
    const held = record.relations.find((r) => r.type === "HELD_IN");
    expect(held?.to).toBe("place:义乌市人民会堂");
  });

  it("a town by its full name is a town without a unit above it; phrases ending in 镇 or 乡 are not", () => {
    const places = recordOf("游客们来到西塘镇参观古建筑。").entities.filter((e) => e.type === "Place");
    expect(places.map((p) => [p.name, p.level])).toEqual([["西塘镇", "town"]]);
    expect(textsOf(mentionsOf("这里是全省的工业重镇，他回到家乡。"), "Place")).toEqual([]);
  });

  it("place mentions sit at their offsets in the text", () => {
    const text = "会议在丽水市莲都区召开，来自浙江各地的代表参加。";
    for (const m of mentionsOf(text).filter((x) => x.type === "Place")) expect(text.slice(m.start, m.end)).toBe(m.text);
    expect(textsOf(mentionsOf(text), "Place")).toEqual(["丽水市", "莲都区", "浙江"]);
  });

  it.each(["我们要合理利用资源，维护世界和平。", "这是一个长期的过程。", "他深入县城区部分企业检查。", "代县长刘振华出席。"])("common words that are also short place names are not places: %s", (text) => {
    expect(textsOf(mentionsOf(text), "Place")).toEqual([]);
  });
});
