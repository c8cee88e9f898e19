/**
 * Attendance: who took part in which event and how, read sentence by sentence from the cue
 * that follows a person or a list of persons (主持 → presided, 致辞 → spoke, 出席 → attended),
 * and from the clause of a leaders' meeting (甲会见乙) or of an event held for someone (甲为乙举行).
 */
import type { AttendanceRole, Mention, Span } from "../types.js";
import { lexicon } from "../recognize/lexicon.js";
import { charFlags, clauseBefore, sentences, spanAt, wordAt, wordIndex } from "../recognize/scan.js";

export interface Attendance {
  person: Mention;
  event: Mention;
  role: AttendanceRole;
  evidence: Span;
}

// The 为 that names whom an event was held for, right before its opener (…为乙举行).
const HELD_FOR = /^(.*)为[^，。；为]{1,24}?(?:隆重)?(?:举行|举办)$/;
const ALL_ABOVE = /^(?:参加|出席|陪同)了?(?:上述|以上)(?:活动|会见|会谈)/;
const CLAUSE_END = charFlags("，。；：！？,;");
const ESCORTED = /^在[^，。；]{1,40}?陪同下/;
const CITED_SOURCE = /^据/;
// 副厅长甲，市领导乙、丙出席: leaders named after a comma by a list word share the cue after them.
const LEADERS_AFTER = /^[\u4e00-\u9fff]{0,3}领导$/;
const LISTED_ATTENDEES = /^，[^，。；！？]{2,30}?((?:参加|出席|列席|陪同)(?:了)?(?:会议|活动|仪式|座谈会|调研|考察|检查|视察)?)[。；！]?$/;
const REPORT_AFTER = /^(?:就[^，。；]{1,60}?)?(?:作了?|关于[^，。；]{1,60}?的)(?:关于[^，。；]{1,60}?的|题为)?(?:《[^》]{1,40}》)?[^，。；]{0,12}?(报告|说明|汇报|推介)/;
const MAX_REPORT = 90;
// How far after its cue a bare keyword says what the cue is about (出席会议, 列席了会议).
const CUE_TO_KEYWORD = 4;
// How far after a person (or its list) the cue may stand, within its clause.
const CUE_WINDOW = 16;
// What may link the persons of one list: separators, conjunctions and the titles between them.
const LIST_GLUE = /^[、和及与]?$/;
// A title the recognizer cut short leaves a word or two in the gap (、推动…组长某): still glue
// when the next person has a title.
const TITLED_GLUE = /^[、和及与][\u4e00-\u9fff]{0,3}$/;

/** One Attendance per person, event and role that a sentence states. */
export function attendance(text: string, mentions: Mention[]): Attendance[] {
  const sents = sentences(text);
  const persons = mentions.filter((m) => m.type === "Person");
  const events = mentions.filter((m) => m.type === "Event");
  const main = mainEvent(events);
  const inspection = events.find((e) => e.attrs.kind === "inspection" && !e.attrs.generic);
  const out: Attendance[] = [];
  const titles = mentions.filter((m) => m.type === "Title");
  // 副市长甲，市政协副主席乙出席: a group with no cue of its own before a comma shares the cue
  // of the titled group after it.
  let waiting: Mention[] = [];
  for (const group of personGroups(text, persons, titles)) {
    const last = group[group.length - 1]!;
    const sentence = spanAt(sents, last.start);
    if (!sentence) continue;
    let members = waiting.length && spanAt(sents, waiting[0]!.start) === sentence ? [...waiting, ...group] : group;
    waiting = [];
    // A cue belongs to the nearest person before it (甲在乙陪同下: 陪同 is 乙's).
    const next = persons.find((p) => p.start >= last.end);
    const limit = Math.min(sentence.end, next ? next.start : sentence.end);
    // 据某某介绍: the one a report cites, not a speaker.
    const cited = CITED_SOURCE.test(clauseBefore(text, members[0]!.start));
    const cues = cuesAfter(text, last.end, limit).filter((c) => !cited || !text.startsWith("介绍", c.at));
    // 秘书长甲，各县政府主要负责人参加会议: a list of attendees goes on past the named ones to the cue.
    const listed = cues.length || (next && next.start < sentence.end) ? null : LISTED_ATTENDEES.exec(text.slice(last.end, sentence.end));
    if (listed) cues.push({ role: listed[1]!.startsWith("陪同") ? "accompanied" : "attended", at: last.end + listed[0].lastIndexOf(listed[1]!) });
    // 甲在乙、丙陪同下…: the one escorted is the one touring.
    const escorted = ESCORTED.exec(text.slice(last.end, sentence.end));
    if (escorted) cues.unshift({ role: "inspected", at: last.end + escorted[0].length });
    if (!cues.length) {
      if (text[last.end] === "，" && next && (titles.some((t) => t.start === last.end + 1) || LEADERS_AFTER.test(text.slice(last.end + 1, next.start)))) waiting = members;
      continue;
    }
    // 甲同乙共同主持: a joint cue is also that of those the clause joins to the group by 同 or 与.
    if (cues.some((c) => text.startsWith("共同", c.at) || text.endsWith("共同", c.at))) members = [...partnersBefore(text, persons, members[0]!), ...members];
    for (const cue of cues) {
      // 某某参加上述活动: every event the article reported before.
      const all = ALL_ABOVE.test(text.slice(cue.at, cue.at + 8)) ? events.filter((e) => e.end <= sentence.start && !e.attrs.generic) : [];
      const event = all.length ? undefined : eventFor(text, cue, sentence, events, main, inspection);
      for (const e of event ? [event] : all) {
        for (const person of members) out.push({ person, event: e, role: cue.role, evidence: { start: sentence.start, end: sentence.end } });
      }
    }
  }
  out.push(...meetingParties(text, sents, persons, events), ...hostedFor(text, persons, events));
  return out;
}

// 甲在某地为乙举行欢迎仪式: those named before 为 hosted the event, those it was held for attended.
function hostedFor(text: string, persons: Mention[], events: Mention[]): Attendance[] {
  const out: Attendance[] = [];
  for (const e of events) {
    if (e.attrs.generic) continue;
    const clause = clauseBefore(text, e.start);
    const held = HELD_FOR.exec(clause);
    if (!held) continue;
    const from = e.start - clause.length;
    const forAt = from + held.index + held[1]!.length;
    const evidence = { start: from, end: e.end };
    for (const person of persons.filter((p) => p.start >= from && p.end <= e.start)) {
      out.push({ person, event: e, role: person.end <= forAt ? "hosted" : "attended", evidence });
    }
  }
  return out;
}

// 甲会见乙, 甲同乙举行会谈: everyone named in the clause of a leaders' meeting took part in it,
// those before its verb and those after it; the first of them hosted a reception (会见).
function meetingParties(text: string, sents: Span[], persons: Mention[], events: Mention[]): Attendance[] {
  const out: Attendance[] = [];
  for (const e of events) {
    // 某某参加会见 refers back to the meeting; the cue before it says how.
    if (e.rule !== "diplomatic-meeting" || /(?:参加|出席|陪同)$/.test(text.slice(Math.max(0, e.start - 2), e.start))) continue;
    const sentence = spanAt(sents, e.start);
    if (!sentence) continue;
    let from = e.start;
    while (from > sentence.start && !CLAUSE_END[text.charCodeAt(from - 1)]) from--;
    let to = e.end;
    while (to < sentence.end && !CLAUSE_END[text.charCodeAt(to)]) to++;
    const before = persons.filter((p) => p.start >= from && p.end <= e.start);
    if (!before.length) continue;
    const after = persons.filter((p) => p.start >= e.end && p.end <= to);
    const evidence = { start: sentence.start, end: sentence.end };
    before.forEach((person, k) => out.push({ person, event: e, role: k === 0 && e.text === "会见" ? "hosted" : "attended", evidence }));
    for (const person of after) out.push({ person, event: e, role: "attended", evidence });
  }
  return out;
}

// The persons earlier in the clause of `first` that 同, 与 or 和 join to it (甲3日在某地同乙…).
function partnersBefore(text: string, persons: Mention[], first: Mention): Mention[] {
  const from = first.start - clauseBefore(text, first.start).length;
  return persons.filter((p) => p.start >= from && p.end < first.start && /[同与和]/.test(text.slice(p.end, first.start)));
}

// Persons joined by 、 和 及 (with titles between them) act together: 甲、乙等出席.
function personGroups(text: string, persons: Mention[], titles: Mention[]): Mention[][] {
  const groups: Mention[][] = [];
  for (const p of persons) {
    const group = groups[groups.length - 1];
    const prev = group?.[group.length - 1];
    if (prev && p.start > prev.end) {
      let gap = text.slice(prev.end, p.start);
      for (const t of titles) if (t.start >= prev.end && t.end <= p.start) gap = gap.replace(t.text, "");
      const titled = ((p.attrs.titles as string[] | undefined) ?? []).length > 0;
      if (LIST_GLUE.test(gap) || (titled && TITLED_GLUE.test(gap))) {
        group.push(p);
        continue;
      }
    }
    groups.push([p]);
  }
  return groups;
}

// The end of 在…发布会上, where a speech verb says what was said at the event.
const AT_EVENT_BEFORE = /[会坛式]上$/;

// Every cue of the clause after a person: 出席并讲话 is both attended and spoke.
function cuesAfter(text: string, from: number, limit: number): { role: AttendanceRole; at: number }[] {
  const cues = lexicon().attendanceCues;
  // 甲、乙以及有关负责同志参加: the rest of a list may stand between the names and the cue;
  // 甲、乙分别就…作了汇报发言: a topic phrase may too.
  const window = /^(?:以及|及|等|分别就|就|围绕)/.test(text.slice(from, from + 3)) ? CUE_WINDOW * 2 : CUE_WINDOW;
  const end = windowEnd(text, from, window, limit);
  const found: { role: AttendanceRole; at: number }[] = [];
  for (let i = from; i < end; i++) {
    if (CLAUSE_END[text.charCodeAt(i)]) break;
    // The cues are longest first, so this is the cue the clause reads at i.
    const cue = wordAt(text, i, wordIndex(cues));
    if (!cue) continue;
    // 强调要…, 要求: speech verbs that also head clauses count only right after the name, or
    // right after the event where they were said (20日在例行新闻发布会上表示).
    if (["表示", "要求", "提出", "说", "建议", "认为"].includes(cue) && i - from > 10 && !AT_EVENT_BEFORE.test(text.slice(i - 2, i))) continue;
    // 从全会召开的意义…: a meeting's own verb, not the person's; 来某地考察的客人: a cue before 的
    // describes someone else; 习某总书记重要讲话精神: a speech the clause cites, not one given here.
    if ((cue === "召开" && text[i - 1] === "会") || text[i + cue.length] === "的" || text.startsWith("精神", i + cue.length) || text.endsWith("重要", i)) continue;
    const { role } = cues.get(cue)!;
    if (!found.some((f) => f.role === role)) found.push({ role, at: i });
    // A second cue counts only when joined to the first (出席会议并讲话), not one later in the
    // clause about something else (在致辞中…向与会嘉宾).
    const joined = /^[^，。；]{0,4}?并(?:作|发表)?/.exec(text.slice(i + cue.length, i + cue.length + 8));
    if (!joined) return found;
    i += cue.length + joined[0].length - 1;
  }
  // 甲作了关于…的报告, 甲就《…》作说明, 听取了甲关于…的汇报: a report whose topic runs past the window.
  const report = found.length ? null : REPORT_AFTER.exec(text.slice(from, Math.min(limit, from + MAX_REPORT)));
  if (report) found.push({ role: "spoke", at: from + report[0].length - report[1]!.length });
  return found;
}

// Where a window of `size` characters after `from` ends, not counting titles in 《》 (作题为
// 《…》《…》的主旨报告): a speech's title says nothing of how its speaker took part.
function windowEnd(text: string, from: number, size: number, limit: number): number {
  let i = from;
  let depth = 0;
  for (let counted = 0; i < limit && counted < size; i++) {
    if (text[i] === "《") depth++;
    else if (text[i] === "》") depth = Math.max(0, depth - 1);
    else if (!depth) counted++;
  }
  return i;
}

// The event a cue is about: one named in its sentence (after the cue first), else the tour for
// tour cues, else the latest event reported before the sentence, else the article's main event,
// unless the sentence places itself at another kind of event (在…记者会上).
function eventFor(
  text: string,
  cue: { role: AttendanceRole; at: number },
  sentence: Span,
  events: Mention[],
  main: Mention | undefined,
  inspection: Mention | undefined,
): Mention | undefined {
  const inSentence = events.filter((e) => e.start >= sentence.start && e.end <= sentence.end && !e.attrs.generic);
  // 参加十四届全国人大三次会议广西代表团审议: a session named right before a meeting held within it frames that meeting.
  const frames = (e: Mention) => inSentence.some((inner) => inner.start === e.end);
  const after = inSentence.find((e) => e.start >= cue.at && !frames(e)) ?? inSentence.find((e) => e.start >= cue.at);
  const touring = cue.role === "inspected" || cue.role === "accompanied";
  // An article follows one tour from stop to stop (来到四川…调研。…在汶川考察): each stop is that tour.
  if (after && touring && after.rule === "inspection" && inspection && !after.attrs.topical) return inspection;
  if (after && (cue.role !== "accompanied" || after.attrs.kind === "inspection")) return after;
  // 会见某某一行: a party received at a meeting is not on the article's tour.
  const received = inSentence.some((e) => e.start < cue.at && e.rule === "diplomatic-meeting");
  if (touring && inspection && !received) return inspection;
  // 会见了某某一行: a visiting party (一行) before its cue is at a tour, not at the event named before.
  const before = inSentence.find((e) => e.start < cue.at && (cue.role !== "inspected" || e.rule === "inspection"));
  if (before) return before;
  // 列席会议 after a ceremony: the kind the cue names (会议) is that of the event it is about.
  const kindNamed = events.find((e) => e.attrs.generic && e.start >= cue.at && e.start <= cue.at + CUE_TO_KEYWORD && e.end <= sentence.end)?.attrs.kind as string | undefined;
  // Speaking or attending is never read as touring: a built tour name is no fallback for them.
  const fallback = lastReportedBefore(events, sentence.start, kindNamed) ?? main;
  // Nor is a tour (会后，某某一行深入企业检查) read as part of a meeting reported before it.
  if (!fallback || (!touring && fallback.rule === "inspection") || (cue.role === "inspected" && fallback.rule !== "inspection")) return undefined;
  // 发言人某某在例行记者会上表示: the sentence says where it was, at another kind of event than the
  // one reported before it.
  const venue = VENUE.exec(text.slice(sentence.start, cue.at));
  return venue && !fallback.text.endsWith(venue[1]!) ? undefined : fallback;
}

/** 在…记者会上: a venue of a kind that differs from a meeting (会上 alone refers back to it). */
const VENUE = /在[^，。；]{0,12}?(记者会|发布会|招待会|论坛|仪式|晚会)上/;

// A sentence that names no event is about the latest one the article said took place before
// it (…举行座谈会。甲发言), which is not always the first one it names (…大会开幕。…举行座谈会);
// of `kind` when the sentence says which kind.
function lastReportedBefore(events: Mention[], at: number, kind?: string): Mention | undefined {
  let last: Mention | undefined;
  for (const e of events) if (e.end <= at && e.attrs.reported && !e.attrs.generic && e.rule !== "inspection" && (!kind || e.attrs.kind === kind)) last = e;
  return last;
}

/** The event the article reports: the first said to take place, else the first named one, else the first tour. */
export function mainEvent(events: Mention[]): Mention | undefined {
  const named = events.filter((e) => !e.attrs.generic && e.rule !== "inspection");
  return named.find((e) => e.attrs.reported) ?? named[0] ?? events.find((e) => !e.attrs.generic);
}
