/**
 * Finds how far an official title reaches back from its head (书记 in 金华市委书记): over
 * organization and place words, to a clause boundary, a verb or a function word.
 */
import { isCjk, tokenAt, type RecognizeContext } from "./context.js";
import { loadPlaceNames } from "./gazetteer/place-names.js";
import { wordEndingAt } from "./scan.js";

const MAX_TITLE = 32;

// Verbs that also name what a body does (社会建设委员会, 市场监督管理局): they do not end a title.
const ORG_VERBS = new Set([
  "建设", "发展", "改革", "管理", "监督", "服务", "保障", "协调", "促进", "研究", "规划", "监察", "检察",
  "审计", "监管", "宣传", "组织", "统战", "应急", "联络", "执法", "合作", "交流", "招商", "投资", "推进",
  "开发", "信访", "保护", "教育", "防控", "指挥", "领导", "工作", "联合", "联防", "联控", "巡视", "纪律", "检查",
  "推动", "深化", "振兴", "整治", "创建", "统计", "调查", "审批", "征收", "监测", "检测", "救助", "培训", "巡察",
  "评审", "控股",
]);
// Words that open a clause before a title and are not always tagged as such.
const STOP_WORDS = new Set(["图为", "由", "在", "经", "据", "被", "对", "向", "从", "为", "受", "请", "邀请", "率", "来自", "是", "有", "的", "我", "及", "以及", "代表", "携手", "围绕", "根据", "按照", "通过", "支持", "协助", "参与", "现任", "曾任", "历任", "特邀", "特聘",
  // A count, or a verb the dictionary tags a noun or a name (会见/n, 荣获/nr), before a title or a
  // body: 一家银行, 会见美国总统某某, 荣获某局….
  "一个", "一家", "一所", "一些", "一批", "这个", "那个", "这家", "那家", "荣获", "会见", "会晤", "接见", "看望", "慰问"]);
const STOP_TAG = /^(c|p|u|r|d|y|e|o|v|f|t|q|k)/;
// A branch is named after its parent body (中国银行丽水分行): its name may cross that body's
// ending, whether the head starts with the branch or follows it (中国银行某省分行行长).
const BRANCH = /^(?:分行|支行|分局|分公司|分会|分院|分中心|分校)/;
const BRANCH_END = /(?:分行|支行|分公司|分院|分中心|分校)$/;
// A body's own boards, party organs and spokespersons (某集团董事会, 某公司党委, 某局新闻发言人)
// belong to the body before them, and so do a university's or an academy's schools, institutes
// and hospitals (某大学某研究院, 某科学院某医院), a group's company form (某集团有限公司), a
// township's central school or hospital (某镇中心学校), a party committee's departments (县委组织部,
// 县委党校) and any body's sections (县委组织部干部监督科, 国务院新闻办公室新闻局, 省政府新闻办,
// 市检察院第二检察部, 省委第五巡视组, 某区公安分局某派出所) unless they name their own level
// (…局、县财政局); so do a company's regions (某集团亚太区), and a title held together with another
// (某公司董事长兼首席执行官) is that body's too.
const SECTION = /(?:科|处|股|室|办|中心|局|部|支队|大队|庭|组|所)$/;
const SUB_BODY = /^(?:董事会|监事会|理事会|党委|党组|纪委|工会|团委)/;
const COMPANY_FORM = /^(?:股份|有限)/;
const SPOKESPERSON = /^(?:新闻)?发言/;
const CENTRAL_INSTITUTION = /^(?:学校|小学|中学|医院|卫生院|幼儿园)/;
const PARTY_DEPARTMENT = /^(?:组织部|宣传部|统战部|政法委|党校|办公室|政研室|网信办|编办|农办|外办|台办|社会工作部|机关工委|两新工委|老干部局|党史研究室|巡察办)/;
// Between a body and its head, a rank (宣传部常务副部长) is that body's; 纪委监委 work as one body.
const OWN_RANK = /^(?:常务|执行|第一)副?$/;
function partOfBodyBefore(text: string, start: number, headStart: number): boolean {
  const next = text.slice(start, start + 4);
  const own = text.slice(start, headStart);
  return (
    SUB_BODY.test(next) || SPOKESPERSON.test(next) || text.endsWith("大学", start) || text.endsWith("学院", start) ||
    (text.endsWith("集团", start) && COMPANY_FORM.test(next)) || (text.endsWith("中心", start) && CENTRAL_INSTITUTION.test(next)) || (text.endsWith("委", start) && PARTY_DEPARTMENT.test(next)) ||
    (SECTION.test(own) && !/^[省市县区镇乡]/.test(own)) || own.includes("兼") || OWN_RANK.test(own) ||
    (own.endsWith("区") && /(?:集团|公司)$/.test(text.slice(Math.max(0, start - 2), start))) ||
    (text.endsWith("纪委", start) && next.startsWith("监委"))
  );
}

const GLUED_PREPOSITION = /[在由对向从为被把与和及同]$/;

// Markers of a title that are not words of their own in the segmentation.
// 驻: a posting abroad or in a place (中国驻某国大使, 驻村第一书记).
const TITLE_PARTS = new Set(["原", "副", "兼", "常务", "第一", "前", "时任", "代理", "代", "驻"]);

/**
 * Start offset of the title (or name) whose head starts at `headStart`, never before `floor`.
 * `brackets`: names may hold a bracketed place (浙江（义乌）…中心); titles never do, and a
 * bracket there closes a byline or an aside (（记者 某）市委书记).
 */
export function titleStart(ctx: RecognizeContext, headStart: number, floor = 0, brackets = false): number {
  const { text } = ctx;
  let start = headStart;
  const covering = tokenAt(ctx, headStart);
  if (covering && covering.start < headStart && !stops(ctx, covering.start, covering.end, covering.tag)) {
    start = covering.start;
  }
  while (start > floor && headStart - start < MAX_TITLE) {
    // The body a head belongs to may be split by the segmenter (联合/会): jump its ending. Further
    // back, another body's ending (…局联合某公司) means the name began after it.
    const suffix = orgSuffixBefore(ctx, start);
    if (suffix > 1 && start >= headStart - 1) {
      start = Math.max(start - suffix, floor);
      continue;
    }
    if (start < headStart - 1 && !BRANCH.test(text.slice(headStart, headStart + 3)) && !BRANCH_END.test(text.slice(start, headStart)) && !partOfBodyBefore(text, start, headStart) && endsOtherBody(ctx, start)) break;
    const prev = tokenAt(ctx, start - 1);
    const allowed = brackets ? /[0-9A-Za-z（）()]/ : /[0-9A-Za-z]/;
    if (!prev || (!isCjk(text, start - 1) && !allowed.test(text[start - 1]!))) break;
    // A dateline glued to the text (…5月9日电省委常委) ends at 电.
    if (/\d日电$|^电$/.test(text.slice(Math.max(prev.start - 3, 0), prev.end)) && text[prev.end - 1] === "电") break;
    // 钱某/正鸿在/江西省委书记: an unknown word the HMM glued to a preposition ends the title;
    // 某某/为市/发展和改革委员会: one that glues a preposition to a level starts it at the level.
    if (prev.tag === "x" && prev.text.length >= 2 && GLUED_PREPOSITION.test(prev.text)) break;
    if (prev.tag === "x" && prev.text.length === 2 && GLUED_PREPOSITION.test(prev.text[0]!) && DIVISION_END.test(prev.text)) {
      start = prev.start + 1;
      break;
    }
    // 巡视/十堰市委: a verb before a division's full name acts on the body that follows; a verb
    // that names what a body does comes after its place (十堰市/发展/和改革局).
    if (prev.tag?.startsWith("v") && tokenAt(ctx, start)?.tag === "ns" && divisionLength(ctx, start) > 0) break;
    // A group's ending the segmenter glued to a head that repeats it (代表/团团长, 督察/组组长), an
    // autonomous level cut from its 自治 (自治/区党委) and a company's 中 after its province, read
    // as a locative (四川/中/硅绿能科技有限公司): the word before is the body's name.
    const gluedEnding = start === headStart - 1 && text[start] === text[headStart] && prev.text.length >= 2 && !/^[cpur]/.test(prev.tag ?? "");
    const companyZhong = prev.text === "中" && /公司|集团/.test(text.slice(start, headStart)) && tokenAt(ctx, prev.start - 1)?.tag === "ns";
    if (gluedEnding || companyZhong || (prev.text === "自治" && /[区州县旗]/.test(text[start]!))) {
      start = prev.start;
      continue;
    }
    if (stops(ctx, prev.start, prev.end, prev.tag)) {
      // A body's one-character ending right before the head, which the segmenter tags a verb
      // (省委巡视/办/副主任), is still the body's.
      if (prev.end === headStart && prev.text.length === 1 && ctx.lex.orgSuffixes.has(prev.text)) {
        start = prev.start;
        continue;
      }
      if (!joinsNames(ctx, prev.start, prev.text, headStart) && divisionLength(ctx, prev.start) <= start - prev.start) {
        // A division the segmenter cut inside (潭/下/镇社会福利院 with 下 a locative, 曹/碾/满族乡
        // with 碾 a verb): the gazetteer knows it by its full name.
        const division = divisionAround(ctx, start, headStart, floor);
        if (division < start) {
          start = division;
          continue;
        }
        // A body's ending the segmenter cut (分/局局长): the name goes on before it.
        const ending = endingAround(ctx, start, headStart);
        if (ending < start && ending >= floor) {
          start = ending;
          continue;
        }
        break;
      }
    }
    start = Math.max(prev.start, floor);
  }
  // A function word the segmenter glued to the title's first word (由市…, 而镇长) is not part of it.
  if (headStart - start >= 1 && /^[由而在对将与和及同是经据从向为被把让给即并或]/.test(text[start]!) && !tokenIsWord(ctx, start) && !divisionLength(ctx, start)) start++;
  return start;
}

// Divisions whose name starts with a function word (将乐县, 逐卜乡) are cut by the segmenter
// before that word; the gazetteer knows them by their full names.
const DIVISION_END = /[省市县区镇乡]$/;

/** Length of the full division name of 3–6 characters that starts at `i`, or 0. */
export function divisionLength(ctx: RecognizeContext, i: number): number {
  const places = loadPlaceNames();
  for (let n = 6; n >= 3; n--) {
    const name = ctx.text.slice(i, i + n);
    if (name.length === n && DIVISION_END.test(name) && places.automaton.indexOf(name) >= 0) return n;
  }
  return 0;
}

/** How far back a division's name may start before the word it was cut at. */
const MAX_DIVISION_BEFORE = 6;
/** The longest division name of the gazetteer there is. */
const MAX_DIVISION = 12;

/**
 * Start of the full division name that begins at a word before `i` and runs past `i`, up to
 * `end` at most (潭下镇 around 镇, 曹碾满族乡 around 满), or `i` when there is none.
 */
function divisionAround(ctx: RecognizeContext, i: number, end: number, floor: number): number {
  const places = loadPlaceNames();
  for (let start = Math.max(floor, i - MAX_DIVISION_BEFORE); start < i; start++) {
    if (tokenAt(ctx, start)?.start !== start) continue;
    for (let stop = Math.min(end, start + MAX_DIVISION); stop > i; stop--) {
      const name = ctx.text.slice(start, stop);
      if (DIVISION_END.test(name) && places.automaton.indexOf(name) >= 0) return start;
    }
  }
  return i;
}

/** Start of the organization ending (分局) that begins before `i` and ends after it, before `end`, or `i`. */
function endingAround(ctx: RecognizeContext, i: number, end: number): number {
  for (let stop = Math.min(end, i + 3); stop > i; stop--) {
    const ending = wordEndingAt(ctx.text, stop, ctx.lex.orgSuffixes, 6);
    if (ending && stop - ending.length < i) return stop - ending.length;
  }
  return i;
}

function tokenIsWord(ctx: RecognizeContext, i: number): boolean {
  const t = tokenAt(ctx, i);
  return !!t && t.start === i && t.text.length >= 2 && !/^(c|p|d|r|x)/.test(t.tag ?? "");
}

function endsOtherBody(ctx: RecognizeContext, end: number): boolean {
  if (wordEndingAt(ctx.text, end, ctx.lex.organizations, 8)) return false;
  return !!wordEndingAt(ctx.text, end, ctx.lex.standaloneOrgSuffixes, 8);
}

function orgSuffixBefore(ctx: RecognizeContext, end: number): number {
  return wordEndingAt(ctx.text, end, ctx.lex.orgSuffixes, 6)?.length ?? 0;
}

function stops(ctx: RecognizeContext, start: number, end: number, tag: string | undefined): boolean {
  const word = ctx.text.slice(start, end);
  if (STOP_WORDS.has(word)) return true;
  if (TITLE_PARTS.has(word) || ORG_VERBS.has(word)) return false;
  if (!/[\u3400-\u9fff0-9A-Za-z（）()]/.test(word) || /^[0-9.,]+$/.test(word)) return true;
  if (tag === "vn") return false;
  return !!tag && STOP_TAG.test(tag);
}

// 党和国家领导人, 外交与国际合作部长: a conjunction inside a title joins two bodies, which we
// accept only after the party or a country, inside the name of a government department that
// has one (人力资源和社会保障局), or in a university's or an academy's school or institute
// (某大学海洋与地球学院, 中国科学院地理科学与资源研究所), so that 某某和某局局长 still splits at 和.
const JOINED_BODIES = [
  "人力资源和社会保障", "住房和城乡建设", "文化和旅游", "文化广电和旅游", "自然资源和规划", "工业和信息化",
  "经济和信息化", "发展和改革", "教育和体育", "科学技术和", "民族和宗教", "商务和", "卫生和计划生育",
  "林业和草原", "粮食和物资储备", "城市管理和综合执法", "政务服务和大数据", "规划和自然资源", "国土资源和房屋",
  "海洋和渔业", "网络安全和信息化", "教育和科学技术", "科技和工业信息化", "工业和科技", "农业和农村",
];
const ACADEMIC_UNIT = /(?:学院|研究所|研究院|研究中心|实验室)$/;
function joinsNames(ctx: RecognizeContext, start: number, word: string, headStart: number): boolean {
  if (word !== "和" && word !== "与") return false;
  if (JOINED_BODIES.some((b) => ctx.text.startsWith(b, start - b.indexOf("和")))) return true;
  if (ACADEMIC_UNIT.test(ctx.text.slice(start + 1, headStart)) && /大学|科学院|工程院/.test(ctx.text.slice(Math.max(0, start - 12), start))) return true;
  const before = ctx.text.slice(Math.max(0, start - 4), start);
  if (before.endsWith("党")) return true;
  for (const c of ctx.lex.countries) if (before.endsWith(c) || ctx.text.slice(start - c.length - 2, start).startsWith(c)) return true;
  return false;
}
