/** Reads an embedded store file (a graphology JSON export with schema "zhkg/1") into memory. */
import { readFile } from "node:fs/promises";
import graphology from "graphology";
import { InputError } from "../errors.js";
import { SCHEMA_VERSION } from "../graph/schema.js";
import type { StoreGraph } from "./query-types.js";

/** Loads the store at `path`; throws InputError when it is missing, not JSON, or of another schema. */
export async function openStore(path: string): Promise<StoreGraph> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (err) {
    throw new InputError(`cannot read the graph store ${path}; build one with \`zhkg build <input>\` or pass --store`, {
      cause: err,
    });
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    throw new InputError(`graph store ${path} is not JSON; rebuild it with \`zhkg build\``, { cause: err });
  }
  const schema = (data as { attributes?: { schema?: unknown } } | null)?.attributes?.schema;
  if (schema !== SCHEMA_VERSION) {
    throw new InputError(`graph store ${path} has schema ${String(schema)}, expected ${SCHEMA_VERSION}; rebuild it with \`zhkg build\``);
  }
  const graph: StoreGraph = new graphology.MultiDirectedGraph();
  graph.import(data as Parameters<StoreGraph["import"]>[0]);
  return graph;
}
