/** Reads the embedded store file (graphology JSON, schema zhkg/1) back into a graph. */
import { readFile } from "node:fs/promises";
import type { SerializedGraph } from "graphology-types";
import { InputError } from "../errors.js";
import { SCHEMA_VERSION } from "./schema.js";
import { createStoreGraph, type EdgeAttributes, type GraphAttributes, type NodeAttributes, type ZhkgGraph } from "./store-graph.js";

/**
 * Loads the store at `path`. A missing file gives an empty graph when `createIfMissing`,
 * else an InputError; a file that is not a zhkg/1 graph is always an InputError.
 */
export async function loadStore(path: string, options: { createIfMissing?: boolean } = {}): Promise<ZhkgGraph> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "ENOENT" && options.createIfMissing) return createStoreGraph();
    throw new InputError(`cannot read the graph store ${path}; build one with \`zhkg build <paths...>\` or pass --store`, { cause: err });
  }
  let data: SerializedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>;
  try {
    data = JSON.parse(text) as typeof data;
  } catch (err) {
    throw new InputError(`graph store ${path} is not JSON; delete it and run \`zhkg build\` again`, { cause: err });
  }
  if (data?.attributes?.schema !== SCHEMA_VERSION) {
    throw new InputError(`graph store ${path} has schema ${String(data?.attributes?.schema)}, expected ${SCHEMA_VERSION}; rebuild it with \`zhkg build\``);
  }
  const graph = createStoreGraph();
  graph.import(data);
  return graph;
}
