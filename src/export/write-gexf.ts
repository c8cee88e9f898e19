/**
 * GEXF 1.3 for Gephi (graphology-gexf): node label = display name, the schema label kept as
 * the `type` attribute, every property as a typed attribute (arrays as liststring).
 */
import gexf from "graphology-gexf";
import type { ZhkgGraph } from "../graph/store-graph.js";
import { displayLabel } from "./display-label.js";

/** The graph as a GEXF 1.3 document. */
export function writeGexf(graph: ZhkgGraph): string {
  return gexf.write(graph, {
    version: "1.3",
    formatNode: (_key, attrs) => {
      const { label, ...rest } = attrs;
      return { label: displayLabel(attrs), attributes: { type: label, ...rest } };
    },
    formatEdge: (_key, attrs) => ({ label: attrs.type, attributes: { ...attrs } }),
  });
}
