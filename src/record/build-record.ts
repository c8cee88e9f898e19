/**
 * Turns one article's mentions and attendances into its extraction record (DESIGN.md): one
 * entity per person, organization, place, event and initiative name, one per figure
 * occurrence, and relations that each keep the sentence they were read from.
 */
import type { Article, Entity, ExtractionRecord, Mention, RelationRecord, Span } from "../types.js";
import { mainEvent, type Attendance } from "../relate/attendance.js";
import { sentences, spanAt } from "../recognize/scan.js";
import { eventDate, eventName, eventPlace, sessionForm } from "./event-facts.js";
import { jurisdictionOf } from "./jurisdiction.js";

export interface BuildOptions {
  /** The place a city paper calls 我市 / 市委 (e.g. 义乌市). */
  home?: string;
}

/** The extraction record of `article`. */
export function buildRecord(article: Article, mentions: Mention[], attended: Attendance[], options: BuildOptions = {}): ExtractionRecord {
  const { text } = article;
  const sents = sentences(text);
  const evidence = (at: number): Span => {
    const s = spanAt(sents, at);
    return s ? { start: s.start, end: s.end } : { start: at, end: at };
  };
  const entities = new Map<string, Entity>();
  const idOf = new Map<Mention, string>();
  const relations: RelationRecord[] = [];
  const places = mentions.filter((m) => m.type === "Place");

  const upsert = (id: string, m: Mention, make: () => Entity) => {
    const e = entities.get(id) ?? make();
    // Each entity is upserted from one pass over mentions in text order, so a repeat of this
    // start can only be its last mention (checking all of them made long articles quadratic).
    if (e.mentions.at(-1)?.start !== m.start) e.mentions.push({ start: m.start, end: m.end });
    entities.set(id, e);
    idOf.set(m, id);
    return e;
  };

  const reporters = new Set(article.reporters);
  // A mention may stand for a longer name (安德森 for 马克·安德森): the person is that name's.
  const personName = (m: Mention) => (m.attrs.name as string | undefined) ?? m.text;
  const personTitles = new Map<string, string[]>();
  for (const m of mentions) {
    if (m.type !== "Person") continue;
    const titles = personTitles.get(personName(m)) ?? [];
    for (const t of (m.attrs.titles as string[] | undefined) ?? []) if (!titles.includes(t)) titles.push(t);
    personTitles.set(personName(m), titles);
  }
  for (const m of mentions) {
    if (m.type === "Person") {
      const name = personName(m);
      const titles = personTitles.get(name)!;
      if (reporters.has(name) && titles.length === 0) continue;
      const jurisdiction = jurisdictionOf(titles, options.home);
      const id = `person:${name}${jurisdiction ? `@${jurisdiction}` : ""}`;
      upsert(id, m, () => ({ id, type: "Person", name, titles, jurisdiction: jurisdiction ?? null, mentions: [] }));
    } else if (m.type === "Organization" || m.type === "Place" || m.type === "Initiative") {
      const prefix = m.type === "Organization" ? "org" : m.type === "Place" ? "place" : "initiative";
      const id = `${prefix}:${m.text}`;
      const codes = m.attrs.adcodes as string[] | undefined;
      upsert(id, m, () => ({
        id,
        type: m.type as Entity["type"],
        name: m.text,
        mentions: [],
        ...(m.type === "Place" ? { adcode: codes?.length === 1 ? codes[0]! : null, level: (m.attrs.level as string | undefined) ?? null } : {}),
      }));
    } else if (m.type === "Figure") {
      const id = `figure:${m.start}`;
      upsert(id, m, () => ({
        id,
        type: "Figure",
        name: m.text,
        text: m.text,
        value: m.attrs.value as number,
        unit: m.attrs.unit as string,
        approx: m.attrs.approx as boolean,
        mentions: [],
      }));
    }
  }

  // A tour or meeting nobody is said to make (通过调研、组织申报) is a word, not an event.
  const toured = new Set(attended.map((a) => a.event));
  const events = mentions.filter((m) => m.type === "Event" && !m.attrs.generic && (!m.attrs.constructed || toured.has(m)));
  const main = mainEvent(events);
  // One event per name in an article: a later mention without its date is the same event.
  const eventIds = new Map<string, string>();
  const sessionIds = new Map<string, string>();
  for (const m of events) {
    const name = eventName(m);
    const session = sessionForm(name);
    const date = eventDate(text, m, mentions, sents, m === main);
    const place = eventPlace(text, m, places, sents);
    // A bare keyword that ends a named event of the article (开工仪式 after 新项目集中开工仪式) is
    // that event; a bare 会议 is too common to say which (某某召开会议 after 国务院常务会议).
    const named = m.rule === "event-keyword" && name.length >= 3 ? [...eventIds.keys()].find((n) => n.endsWith(name) && n !== name) : undefined;
    const id = eventIds.get(named ?? name) ?? sessionIds.get(session) ?? `event:${name}@${date ?? ""}`;
    eventIds.set(name, id);
    sessionIds.set(session, id);
    const e = upsert(id, m, () => ({ id, type: "Event", name, kind: m.attrs.kind as string, date, place: null, mentions: [] }));
    if (place && !e.place) {
      e.place = idOf.get(place) ?? null;
      if (e.place) relations.push({ type: "HELD_IN", from: id, to: e.place, evidence: evidence(m.start) });
    }
  }
  // A generic reference (会议) stands for the main event in attendance.
  for (const m of mentions) if (m.type === "Event" && m.attrs.generic && main) idOf.set(m, idOf.get(main)!);

  const seen = new Set<string>();
  const push = (r: RelationRecord) => {
    const key = `${r.type}|${r.from}|${r.to}|${r.role ?? r.title ?? ""}`;
    if (seen.has(key)) return;
    seen.add(key);
    relations.push(r);
  };
  for (const a of attended) {
    const from = idOf.get(a.person);
    const to = idOf.get(a.event);
    if (from && to) push({ type: "ATTENDED", from, to, role: a.role, evidence: a.evidence });
  }
  for (const m of mentions) {
    if (m.type !== "Person" || !idOf.has(m)) continue;
    for (const title of (m.attrs.titles as string[] | undefined) ?? []) {
      const at = text.lastIndexOf(title, m.start);
      // The body the title starts with: its title-organization mention, or the known body that
      // filterSpans keeps in its place for the same span (中共中央 in 中共中央总书记). A longer
      // name found by its ending (十一届省政协) is no such body: the resolver reads the title.
      const org = mentions.find((o) => o.type === "Organization" && (o.rule === "title-organization" || o.rule === "gazetteer-organization") && o.start >= at && o.end <= at + title.length);
      const to = org ? idOf.get(org) : undefined;
      if (to) push({ type: "HOLDS_POSITION", from: idOf.get(m)!, to, title, evidence: evidence(m.start) });
    }
  }
  // Mentions are in text order, so those before `i` in its sentence are found by walking back
  // to the sentence start: linear in the sentence, where a search of all mentions made a
  // book-length article quadratic.
  const inSentenceBefore = (i: number, test: (o: Mention) => boolean): Mention[] => {
    const m = mentions[i]!;
    const s = spanAt(sents, m.start);
    const found: Mention[] = [];
    for (let k = i - 1; s && k >= 0 && mentions[k]!.start >= s.start; k--) {
      const o = mentions[k]!;
      if (o.end <= m.start && idOf.has(o) && test(o)) found.push(o);
    }
    return found;
  };
  mentions.forEach((m, i) => {
    if (m.type !== "Initiative" || !idOf.has(m)) return;
    const speaker = inSentenceBefore(i, (p) => p.type === "Person").at(-1);
    const from = speaker ? idOf.get(speaker) : main ? idOf.get(main) : undefined;
    if (from) push({ type: "ADDRESSED", from, to: idOf.get(m)!, evidence: evidence(m.start) });
  });
  mentions.forEach((m, i) => {
    if (m.type !== "Figure") return;
    const target = inSentenceBefore(i, (o) => o.type === "Organization" || o.type === "Event" || o.type === "Place")[0];
    if (target) push({ type: "QUANTIFIES", from: idOf.get(m)!, to: idOf.get(target)!, evidence: evidence(m.start) });
  });

  return { article: recordArticle(article), entities: [...entities.values()], relations };
}

/** The `article` part of the record of `article`. */
export function recordArticle(article: Article): ExtractionRecord["article"] {
  return {
    id: article.id,
    source: article.source,
    title: article.title,
    subtitle: article.subtitle,
    date: article.date,
    reporters: article.reporters,
    correspondents: article.correspondents,
    text: article.text,
  };
}
