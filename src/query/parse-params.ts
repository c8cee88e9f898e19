/**
 * Checks raw string parameters (from the command line or a URL) against a query's specs:
 * required, types, ranges, date format; applies defaults; rejects unknown names.
 */
import { QueryError } from "../errors.js";
import type { ParamSpec, QueryDef, QueryParams } from "./query-types.js";

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MAX_STRING = 200;

/** Returns the validated parameters of `def`; throws QueryError naming the parameter and what to pass. */
export function parseParams(def: QueryDef, raw: Record<string, string | number | undefined>): QueryParams {
  const known = new Set(def.params.map((p) => p.name));
  for (const name of Object.keys(raw)) {
    if (!known.has(name)) {
      throw new QueryError(`${def.name}: unknown parameter "${name}"; it takes ${describeParams(def)}`);
    }
  }
  const out: QueryParams = {};
  for (const spec of def.params) {
    const value = raw[spec.name];
    const text = value === undefined ? "" : String(value).trim();
    if (text === "") {
      if (spec.required) throw new QueryError(`${def.name}: parameter "${spec.name}" is required (${spec.description})`);
      out[spec.name] = spec.default ?? null;
      continue;
    }
    out[spec.name] = parseValue(def.name, spec, text);
  }
  const [start, end] = [out.from, out.to];
  if (typeof start === "string" && typeof end === "string" && isValidDate(start) && isValidDate(end) && start > end) {
    throw new QueryError(`${def.name}: "from" (${start}) is after "to" (${end}); swap them`);
  }
  return out;
}

/** One line listing a query's parameters, for help and error messages. */
export function describeParams(def: QueryDef): string {
  if (def.params.length === 0) return "no parameters";
  return def.params
    .map((p) => `${p.name}${p.required ? "" : "?"} (${p.kind}${p.default !== undefined ? `, default ${p.default}` : ""})`)
    .join(", ");
}

function parseValue(query: string, spec: ParamSpec, text: string): string | number {
  if (text.length > MAX_STRING) {
    throw new QueryError(`${query}: parameter "${spec.name}" is longer than ${MAX_STRING} characters`);
  }
  if (spec.kind === "string") return text;
  if (spec.kind === "date") {
    if (!isValidDate(text)) throw new QueryError(`${query}: parameter "${spec.name}" must be a date as YYYY-MM-DD, got "${text}"`);
    return text;
  }
  if (!/^-?\d+$/.test(text)) throw new QueryError(`${query}: parameter "${spec.name}" must be a whole number, got "${text}"`);
  const n = Number(text);
  if ((spec.min !== undefined && n < spec.min) || (spec.max !== undefined && n > spec.max)) {
    throw new QueryError(`${query}: parameter "${spec.name}" must be between ${spec.min} and ${spec.max}, got ${n}`);
  }
  return n;
}

function isValidDate(text: string): boolean {
  const m = DATE.exec(text);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}
