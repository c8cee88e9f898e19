/** graphology JSON (what `graph.import()` reads back), in the store's canonical order. */
import { serializeStore } from "../graph/save-store.js";
import type { ZhkgGraph } from "../graph/store-graph.js";

/** The graph as pretty graphology JSON text. */
export function writeJson(graph: ZhkgGraph): string {
  return `${JSON.stringify(serializeStore(graph), null, 1)}\n`;
}
