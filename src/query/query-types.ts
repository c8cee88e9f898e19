/**
 * The shapes shared by the canned queries on both backends: parameter specs, parsed
 * parameters, result rows, and the store graph the embedded implementations read.
 */
import type { EdgeAttributes, NodeAttributes, ZhkgGraph } from "../graph/store-graph.js";

/** One cell of a result row: both backends reduce their values to these. */
export type Cell = string | number | boolean | null | string[] | number[];

/** One result row, keyed by column name. */
export type QueryRow = Record<string, Cell>;

/** Parameter kinds: `date` is a YYYY-MM-DD string, `int` a whole number within [min, max]. */
export type ParamKind = "string" | "date" | "int";

export interface ParamSpec {
  name: string;
  kind: ParamKind;
  required: boolean;
  description: string;
  default?: string | number;
  min?: number;
  max?: number;
}

/** Parameters after validation: missing optional ones are null so Cypher sees `$x IS NULL`. */
export type QueryParams = Record<string, string | number | null>;

/** How rows are ordered: columns compared in turn, `desc` reverses one. */
export interface SortKey {
  column: string;
  desc?: boolean;
}

/** A canned query as the registry describes it (the Cypher text lives in cypher/queries/<name>.cypher). */
export interface QueryDef {
  name: string;
  description: string;
  params: ParamSpec[];
  columns: string[];
  /** List-valued columns that are sets: sorted so both backends print them alike. */
  setColumns: string[];
  sort: SortKey[];
  /** Columns a terminal table shows (the JSON output has them all). */
  display: string[];
  /** List columns that are chains (a path): printed joined by arrows. */
  chainColumns?: string[];
  /** Parameter that caps the number of rows after sorting, if any. */
  limitParam?: string;
  example: Record<string, string>;
}

export interface QueryResult {
  query: string;
  params: QueryParams;
  columns: string[];
  rows: QueryRow[];
}

/** Node attributes of the embedded store (`{label, key, ...props}`, src/graph/schema.ts). */
export type StoreNodeAttributes = NodeAttributes;

/** Edge attributes of the embedded store (`{type, article, ...props}`). */
export type StoreEdgeAttributes = EdgeAttributes;

/** The embedded store as loaded in memory. */
export type StoreGraph = ZhkgGraph;
