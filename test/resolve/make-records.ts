/** Turns the compact hand-made article specs of test/fixtures/resolve into extraction records. */
import { readFileSync } from "node:fs";
import type { Entity, ExtractionRecord, RelationRecord, AttendanceRole } from "../../src/types.js";

interface Spec {
  id: string;
  date: string;
  title: string;
  text: string;
  reporters?: string[];
  persons?: Array<{ name: string; titles: string[] }>;
  places?: string[];
  orgs?: string[];
  initiatives?: string[];
  figures?: Array<{ text: string; value: number; unit: string }>;
  events?: Array<{ name: string; date: string | null; place?: string; attendees: Array<[string, AttendanceRole]> }>;
}

function at(text: string, name: string): { start: number; end: number }[] {
  const start = text.indexOf(name);
  return start < 0 ? [] : [{ start, end: start + name.length }];
}

/** One record per spec; entity ids are `<type>:<name>` within the record. */
export function makeRecord(spec: Spec): ExtractionRecord {
  const entities: Entity[] = [];
  const relations: RelationRecord[] = [];
  const add = (type: Entity["type"], name: string, extra: Partial<Entity> = {}) =>
    entities.push({ id: `${type}:${name}`, type, name, mentions: at(spec.text, name), ...extra });
  for (const p of spec.persons ?? []) add("Person", p.name, { titles: p.titles });
  for (const p of spec.places ?? []) add("Place", p);
  for (const o of spec.orgs ?? []) add("Organization", o);
  for (const i of spec.initiatives ?? []) add("Initiative", i);
  for (const f of spec.figures ?? []) add("Figure", f.text, { text: f.text, value: f.value, unit: f.unit });
  for (const e of spec.events ?? []) {
    add("Event", e.name, { date: e.date, place: e.place ? `Place:${e.place}` : null, kind: "meeting" });
    for (const [person, role] of e.attendees) {
      const m = at(spec.text, person)[0] ?? { start: 0, end: 0 };
      relations.push({ type: "ATTENDED", from: `Person:${person}`, to: `Event:${e.name}`, role, evidence: m });
    }
  }
  return {
    article: { id: spec.id, source: `${spec.id}.txt`, title: spec.title, subtitle: null, date: spec.date,
      reporters: spec.reporters ?? [], correspondents: [], text: spec.text },
    entities,
    relations,
  };
}

/** The records of a fixture file of specs. */
export function loadRecords(path: string): ExtractionRecord[] {
  return (JSON.parse(readFileSync(path, "utf8")) as Spec[]).map(makeRecord);
}
