/** The human label of a node for viewers (Gephi, yEd): its name, an article's title, or its key. */
import type { NodeAttributes } from "../graph/store-graph.js";

/** Name, else title, else text, else key. */
export function displayLabel(attrs: NodeAttributes): string {
  for (const field of ["name", "title", "text"]) {
    const value = attrs[field];
    if (typeof value === "string" && value) return value;
  }
  return attrs.key;
}
