/** The graph of the hand-made resolve fixture, as `zhkg build --home 兰溪市` would store it. */
import { applyDelta } from "../../src/graph/apply-delta.js";
import { createStoreGraph, type ZhkgGraph } from "../../src/graph/store-graph.js";
import { resolveRecords } from "../../src/resolve/resolve-records.js";
import { loadRecords } from "../resolve/make-records.js";

export function fixtureGraph(): ZhkgGraph {
  const graph = createStoreGraph();
  applyDelta(graph, resolveRecords(loadRecords(new URL("../fixtures/resolve/articles.json", import.meta.url).pathname), { home: "兰溪市" }));
  return graph;
}
