/**
 * The last step of every query on both backends: cells reduced to plain values, set
 * columns sorted, rows sorted by the query's keys, then capped by its limit parameter.
 */
import type { Cell, QueryDef, QueryParams, QueryRow } from "./query-types.js";

/** Returns `rows` in the query's deterministic shape and order. */
export function finishRows(def: QueryDef, params: QueryParams, rows: Array<Record<string, unknown>>): QueryRow[] {
  const shaped = rows.map((row) => {
    const out: QueryRow = {};
    for (const column of def.columns) {
      const cell = toCell(row[column]);
      out[column] = def.setColumns.includes(column) ? sortList(cell ?? []) : cell;
    }
    return out;
  });
  shaped.sort((a, b) => {
    for (const key of def.sort) {
      const c = compareCells(a[key.column] ?? null, b[key.column] ?? null);
      if (c !== 0) return key.desc ? -c : c;
    }
    return compareCells(JSON.stringify(a), JSON.stringify(b));
  });
  const limit = def.limitParam ? params[def.limitParam] : null;
  return typeof limit === "number" ? shaped.slice(0, limit) : shaped;
}

/**
 * Orders cells the way Cypher's ORDER BY does, so a LIMIT in Cypher and here keep the same
 * rows: nulls last, strings by UTF-16 code units, lists element by element.
 */
export function compareCells(a: Cell, b: Cell): number {
  if (a === null || b === null) return a === b ? 0 : a === null ? 1 : -1;
  if (Array.isArray(a) && Array.isArray(b)) {
    for (let i = 0; i < Math.min(a.length, b.length); i += 1) {
      const c = compareCells(a[i] ?? null, b[i] ?? null);
      if (c !== 0) return c;
    }
    return a.length - b.length;
  }
  if (typeof a === "number" && typeof b === "number") return a - b;
  const [x, y] = [String(a), String(b)];
  return x < y ? -1 : x > y ? 1 : 0;
}

/** Reduces a backend value (including Neo4j's 64-bit Integer objects) to a Cell. */
export function toCell(value: unknown): Cell {
  if (value === undefined || value === null) return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  if (typeof value === "bigint") return Number(value);
  if (Array.isArray(value)) {
    const items = value.map(toCell).filter((v): v is string | number => typeof v === "string" || typeof v === "number");
    return items.every((v) => typeof v === "number") ? (items as number[]) : items.map(String);
  }
  if (isInteger(value)) return value.toNumber();
  return JSON.stringify(value);
}

function isInteger(value: object): value is { toNumber(): number } {
  return "low" in value && "high" in value && typeof (value as { toNumber?: unknown }).toNumber === "function";
}

function sortList(cell: Cell): Cell {
  if (!Array.isArray(cell)) return cell;
  return [...cell].sort((a, b) => compareCells(a, b)) as Cell;
}
