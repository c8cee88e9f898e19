/**
 * Reads the embedded store file (graphology JSON, schema zhkg/1) back into a graph: line by
 * line when it is in the one-element-per-line layout saveStore writes, else whole.
 */
import { createReadStream } from "node:fs";
import { readFile, stat } from "node:fs/promises";
import { createInterface } from "node:readline";
import type { SerializedGraph } from "graphology-types";
import { InputError } from "../errors.js";
import { SCHEMA_VERSION } from "./schema.js";
import { EDGES_LINE } from "./save-store.js";
import { createStoreGraph, type EdgeAttributes, type GraphAttributes, type NodeAttributes, type ZhkgGraph } from "./store-graph.js";

type Serialized = SerializedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>;

function checkSchema(path: string, attributes: { schema?: unknown } | undefined): void {
  if (attributes?.schema !== SCHEMA_VERSION) {
    throw new InputError(`graph store ${path} has schema ${String(attributes?.schema)}, expected ${SCHEMA_VERSION}; rebuild it with \`zhkg build\``);
  }
}

const notJson = (path: string, cause: unknown) =>
  new InputError(`graph store ${path} is not a graph JSON file; delete it and run \`zhkg build\` again`, { cause });

/** The saveStore layout: header line, node lines, EDGES_LINE, edge lines, `]}`. */
async function loadLines(path: string): Promise<ZhkgGraph | null> {
  const lines = createInterface({ input: createReadStream(path, "utf8"), crlfDelay: Infinity });
  const graph = createStoreGraph();
  let section: "head" | "nodes" | "edges" = "head";
  for await (const line of lines) {
    if (section === "head") {
      if (!line.startsWith('{"attributes":') || !line.endsWith(',"nodes":[')) {
        lines.close();
        return null;
      }
      let head: Pick<Serialized, "attributes">;
      try {
        head = JSON.parse(`${line.slice(0, -',"nodes":['.length)}}`) as typeof head;
      } catch (err) {
        throw notJson(path, err);
      }
      checkSchema(path, head.attributes);
      section = "nodes";
    } else if (line === EDGES_LINE) section = "edges";
    else if (line !== "]}" && line !== "") {
      try {
        const item = JSON.parse(line.endsWith(",") ? line.slice(0, -1) : line) as Serialized["edges"][number] & Serialized["nodes"][number];
        if (section === "nodes") graph.addNode(item.key, item.attributes);
        else graph.addEdgeWithKey(item.key!, item.source, item.target, item.attributes);
      } catch (err) {
        throw notJson(path, err);
      }
    }
  }
  return graph;
}

/**
 * Loads the store at `path`. A missing file gives an empty graph when `createIfMissing`,
 * else an InputError; a file that is not a zhkg/1 graph is always an InputError.
 */
export async function loadStore(path: string, options: { createIfMissing?: boolean } = {}): Promise<ZhkgGraph> {
  try {
    await stat(path);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "ENOENT" && options.createIfMissing) return createStoreGraph();
    throw new InputError(`cannot read the graph store ${path}; build one with \`zhkg build <paths...>\` or pass --store`, { cause: err });
  }
  const streamed = await loadLines(path);
  if (streamed) return streamed;
  let data: Serialized;
  try {
    data = JSON.parse(await readFile(path, "utf8")) as Serialized;
  } catch (err) {
    throw notJson(path, err);
  }
  checkSchema(path, data?.attributes);
  const graph = createStoreGraph();
  graph.import(data);
  return graph;
}
