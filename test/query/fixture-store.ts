/** Test helper: the hand-made fixture graph, and a large generated graph for time-limit tests. */
import { fileURLToPath } from "node:url";
import { loadStore } from "../../src/graph/load-store.js";
import { createStoreGraph, type ZhkgGraph } from "../../src/graph/store-graph.js";

export const FIXTURE_STORE = fileURLToPath(new URL("../fixtures/query/graph.json", import.meta.url));

/** One event where a person presided and spoke (one article) and attended (another): several ATTENDED edges, one person. */
export const TWO_ROLES_STORE = fileURLToPath(new URL("../fixtures/query/two-roles.json", import.meta.url));

/** The fixture graph of test/fixtures/query/graph.json. */
export function loadFixture(): Promise<ZhkgGraph> {
  return loadStore(FIXTURE_STORE);
}

/** `people` people who all attended each of `events` events: co-attendance over it is quadratic work. */
export function denseGraph(people: number, events: number): ZhkgGraph {
  const graph = createStoreGraph();
  for (let p = 0; p < people; p += 1) graph.addNode(`Person:person:p${p}@x`, { label: "Person", key: `person:p${p}@x`, name: `p${p}`, titles: [] });
  for (let e = 0; e < events; e += 1) {
    const id = `Event:event:e${e}@2022-01-01`;
    graph.addNode(id, { label: "Event", key: `event:e${e}@2022-01-01`, name: `e${e}`, date: "2022-01-01", kind: "meeting" });
    for (let p = 0; p < people; p += 1) {
      graph.addEdgeWithKey(`ATTENDED|${p}|${e}`, `Person:person:p${p}@x`, id, { type: "ATTENDED", article: "x", role: "attended", order: p, evidence: "", evidenceStart: 0, evidenceEnd: 0 });
    }
  }
  return graph;
}
