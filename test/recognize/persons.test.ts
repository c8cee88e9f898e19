// Person recognition on invented sentences: titles as written, title chains split at 、,
// titles shared by a list, list anchors, name length, bare later mentions and false names.
import { describe, expect, it } from "vitest";
import { entitiesByName, mentionsOf, recordOf, textsOf } from "./run-recognize.js";

describe("titled persons", () => {
  it.each([
    ["市委书记张建国出席会议。", "张建国", ["市委书记"]],
    ["丽水市委书记张建国出席。", "张建国", ["丽水市委书记"]],
    ["区委书记刘振华主持召开专题会议。", "刘振华", ["区委书记"]],
    ["省政协副主席吴天明出席。", "吴天明", ["省政协副主席"]],
    ["镇党委书记黄立军陪同调研。", "黄立军", ["镇党委书记"]],
    ["省发改委主任王海军出席。", "王海军", ["省发改委主任"]],
    ["丽水市农业农村局局长王海军出席。", "王海军", ["丽水市农业农村局局长"]],
    ["市人大常委会副主任钱文斌强调，要抓好落实。", "钱文斌", ["市人大常委会副主任"]],
    ["县长陈德明强调，要压实责任。", "陈德明", ["县长"]],
    // 、 splits a chain of titles; each is kept as written, first to last.
    ["市委副书记、市长李卫东主持会议。", "李卫东", ["市委副书记", "市长"]],
    ["市委书记、市人大常委会主任杨国强讲话。", "杨国强", ["市委书记", "市人大常委会主任"]],
    ["县委常委、宣传部部长冯丽华出席仪式。", "冯丽华", ["县委常委", "宣传部部长"]],
    ["省委常委、副省长赵德华来丽水调研。", "赵德华", ["省委常委", "副省长"]],
    // A leading group named after what it pushes (推动…领导小组) is one title of the chain.
    ["省委常委、副省长、推动乡村振兴工作领导小组组长王海军出席。", "王海军", ["省委常委", "副省长", "推动乡村振兴工作领导小组组长"]],
    // 原 and 副 stay part of the title.
    ["原市委书记孙立新说，这项工作意义重大。", "孙立新", ["原市委书记"]],
    ["国务院原副总理赵德华作主旨发言。", "赵德华", ["国务院原副总理"]],
    ["副市长王海军说，项目进展顺利。", "王海军", ["副市长"]],
    // Compound surname.
    ["市委副书记欧阳文华主持会议。", "欧阳文华", ["市委副书记"]],
    // A county whose name starts with a function word (将) keeps it.
    ["将乐县委书记张建国主持会议。", "张建国", ["将乐县委书记"]],
    // A transliterated name keeps its parts after the ·.
    ["意大利总理罗伯特·马尔登抵达北京。", "罗伯特·马尔登", ["意大利总理"]],
    // A foreign official's name is read whole even when it starts with a surname (尤), and
    // ends where a word of the dictionary starts (邀请, 会见).
    ["俄罗斯外交部长尤尔科夫及夫人抵达北京。", "尤尔科夫", ["俄罗斯外交部长"]],
    ["法国外长马丁内斯邀请他访问巴黎。", "马丁内斯", ["法国外长"]],
    ["德国外交部长墨斯邀请他，两国外长将会谈。", "墨斯", ["德国外交部长"]],
    ["美国国务卿奥尔布赖特21日抵达北京。", "奥尔布赖特", ["美国国务卿"]],
    // 会见 (tagged a noun) ends the title before it; a character glued to the last piece is not the name's.
    ["国家主席在人民大会堂会见美国总统克林顿。", "克林顿", ["美国总统"]],
    ["会见非洲发展银行行长卡巴杰时强调合作。", "卡巴杰", ["非洲发展银行行长"]],
    // A name the dictionary tags a proper noun (周铁农/nz) is still a name after a title.
    ["民革中央常务副主席周铁农出席。", "周铁农", ["民革中央常务副主席"]],
    // Titles of villages, the army, newsrooms and firms.
    ["村民把信交给支书张国华。", "张国华", ["支书"]],
    ["海军副参谋长赵国钧出席。", "赵国钧", ["海军副参谋长"]],
    ["该厂厂长王海军介绍，今年产值翻番。", "王海军", ["厂长"]],
    ["中国工程院院士王海军作主旨演讲。", "王海军", ["中国工程院院士"]],
    // A body named after what it does (统计局) keeps its verb (统计/局局长).
    ["市统计局局长王海军介绍，全市新增市场主体2.3万户。", "王海军", ["市统计局局长"]],
    // A transliterated name that starts like a Chinese one goes on as far as its pieces go.
    ["议会下院主席谢列兹尼奥夫同他们交换了意见。", "谢列兹尼奥夫", ["议会下院主席"]],
    ["内务部长斯捷帕申是前政府的司法部长。", "斯捷帕申", ["内务部长"]],
    // The segmenter reads the head's last character and the surname as one word (主/任何/志强).
    ["县人大常委会主任何志强出席。", "何志强", ["县人大常委会主任"]],
    // A company's board belongs to the company: the title runs over its ending.
    ["阿里巴巴集团董事会主席蔡崇信出席。", "蔡崇信", ["阿里巴巴集团董事会主席"]],
    // So do a party committee's departments.
    ["县委组织部副部长张国庆参加。", "张国庆", ["县委组织部副部长"]],
    ["县委党校常务副校长李建设主持。", "李建设", ["县委党校常务副校长"]],
    // So does a university's institute; 作 glued to the name starts the verb after it.
    ["浙江大学中国农村发展研究院院长黄祖辉作主旨报告。", "黄祖辉", ["浙江大学中国农村发展研究院院长"]],
    // A given name the segmenter reads as a name of its own may start like a follower (冉/向东);
    // a word one character past a compound surname (欧阳建/军) is the segmenter's mistake.
    ["区委副书记、区长冉向东主持开幕式。", "冉向东", ["区委副书记", "区长"]],
    ["省长欧阳建军陪同考察。", "欧阳建军", ["省长"]],
    // A word that starts at the third character ends the name (孟某/回答).
    ["新闻发言人孟雪回答了记者提问。", "孟雪", ["新闻发言人"]],
    // An unknown word glued to 在 ends the title before it (钱某/正鸿在/江西省委书记).
    ["10月13日，钱正鸿在江西省委书记龙海波陪同下考察。", "龙海波", ["江西省委书记"]],
    // A department named with 和 is one body.
    ["市人力资源和社会保障局局长柯文静介绍。", "柯文静", ["市人力资源和社会保障局局长"]],
    ["国家林业和草原局局长皇甫晓岚作部署。", "皇甫晓岚", ["国家林业和草原局局长"]],
    ["贵州医科大学附属医院心血管内科主任医师阮明珠说，义诊很受欢迎。", "阮明珠", ["贵州医科大学附属医院心血管内科主任医师"]],
    ["市城市管理和综合执法局局长张伟出席。", "张伟", ["市城市管理和综合执法局局长"]],
    ["市海关关长杜明亮表示，进出口稳中有升。", "杜明亮", ["市海关关长"]],
    // A first part the segmenter reads as a name (阿里/nrt) is one, though a prefecture shares it.
    ["马来西亚数字部部长阿里·哈桑出席。", "阿里·哈桑", ["马来西亚数字部部长"]],
    // A body's sections belong to it; a title held together with another is the same body's.
    ["县委组织部干部监督科科长邹敏出席。", "邹敏", ["县委组织部干部监督科科长"]],
    ["国务院新闻办公室新闻局副局长侯一帆主持。", "侯一帆", ["国务院新闻办公室新闻局副局长"]],
    ["省委第五巡视组组长邓建勋反馈巡视情况。", "邓建勋", ["省委第五巡视组组长"]],
    // A one-character ending the segmenter tags a verb (巡视/办/v) is the body's.
    ["省委巡视办副主任谌晓红出席会议。", "谌晓红", ["省委巡视办副主任"]],
    ["县委组织部副部长、县委两新工委书记宋立平出席。", "宋立平", ["县委组织部副部长", "县委两新工委书记"]],
    ["华川智能科技股份有限公司董事长兼首席执行官凌一舟出席。", "凌一舟", ["华川智能科技股份有限公司董事长兼首席执行官"]],
    // A group's company form, an academy's hospital and a township's central school are one body;
    // 控股 names what a company does.
    ["温州汇鑫汽车部件集团有限公司董事长郑毓林发言。", "郑毓林", ["温州汇鑫汽车部件集团有限公司董事长"]],
    ["会见香港瑞昌国际控股有限公司董事局主席邝志坚一行。", "邝志坚", ["香港瑞昌国际控股有限公司董事局主席"]],
    ["中国医学科学院阜外医院教授骆庭钧作报告。", "骆庭钧", ["中国医学科学院阜外医院教授"]],
    ["双龙镇中心学校校长麻建军介绍，教学点配齐了教师。", "麻建军", ["双龙镇中心学校校长"]],
    // Hong Kong's posts; a court's adjudication committee by its short name (审委会).
    ["行政长官岑浩贤出席升旗仪式。", "岑浩贤", ["行政长官"]],
    ["外交部驻香港特别行政区特派员公署特派员严绍峰出席。", "严绍峰", ["外交部驻香港特别行政区特派员公署特派员"]],
    ["县法院审委会委员石秀娟发表意见。", "石秀娟", ["审委会委员"]],
    // A conjunction the segmenter glued to the next word (章卫东/及镇) is not the name's.
    ["镇人大主席章卫东及镇领导班子成员参加会议。", "章卫东", ["镇人大主席"]],
    // A body's spokesperson is the body's; chief statisticians and technicians are titles; a noun
    // the segmenter made of a name's end and 作 (平作/n) after a title is the name and the verb.
    ["省统计局新闻发言人、总统计师黄丽萍介绍了经济运行情况。", "黄丽萍", ["省统计局新闻发言人", "总统计师"]],
    ["湖南湘江智能装备有限公司首席技师李春芳正和工友们交流。", "李春芳", ["湖南湘江智能装备有限公司首席技师"]],
    ["邀请四川大学马克思主义学院教授任立平作专题辅导报告。", "任立平", ["四川大学马克思主义学院教授"]],
    ["市委副书记、市长蒲英杰作南充投资环境推介。", "蒲英杰", ["市委副书记", "市长"]],
    // A branch is named after its parent body: the title runs over the parent's ending (银行).
    ["中国银行安徽省分行行长盛志强签约。", "盛志强", ["中国银行安徽省分行行长"]],
    // A county whose name starts like a group (两当县) is no group.
    ["两当县副县长李明出席。", "李明", ["两当县副县长"]],
    ["全国政协委员、湖南省中医药研究院研究员欧阳丽华则把目光投向一老一小。", "欧阳丽华", ["全国政协委员", "湖南省中医药研究院研究员"]],
    // Heads of customs, police units and delegates; a rare surname (凤).
    ["海关总署副署长庄明远出席。", "庄明远", ["海关总署副署长"]],
    ["市公安局刑侦支队支队长伍思源介绍。", "伍思源", ["市公安局刑侦支队支队长"]],
    ["市长凤立群出席。", "凤立群", ["市长"]],
    // A verb glued to the name (岳某某同) is not part of it.
    ["国家主席岳承宇同秘鲁总统举行会谈。", "岳承宇", ["国家主席"]],
    // A photo caption's 图为 is not part of the title.
    ["图为县委书记张明（左二）在现场察看。", "张明", ["县委书记"]],
    // A name the segmenter reads as a transliteration vouches for itself after any title.
    ["国务卿奥尔布赖特21日抵达北京。", "奥尔布赖特", ["国务卿"]],
    // A name with dots is read whole, over pieces the segmenter tags as places or other words.
    ["联合国秘书长科菲·安南会见了他们。", "科菲·安南", ["联合国秘书长"]],
    ["协会秘书长瓦尔特·沙佛尔霍夫致辞。", "瓦尔特·沙佛尔霍夫", ["协会秘书长"]],
    ["美国前商务部长芭芭拉·弗兰克林抵达。", "芭芭拉·弗兰克林", ["美国前商务部长"]],
    // Offices by their short names (区委办), a government's offices and postings (驻) are in the title.
    ["区委常委、区委办主任林海燕陪同。", "林海燕", ["区委常委", "区委办主任"]],
    ["省政府新闻办副主任宋兰主持。", "宋兰", ["省政府新闻办副主任"]],
    ["中国驻哈萨克斯坦大使韩立新出席。", "韩立新", ["中国驻哈萨克斯坦大使"]],
    // The title vouches for a first part the segmenter cuts into verbs (阿/不/都/热合/曼); 都 after
    // 不 is part of a Uyghur name (阿不都拉), not a stop; the head's last character is not the name's.
    ["县委副书记、县长阿不都热合曼·买买提主持。", "阿不都热合曼·买买提", ["县委副书记", "县长"]],
    ["县委常委古丽娜尔·阿不都拉出席。", "古丽娜尔·阿不都拉", ["县委常委"]],
    ["县人大常委会主任热依拉·买买提出席。", "热依拉·买买提", ["县人大常委会主任"]],
    // An unknown word the dictionary lacks, before a cue or a clause end, is a name after a title (Tibetan, Thai).
    ["开幕式由兰州大学副校长拉毛措主持。", "拉毛措", ["兰州大学副校长"]],
    ["负责的人员主要有：前总理差瓦立。", "差瓦立", ["前总理"]],
    ["军副司令官马克思·卢布里克出席。", "马克思·卢布里克", ["军副司令官"]],
    // A title runs back over a division the segmenter cut inside (杓/哇/土族乡, 曹/碾/满族乡).
    ["杓哇土族乡党委副书记、乡长蔡宏林介绍了全乡产业发展情况。", "蔡宏林", ["杓哇土族乡党委副书记", "乡长"]],
    ["凉城县曹碾满族乡党委书记金宏主持会议。", "金宏", ["凉城县曹碾满族乡党委书记"]],
    // A role word that starts a division's name (前锋 of 前锋区) introduces no one.
    ["前锋区观塘镇党委书记陈敏林主持会议。", "陈敏林", ["前锋区观塘镇党委书记"]],
    // 带队 follows a name (付永/带队), though the segmenter glues its first character to it.
    ["石盘乡党委书记付永带队深入田间地头调研。", "付永", ["石盘乡党委书记"]],
    // After a title, 于 and 向 before a given name that a cue follows are surnames.
    ["东莞市茶山镇党委书记向梅云主持会议。", "向梅云", ["东莞市茶山镇党委书记"]],
    ["昆玉市昆泉镇党委书记于军春主持会议。", "于军春", ["昆玉市昆泉镇党委书记"]],
    // A body's ending the segmenter cut (分/局局长), 纪委监委 as one body, a rank between a body and its head.
    ["林周县生态环境分局局长熊林英主持会议并讲话。", "熊林英", ["林周县生态环境分局局长"]],
    ["芦淞区纪委监委副书记刘芳主持会议并讲话。", "刘芳", ["芦淞区纪委监委副书记"]],
    ["馆陶县委宣传部常务副部长姚凯超主持会议并讲话。", "姚凯超", ["馆陶县委宣传部常务副部长"]],
    // A group's ending glued to a head that repeats it (代表/团团长), 自治 cut from its level.
    ["代表团团长韦海澄主持会议。", "韦海澄", ["代表团团长"]],
    ["中央第四生态环境保护督察组组长司徒文澜通报督察意见。", "司徒文澜", ["中央第四生态环境保护督察组组长"]],
    ["自治区党委常委尼玛旺堆出席会议并讲话。", "尼玛旺堆", ["自治区党委常委"]],
    // A university's school joined by 与, a police station under its 分局, a company's region,
    // a company's 中 after its province, 特邀 before a title.
    ["厦门大学海洋与地球学院教授司马崇岳建议，加快建设创新平台。", "司马崇岳", ["厦门大学海洋与地球学院教授"]],
    ["顺德区公安分局大良派出所所长何嘉俊主持会议。", "何嘉俊", ["顺德区公安分局大良派出所所长"]],
    ["匈牙利多瑙河能源集团亚太区总裁佐尔坦·科瓦奇作项目推介。", "佐尔坦·科瓦奇", ["匈牙利多瑙河能源集团亚太区总裁"]],
    ["四川中硅绿能科技有限公司董事长薛振邦出席。", "薛振邦", ["四川中硅绿能科技有限公司董事长"]],
    ["本次集体学习特邀中共河南省委党校教授亓官文彬作专题辅导报告。", "亓官文彬", ["中共河南省委党校教授"]],
    // Surnames 阎 and 纳; a company's boards; a name the segmenter glued to 作 and more (邱楚/文作省).
    ["省委副书记、省长阎立新作表态发言。", "阎立新", ["省委副书记", "省长"]],
    ["副省长纳云鹏在昆明会见代表团一行。", "纳云鹏", ["副省长"]],
    ["董事会秘书邬晨曦出席。", "邬晨曦", ["董事会秘书"]],
    ["省高级人民法院院长邱楚文作省高级人民法院工作报告。", "邱楚文", ["省高级人民法院院长"]],
    // A glued follower ends a Chinese reading that a transliteration would run past (钮海川/到会).
    ["副省长钮海川到会通报有关情况。", "钮海川", ["副省长"]],
    // A division that starts inside the title (县/长沙) is no place: the name after it is read whole.
    ["马边彝族自治县县长沙马日古在仪式上致辞。", "沙马日古", ["马边彝族自治县县长"]],
  ])("%s → %s %j", (text, name, titles) => {
    const persons = entitiesByName(recordOf(text), "Person");
    expect([...persons.keys()]).toEqual([name]);
    expect(persons.get(name)!.titles).toEqual(titles);
  });

  it.each([
    // 同 glued to the name before a title (郑某某同/x) is not part of the title.
    ["国家主席郑振邦同哈萨克斯坦总统阿斯哈尔·努尔别科夫举行会谈。", ["郑振邦", "阿斯哈尔·努尔别科夫"], ["国家主席"]],
    // A given name that is a verb (甘露/v) is a name where a list of titled names goes on after it.
    ["校纪委书记甘露，副校长阮志平出席。", ["甘露", "阮志平"], ["校纪委书记"]],
    // A given name read as one word before a separator is whole, though it ends like a follower (永和).
    ["县教育局局长戴永和，乡长杭建业出席。", ["戴永和", "杭建业"], ["县教育局局长"]],
    // So is one before a cue: a conjunction (和) joins no verb. 等 before one ends a name.
    ["副县长、县教育局局长戴永和出席仪式。", ["戴永和"], ["副县长", "县教育局局长"]],
    ["副县长钱丽荣，娄村镇镇长孙建等参加活动。", ["钱丽荣", "孙建"], ["副县长"]],
    // A piece glued to 等 (伍某某/等州) is not more of the name.
    ["州人大常委会主任沙马依作、州政协主席伍秀英等州领导出席。", ["沙马依作", "伍秀英"], ["州人大常委会主任"]],
    // A compound surname the segmenter tags a verb (鲜于/v) goes on the list.
    ["大会执行主席邹文彬、鲜于洪涛、陈茂林在主席台就座。", ["邹文彬", "鲜于洪涛", "陈茂林"], ["大会执行主席"]],
    // Tibetan and Yi names: an opening (罗布, 吉克) and two more characters.
    ["驻村工作队队长罗布次仁和队员们座谈。", ["罗布次仁"], ["驻村工作队队长"]],
    ["省统计局局长吉克阿呷介绍了有关情况。", ["吉克阿呷"], ["省统计局局长"]],
    // A verb that is a cue or a follower (强调) is the title's holder speaking.
    ["县委书记强调，要抓好落实。", [], []],
    // An item joined by 和 to a body whose title follows begins that title (、发展和改革局局长).
    ["会上，双峰县统计局局长白兴荣、发展和改革局局长潘玲伟分别作了发言。", ["白兴荣", "潘玲伟"], ["双峰县统计局局长"]],
  ])("in a list of titled names: %s → %j", (text, names, titles) => {
    const persons = entitiesByName(recordOf(text), "Person");
    expect([...persons.keys()]).toEqual(names);
    if (names.length) expect(persons.get(names[0]!)!.titles).toEqual(titles);
    for (const person of persons.values()) expect((person.titles ?? []).filter((t) => t.startsWith("同"))).toEqual([]);
  });

  it("keeps a Title mention for every title of a chain, at its place in the text", () => {
    const text = "市委副书记、市长李卫东主持会议。";
    const titles = mentionsOf(text).filter((m) => m.type === "Title");
    expect(titles.map((t) => t.text)).toEqual(["市委副书记", "市长"]);
    for (const t of titles) expect(text.slice(t.start, t.end)).toBe(t.text);
  });

  it.each([
    ["副市长王海军、刘晓燕出席活动。", { 王海军: ["副市长"], 刘晓燕: ["副市长"] }],
    ["副市长王海军、刘晓燕等出席活动。", { 王海军: ["副市长"], 刘晓燕: ["副市长"] }],
    ["市委常委王海军、刘晓燕出席活动。", { 王海军: ["市委常委"], 刘晓燕: ["市委常委"] }],
    // A 、 that opens another title ends the list: each name keeps its own title.
    ["省委书记孙立新、省长马文华等领导出席会议。", { 孙立新: ["省委书记"], 马文华: ["省长"] }],
    ["县委常委、宣传部部长冯丽华，副县长谢长青出席仪式。", { 冯丽华: ["县委常委", "宣传部部长"], 谢长青: ["副县长"] }],
    // A list goes on over names with dots and names the name reader refuses (咸某: no known
    // surname; 蒋作某: 作 reads as a verb), but not over a body (市政府).
    [
      "全国政协副主席王海军、帕巴拉·格列朗杰、咸辉、蒋作君等出席。",
      { 王海军: ["全国政协副主席"], "帕巴拉·格列朗杰": ["全国政协副主席"], 咸辉: ["全国政协副主席"], 蒋作君: ["全国政协副主席"] },
    ],
    ["副市长王海军、市政府有关部门负责人出席。", { 王海军: ["副市长"] }],
    // The last name of a list may be followed by 在.
    ["县人大代表邵建平、龚秀兰等参加活动。", { 邵建平: ["县人大代表"], 龚秀兰: ["县人大代表"] }],
    ["大会执行主席唐继光、刘小平、王国庆在主席台就座。", { 唐继光: ["大会执行主席"], 刘小平: ["大会执行主席"], 王国庆: ["大会执行主席"] }],
    // Who a speaker at a ceremony represents is a title (毕业生代表); 代表 alone is mostly a verb (代表党中央).
    ["毕业生代表庄小雅发言，教师代表、化学学院教授万青寄语毕业生。", { 庄小雅: ["毕业生代表"], 万青: ["教师代表", "化学学院教授"] }],
    ["书记代表党中央致辞。", {}],
    // A compound surname the segmenter reads as a word (欧阳/ns) starts a name of the list.
    ["副市长莫海燕、欧阳振华、黄建民出席会议。", { 莫海燕: ["副市长"], 欧阳振华: ["副市长"], 黄建民: ["副市长"] }],
    // 向 before a given name the segmenter reads as an adverb (立新/d) that the next item follows is a surname;
    // a company's independent directors.
    ["五通桥区委书记向立新、区长马黎平分别参加。", { 向立新: ["五通桥区委书记"], 马黎平: ["区长"] }],
    ["县长向群众、企业家代表宣讲政策。", {}],
    ["独立董事卢颖、宓思远、詹秋实分别作述职报告。", { 卢颖: ["独立董事"], 宓思远: ["独立董事"], 詹秋实: ["独立董事"] }],
  ])("a title before a list goes to each name: %s", (text, expected) => {
    const persons = entitiesByName(recordOf(text), "Person");
    expect(Object.fromEntries([...persons].map(([name, e]) => [name, e.titles]))).toEqual(expected);
  });

  it.each([
    ["市领导郑光辉、何建平、许晓东等参加活动。", ["郑光辉", "何建平", "许晓东"]],
    ["市领导王志明、刘晓燕、陈国平等出席会议。", ["王志明", "刘晓燕", "陈国平"]],
    ["出席活动的还有市领导王志明、陈国平。", ["王志明", "陈国平"]],
    // Roles that introduce an ordinary person are no titles.
    ["志愿者赵丽丽每天都来帮忙。", ["赵丽丽"]],
    ["65岁的老党员周德海一直坚守在岗位上。", ["周德海"]],
    ["前锋王海军两次射门。", ["王海军"]],
    // A transliterated name after a role keeps its parts.
    ["由网坛老将鲍里斯·贝克尔率领的球队获胜。", ["鲍里斯·贝克尔"]],
  ])("list anchors name untitled people: %s", (text, names) => {
    const persons = entitiesByName(recordOf(text), "Person");
    expect([...persons.keys()]).toEqual(names);
    for (const e of persons.values()) expect(e.titles).toEqual([]);
  });
});

describe("name length", () => {
  it.each([
    ["副市长王海说，项目进展顺利。", "王海"],
    ["副市长王海军说，项目进展顺利。", "王海军"],
    ["副市长刘洋主持会议。", "刘洋"],
    ["副市长刘晓洋主持会议。", "刘晓洋"],
    ["市长李刚强调，要狠抓落实。", "李刚"],
    ["市长李卫东强调，要狠抓落实。", "李卫东"],
    ["市长李卫东出席并讲话。", "李卫东"],
    // The segmenter's HMM glues the verb after the name onto it (王浩到/x).
    ["省长王浩到温州调研。", "王浩"],
    ["市委书记陈光来到工地。", "陈光"],
  ])("%s → %s", (text, name) => {
    expect(textsOf(mentionsOf(text), "Person")).toEqual([name]);
  });
});

describe("bare mentions", () => {
  it("finds later mentions of a titled name, each at its offset", () => {
    const text = "市委书记张建国出席活动。张建国指出，要抓好落实。会后，张建国一行前往某公司。";
    const record = recordOf(text);
    const person = entitiesByName(record, "Person").get("张建国")!;
    expect(person.titles).toEqual(["市委书记"]);
    expect(person.mentions).toHaveLength(3);
    for (const m of person.mentions) expect(text.slice(m.start, m.end)).toBe("张建国");
  });

  it("does not take a longer name or a name glued to a word for a bare mention", () => {
    // 陈光明 in 陈光明天 is 陈光 + 明天; 陈光 must not match inside 陈光辉.
    const text = "市委书记陈光来到工地。陈光说，要注意安全。陈光明天将再来。陈光辉也到了现场。";
    const mentions = mentionsOf(text).filter((m) => m.type === "Person" && m.text === "陈光");
    expect(mentions.map((m) => m.start)).toEqual([4, 11]);
  });

  it.each([
    ["周海涛说，今年以来全市新增企业1200余家。", "周海涛"],
    ["李明说，这是好事。", "李明"],
    ["张建国表示，要加快进度。", "张建国"],
    // A name the segmenter does not know (季红真/x) takes every speech verb.
    ["季红真指出，拉美文学有其独特之处。", "季红真"],
    // A three-character word the segmenter's HMM put together from a surname needs no verb.
    ["那天，覃振东来到村里。", "覃振东"],
    // A given name may start like a follower (和) when the segmenter reads the name whole.
    ["陈和生说，实验进展顺利。", "陈和生"],
  ])("an untitled name before a speech verb, or one the segmenter reads whole, is a person: %s", (text, name) => {
    expect(textsOf(mentionsOf(text), "Person")).toEqual([name]);
  });

  it.each([
    ["王海军院士表示，要加强基础研究。", "王海军"],
    ["陈国平主席会见了代表团。", "陈国平"],
    // Without a Chinese surname: a name the segmenter's dictionary knows, before a verb or a title.
    ["曼德拉说，和解需要时间。", "曼德拉"],
    ["克林顿总统抵达北京。", "克林顿"],
    // A transliterated or unknown name before a follower that only names take.
    ["我们衷心祝贺布拉特先生当选。", "布拉特"],
    ["姆贝基副总统在开幕式上发表演讲。", "姆贝基"],
    // A transliteration that starts with a surname character (斯).
    ["主席对斯卡尔法罗总统访华表示欢迎。", "斯卡尔法罗"],
    // A date or a colon right after a name the segmenter reads whole.
    ["张吉龙30日在北京接受采访。", "张吉龙"],
    ["陈建国今年58岁，干了一辈子农活。", "陈建国"],
    ["楼继伟：财政部出台这一通知。", "楼继伟"],
    // An election or appointment names a person.
    ["大会选举潘红梅为县政协副主席。", "潘红梅"],
    // Dai surnames (刀, 岩) of Yunnan's news.
    ["会议补选刀红梅为市人大代表。", "刀红梅"],
    // An honorific vouches for a Chinese name the segmenter split (邵/一夫).
    ["香港邵一夫先生为学校捐资建楼。", "邵一夫"],
  ])("a name the segmenter reads whole, with a title or honorific after it, is a person: %s", (text, name) => {
    expect(textsOf(mentionsOf(text), "Person")).toEqual([name]);
  });

  it("a bare list closed by 等 goes on over names with dots and, after two names, names the name reader refuses", () => {
    expect(textsOf(mentionsOf("王海军、李卫东、咸辉、帕巴拉·格列朗杰等出席会议。"), "Person")).toEqual(["王海军", "李卫东", "咸辉", "帕巴拉·格列朗杰"]);
  });

  it("the items of an appointment notice open with names; a body after a glued 为市 starts at the level", () => {
    const text = "会议表决通过了人事任免事项。\n决定任命：\n邵志远为市发展和改革委员会主任；\n金晓燕为市教育局局长。\n决定免去：\n钟建明的市财政局局长职务。";
    const mentions = mentionsOf(text);
    expect(textsOf(mentions, "Person")).toEqual(["邵志远", "金晓燕", "钟建明"]);
    expect(textsOf(mentions, "Organization")).toContain("市发展和改革委员会");
  });

  it("a list of cadres (任前公示) opens each item with a name and the person's sex", () => {
    const text = "现将拟任人选公示如下：\n季宏亮，男，汉族，1979年9月生，现任市发展和改革委员会副主任。\n吴俊杰，女，汉族，1985年6月生，现任碧湖镇党委书记。";
    expect(textsOf(mentionsOf(text), "Person")).toEqual(["季宏亮", "吴俊杰"]);
  });

  it("an election's list (补选甲、乙为) names people, and 为 closes it", () => {
    expect(textsOf(mentionsOf("会议补选杨蓉、何建东为市人大常委会委员。"), "Person")).toEqual(["杨蓉", "何建东"]);
  });

  it("a household the article visits (脱贫户) introduces a person by name", () => {
    expect(textsOf(mentionsOf("他来到脱贫户次仁卓嘎家中。"), "Person")).toEqual(["次仁卓嘎"]);
  });

  it("a name said before a title is the same person later: one entity with all mentions", () => {
    const text = "张建国说，今年工作重点是招商。张建国表示，要加快进度。";
    const person = entitiesByName(recordOf(text), "Person").get("张建国")!;
    expect(person.mentions.map((m) => m.start)).toEqual([0, 15]);
  });
});

describe("names with dots", () => {
  it.each([
    // The HMM glues a role's last character (研究员/莉萨) or a particle (的/塞) to the first piece,
    // and a verb (说) to the last.
    ["高级研究员莉萨·科斯塔说，前景看好。", "莉萨·科斯塔"],
    ["俄罗斯的库尼科娃和美国的塞·威廉姆斯都获胜。", "塞·威廉姆斯"],
    ["维吾尔族农民买买提·艾力说，日子越过越好。", "买买提·艾力"],
    // A verb the segmenter cut into characters (要/求) is not more of the name.
    ["艾力·吐尔逊要求，各乡镇要抓好落实。", "艾力·吐尔逊"],
    // Nor is a verb that another overlaps (提出/出席), nor a one-character verb (作).
    ["自治区副主席吾斯曼江·艾合买提出席会议并讲话。", "吾斯曼江·艾合买提"],
    // A first part the segmenter knows as a given name needs no verb after the name.
    ["三名白人将黑人詹姆斯·伯德捆绑。", "詹姆斯·伯德"],
  ])("a name with dots is a person: %s", (text, name) => {
    expect(textsOf(mentionsOf(text), "Person")).toContain(name);
  });

  it("the last part alone later is the same person, one entity with all its mentions", () => {
    const text = "国家主席孙立新会见美国商务部长马克·安德森。安德森表示，美方愿意加强合作。";
    const persons = entitiesByName(recordOf(text), "Person");
    expect([...persons.keys()]).toEqual(["孙立新", "马克·安德森"]);
    expect(persons.get("马克·安德森")!.mentions.map((m) => text.slice(m.start, m.end))).toEqual(["马克·安德森", "安德森"]);
  });

  it("the last part alone before the event held for its bearer (为某某举行) is the same person", () => {
    const text = "总统阿斯哈尔·努尔别科夫抵达北京。郑振邦为努尔别科夫举行欢迎仪式。";
    const persons = entitiesByName(recordOf(text), "Person");
    expect(persons.get("阿斯哈尔·努尔别科夫")!.mentions.map((m) => text.slice(m.start, m.end))).toEqual(["阿斯哈尔·努尔别科夫", "努尔别科夫"]);
  });

  it("a name a title vouched for is found whole again where no title stands before it", () => {
    const text = "县长阿不都热合曼·买买提出席。阿不都热合曼·买买提就工作报告作了说明。";
    const persons = entitiesByName(recordOf(text), "Person");
    expect([...persons.keys()]).toEqual(["阿不都热合曼·买买提"]);
    expect(persons.get("阿不都热合曼·买买提")!.mentions).toHaveLength(2);
  });

  it.each([
    // A place first (an expo's branding), a body's ending after, or a brand before a noun.
    "2022中国·义乌国际小商品博览会开幕。",
    "葛兰素·威康公司是著名的医药公司。",
    "日前，西楼红糖·共富工坊共享直播间启用。",
    "《中国京剧音配像精粹·张君秋专辑》首发。",
    // A campaign's slogan in quotes.
    "昨天，社区启动“邻里守望·清凉一夏”志愿服务活动。",
  ])("%s has no person with dots", (text) => {
    expect(textsOf(mentionsOf(text), "Person").filter((n) => n.includes("·"))).toEqual([]);
  });
});

describe("not persons", () => {
  it.each([
    "加快构建新发展格局，优化产业布局。",
    "全市干部群众积极参与，推动高质量发展。",
    "记者从市统计局获悉，今年经济运行平稳。",
    "大会选举产生了新一届委员会。",
    // A conjunction or preposition after a title starts a phrase, not a name.
    "许多村民向他们反映情况。",
    "市长和夫人出席了招待会。",
    // 向市… after a role begins a body's name.
    "市采购办负责人向市政协委员汇报工作。",
    // A head cut across a division and a place (监利/市/长江), one that starts a village (镇长/林朱村).
    "检查组暗访了监利市长江干堤白螺段。",
    "近日，华容区庙岭镇长林朱村召开推进会。",
    "广大市民高度评价，居民安全意识提高。",
    // Adverbs, particles and time words after a title; a country read as a name.
    "两国领导人经常互访。",
    "市长满意地说，项目进展顺利。",
    "总理周二晚表示，协议已经签署。",
    "市长于近日强调，要抓好落实。",
    "镇党委书记向群众宣讲政策。",
    // A county the segmenter tags as a name (旺苍县/nr) is the county.
    "旺苍县召开会议。",
    "外部势力试图破坏叙利亚的稳定。",
    // Common words the segmenter's dictionary tags as names, before a mere conjunction.
    "两国具有悠久文明和深厚友谊。",
    // The segmenter tags 二十大 a transliteration (nrt): a speech verb after it is the congress's.
    "党的二十大强调，必须坚持在发展中保障民生。",
    // Unknown words from a surname on that end like a team or glue a verb on (敖东队, 路人要),
    // or that glue a preposition that is also a surname to a name (于北大).
    "这支敖东队实力很强。",
    "他毕业于北大，后到清华任教。",
    "院子里那棵花开得正好。",
    "路人要方便就难了。",
    // Unknown words before a division's level, a kind of site or a body's ending name places.
    "何书记首先来到孟洲坝水电站，察看水位。",
    "随后来到曲江区马坝镇应急物资储备仓库。",
    // The rest of a meeting's name after a title (省委常委/会会议) is no unknown name.
    "省委书记主持召开省委常委会会议，传达学习文件精神。",
    // An enumeration the segmenter does not know, before a title only names take.
    "一是加强领导，二是总统府要配合。",
    // 白宫 is tagged a name: it is where the president speaks.
    "总统在白宫说，谈判仍在继续。",
    // A surname before a title head (唐外长) is no full name; a country is no name before 总统.
    "关于合作，唐外长说，他亲眼看到了变化。",
    "苏里南共和国总统今天结束访问。",
    // A conjunction before an unknown word (和/镇直), a role's ending (门/负责同志), a group (师生代表).
    "各村党组织书记和镇直部门负责人参加会议。",
    "农业农村部门负责同志参加。",
    "师生代表等200余人参加典礼。",
    // A word ending like a division before a title head is the place the title belongs to.
    "省领导来到苏溪镇人大代表联络站考察。",
    // A group's title (两党两国最高领导人), a list with places in it, a head cut across two
    // places (君山区/长江), and the verb after a party (一行来湘).
    "在两党两国最高领导人战略引领下，合作不断走深走实。",
    "湖南文化旅游资源丰富，张家界、岳阳楼、韶山等知名景区深受海外游客喜爱。",
    "在君山区长江岸线生态修复区，工人正在施工。",
    "省长对代表团一行来湘表示欢迎。",
    // 应邀出席 is tagged a name by the segmenter's dictionary.
    "各位领导应邀出席闭幕大会。",
    // Nouns the dictionary tags names (幸福感/nr, 许可证/nr).
    "提升群众幸福感的民生工程。",
    "在未取得采矿许可证的情况下开采。",
  ])("%s has no person", (text) => {
    expect(textsOf(mentionsOf(text), "Person")).toEqual([]);
  });

  it("a bylined reporter named in the text without a title is not a person of the record", () => {
    const record = recordOf("张建国说，今年工作重点是招商。", undefined, { reporters: ["张建国"] });
    expect(entitiesByName(record, "Person").size).toBe(0);
  });
});
