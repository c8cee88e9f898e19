/**
 * The CSV set `neo4j-admin database import full` reads: one nodes file per label
 * (`key:ID(Label)` / `id:ID(Article)`, typed columns, `:LABEL`), one relationships file per
 * type and label pair (`:START_ID(Label)`, `:END_ID(Label)`, `:TYPE`), and the command line.
 */
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { ZhkgGraph } from "../graph/store-graph.js";
import { EDGE_TYPES, NODE_LABELS } from "../graph/schema.js";
import type { PropValue } from "../types.js";

/** Array properties use this delimiter (neo4j-admin's default, `--array-delimiter=;`). */
export const ARRAY_DELIMITER = ";";

export interface CsvFile {
  name: string;
  content: string;
}

type CsvType = "long" | "double" | "boolean" | "string" | "long[]" | "double[]" | "string[]";

function typeOf(value: PropValue): CsvType | null {
  if (value === null || value === undefined) return null;
  if (Array.isArray(value)) {
    if (value.length === 0) return null;
    return value.every((v) => typeof v === "number") ? (value.every((v) => Number.isInteger(v)) ? "long[]" : "double[]") : "string[]";
  }
  if (typeof value === "boolean") return "boolean";
  if (typeof value === "number") return Number.isInteger(value) ? "long" : "double";
  return "string";
}

function widen(a: CsvType, b: CsvType): CsvType {
  if (a === b) return a;
  if ((a === "long" && b === "double") || (a === "double" && b === "long")) return "double";
  if (a.endsWith("[]") && b.endsWith("[]")) return a === "string[]" || b === "string[]" ? "string[]" : "double[]";
  return a.endsWith("[]") || b.endsWith("[]") ? "string[]" : "string";
}

/** A CSV field: strings always quoted (quotes doubled), nulls empty so they stay unset. */
function field(value: PropValue, type: CsvType): string {
  if (value === null || value === undefined) return "";
  if (type === "string") return `"${String(Array.isArray(value) ? JSON.stringify(value) : value).replace(/"/g, '""')}"`;
  if (type.endsWith("[]")) {
    const items = Array.isArray(value) ? value : [value];
    // An item holding the delimiter would split in two on import; its `;` becomes `,`.
    return `"${items.map((v) => String(v).replace(/"/g, '""').split(ARRAY_DELIMITER).join(",")).join(ARRAY_DELIMITER)}"`;
  }
  return String(value);
}

function columns(rows: Array<Record<string, PropValue>>): Array<[string, CsvType]> {
  const types = new Map<string, CsvType>();
  for (const row of rows) {
    for (const [name, value] of Object.entries(row)) {
      const t = typeOf(value);
      if (t) types.set(name, types.has(name) ? widen(types.get(name)!, t) : t);
      else if (!types.has(name) && Array.isArray(value)) types.set(name, "string[]");
    }
  }
  return [...types.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1));
}

function header(name: string, type: CsvType): string {
  return type === "string" ? name : `${name}:${type}`;
}

/** The CSV files of the graph, in a stable order, plus `import-command.txt`. */
export function neo4jCsvFiles(graph: ZhkgGraph): CsvFile[] {
  const files: CsvFile[] = [];
  const nodeArgs: string[] = [];
  const relArgs: string[] = [];
  for (const label of NODE_LABELS) {
    const idName = label === "Article" ? "id" : "key";
    const rows = graph
      .filterNodes((_n, a) => a.label === label)
      .sort()
      .map((n) => {
        const { label: _l, key, ...props } = graph.getNodeAttributes(n);
        if (label === "Article") delete props.id;
        return { id: key, props: props as Record<string, PropValue> };
      });
    if (rows.length === 0) continue;
    const cols = columns(rows.map((r) => r.props));
    const lines = [[`${idName}:ID(${label})`, ...cols.map(([c, t]) => header(c, t)), ":LABEL"].join(",")];
    for (const r of rows) lines.push([field(r.id, "string"), ...cols.map(([c, t]) => field(r.props[c] ?? null, t)), label].join(","));
    const name = `nodes-${label}.csv`;
    files.push({ name, content: `${lines.join("\n")}\n` });
    nodeArgs.push(`--nodes=${name}`);
  }
  for (const type of EDGE_TYPES) {
    const groups = new Map<string, Array<{ key: string; source: string; target: string; props: Record<string, PropValue> }>>();
    graph.forEachEdge((key, attrs, _source, _target, sa, ta) => {
      if (attrs.type !== type) return;
      const pair = `${sa.label}-${ta.label}`;
      const { type: _t, ...props } = attrs;
      if (!groups.has(pair)) groups.set(pair, []);
      groups.get(pair)!.push({ key, source: sa.key, target: ta.key, props: { key, ...props } });
    });
    for (const pair of [...groups.keys()].sort()) {
      const rows = groups.get(pair)!.sort((a, b) => (a.key < b.key ? -1 : 1));
      const [from, to] = pair.split("-");
      const cols = columns(rows.map((r) => r.props));
      const lines = [[`:START_ID(${from})`, `:END_ID(${to})`, ":TYPE", ...cols.map(([c, t]) => header(c, t))].join(",")];
      for (const r of rows) lines.push([field(r.source, "string"), field(r.target, "string"), type, ...cols.map(([c, t]) => field(r.props[c] ?? null, t))].join(","));
      const name = `rels-${type}-${pair}.csv`;
      files.push({ name, content: `${lines.join("\n")}\n` });
      relArgs.push(`--relationships=${name}`);
    }
  }
  const command = [
    "neo4j-admin database import full neo4j --overwrite-destination=true",
    `--array-delimiter=${ARRAY_DELIMITER}`,
    "--multiline-fields=true",
    ...nodeArgs,
    ...relArgs,
  ].join(" \\\n  ");
  files.push({ name: "import-command.txt", content: `# run from this directory, with the database stopped\n${command}\n` });
  return files;
}

/** Writes the CSV set into `dir` (created) and returns the file paths. */
export async function writeNeo4jCsv(graph: ZhkgGraph, dir: string): Promise<string[]> {
  await mkdir(dir, { recursive: true });
  const paths: string[] = [];
  for (const file of neo4jCsvFiles(graph)) {
    const path = join(dir, file.name);
    await writeFile(path, file.content, "utf8");
    paths.push(path);
  }
  return paths;
}
