/**
 * GraphDeltas of the hand-made articles in test/fixtures/neo4j/articles.json, with keys and
 * evidence built the way the resolver builds them (src/graph/schema.ts), plus generated bulk deltas.
 */
import { readFileSync } from "node:fs";
import { edgeKey } from "../../src/graph/schema.js";
import type { EdgeType, GraphDelta, GraphEdge, GraphNode, NodeLabel, NodeRef, PropValue } from "../../src/types.js";

type Props = Record<string, PropValue>;
interface FixtureArticle {
  id?: string;
  date: string;
  text: string;
  nodes: Array<[NodeLabel, string, Props]>;
  edges: Array<[EdgeType, string, string, Props, [number, number], string?]>;
}

const fixture = JSON.parse(readFileSync(new URL("../fixtures/neo4j/articles.json", import.meta.url), "utf8")) as {
  articles: Record<string, FixtureArticle>;
};

function ref(text: string): NodeRef {
  const colon = text.indexOf(":");
  return { label: text.slice(0, colon) as NodeLabel, key: text.slice(colon + 1) };
}

/** The delta of one fixture article (`art-a`, `art-a-changed`, `art-b`). */
export function articleDelta(name: string): GraphDelta {
  const a = fixture.articles[name];
  if (!a) throw new Error(`no fixture article ${name}`);
  const id = a.id ?? name;
  const article: GraphNode = { label: "Article", key: id, props: { id, title: `${id} title`, date: a.date, source: `${name}.txt` } };
  const nodes: GraphNode[] = [article, ...a.nodes.map(([label, key, props]) => ({ label, key, props }))];
  const edges: GraphEdge[] = a.edges.map(([type, from, to, props, [start, end], qualifier]) => ({
    type,
    key: edgeKey(type, ref(from), ref(to), id, qualifier),
    from: ref(from),
    to: ref(to),
    props: { ...props, article: id, evidence: a.text.slice(start, end), evidenceStart: start, evidenceEnd: end },
  }));
  return { articles: [id], nodes, edges };
}

/** Several deltas as one, the way one resolver run over all their articles lists them. */
export function combine(...deltas: GraphDelta[]): GraphDelta {
  return {
    articles: deltas.flatMap((d) => d.articles),
    nodes: deltas.flatMap((d) => d.nodes),
    edges: deltas.flatMap((d) => d.edges),
  };
}

/**
 * A generated delta of `count` articles, each with a reporter, an event, two attendees drawn
 * from a shared pool of people (so articles overlap) and the MENTIONS between them.
 */
export function bulkDelta(count: number, first = 0): GraphDelta {
  const delta: GraphDelta = { articles: [], nodes: [], edges: [] };
  for (let i = first; i < first + count; i += 1) {
    const id = `bulk-${i}`;
    const art: NodeRef = { label: "Article", key: id };
    const event: NodeRef = { label: "Event", key: `event:会议${i}@2023-01-01` };
    const people: NodeRef[] = [i % 97, (i * 7 + 3) % 97].map((p) => ({ label: "Person", key: `person:人${p}@测试市` }));
    delta.articles.push(id);
    delta.nodes.push({ label: "Article", key: id, props: { id, title: `第${i}篇`, date: "2023-01-02", source: `${id}.txt` } });
    delta.nodes.push({ label: "Event", key: event.key, props: { name: `会议${i}`, date: "2023-01-01", kind: "meeting" } });
    for (const p of people) delta.nodes.push({ label: "Person", key: p.key, props: { name: p.key.slice(7, -4), titles: [`职务${i % 5}`], jurisdiction: "测试市" } });
    const evidence = { evidence: `会议${i}召开。`, evidenceStart: 0, evidenceEnd: 6 };
    const add = (type: EdgeType, from: NodeRef, to: NodeRef, extra: Props = {}, q?: string) =>
      delta.edges.push({ type, key: edgeKey(type, from, to, id, q), from, to, props: { ...extra, article: id, ...evidence } });
    people.forEach((p, order) => {
      add("ATTENDED", p, event, { role: order === 0 ? "presided" : "attended", order }, order === 0 ? "presided" : "attended");
      add("MENTIONS", art, p);
    });
    add("REPORTS", art, event);
    add("MENTIONS", art, event);
  }
  return delta;
}
