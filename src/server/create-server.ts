/**
 * The read-only HTTP server of `zhkg serve`: the JSON API over a GraphBackend and the
 * dashboard's static files. Only GET; optional bearer token; URL, body and time limits.
 */
import { createReadStream } from "node:fs";
import { timingSafeEqual } from "node:crypto";
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from "fastify";
import { NotFoundError, UsageError } from "../errors.js";
import { NODE_LABELS } from "../graph/schema.js";
import type { GraphBackend } from "../query/graph-backend.js";
import { describeParams } from "../query/parse-params.js";
import { QUERIES } from "../query/registry.js";
import type { NodeLabel } from "../types.js";
import { exportView, EXPORT_FORMATS, type ExportFormat } from "./export-view.js";
import { httpError } from "./http-errors.js";
import { publicDir, vendorFiles } from "./static-files.js";

export interface ServerOptions {
  /** When set, /api/* answers 401 unless the request carries `Authorization: Bearer <token>`. */
  token?: string;
  /** Time limit of one query or look-up, in milliseconds. */
  queryTimeoutMs?: number;
  /** Longest request URL accepted (path and query string), in characters. */
  maxUrlLength?: number;
  /** Log requests (fastify's logger) — off in tests. */
  logger?: boolean;
}

const STATIC_TYPES: Record<string, string> = {
  "index.html": "text/html; charset=utf-8",
  "app.js": "text/javascript; charset=utf-8",
  "app.css": "text/css; charset=utf-8",
};

/** Builds the server over `backend` (not listening yet: call `listen`, or `inject` in tests). */
export function createServer(backend: GraphBackend, options: ServerOptions = {}): FastifyInstance {
  const timeoutMs = options.queryTimeoutMs ?? 10_000;
  const maxUrl = options.maxUrlLength ?? 4096;
  // Closing (Ctrl-C on `zhkg serve`) drops the browsers' open connections too: a dashboard tab
  // could otherwise hold the close for a minute, and the server only reads, so nothing is lost.
  const app = Fastify({ logger: options.logger ?? false, bodyLimit: 16 * 1024, routerOptions: { maxParamLength: 500 }, forceCloseConnections: true });

  app.addHook("onRequest", async (request, reply) => {
    if (request.url.length > maxUrl) return sendError(reply, 414, "ZHKG_USAGE", `the URL is longer than ${maxUrl} characters`);
    if (request.method !== "GET" && request.method !== "HEAD") {
      return sendError(reply, 405, "ZHKG_USAGE", "this server is read-only: only GET is allowed");
    }
    if (options.token && request.url.startsWith("/api/") && !hasToken(request, options.token)) {
      return sendError(reply, 401, "ZHKG_USAGE", "missing or wrong bearer token: send `Authorization: Bearer <token>`");
    }
  });
  app.setErrorHandler((err, _request, reply) => {
    const { status, body } = httpError(err);
    void reply.code(status).send(body);
  });
  app.setNotFoundHandler((request, reply) => sendError(reply, 404, "ZHKG_NOT_FOUND", `no route ${request.method} ${request.url.split("?")[0]}`));

  app.get("/api/queries", async () => ({
    queries: QUERIES.map((q) => ({
      name: q.name,
      description: q.description,
      params: q.params,
      columns: q.columns,
      display: q.display,
      chainColumns: q.chainColumns ?? [],
      example: q.example,
      usage: describeParams(q),
    })),
    backend: backend.kind,
  }));

  app.get<{ Params: { name: string } }>("/api/query/:name", async (request) =>
    backend.query(request.params.name, stringParams(request.query), timeoutMs),
  );

  app.get("/api/search", async (request) => {
    const q = stringParams(request.query);
    const text = (q.q ?? "").trim();
    if (text === "") throw new UsageError("search needs q=<part of a name>");
    if (text.length > 100) throw new UsageError("q is longer than 100 characters");
    const types = parseTypes(q.types);
    const limit = intParam(q.limit, "limit", 20, 1, 200);
    return { q: text, types, results: await backend.search(text, { types, limit }) };
  });

  app.get<{ Params: { id: string } }>("/api/node/:id", async (request) => {
    const detail = await backend.node(request.params.id);
    if (!detail) throw new NotFoundError(`no node ${request.params.id}; find ids with /api/search?q=…`);
    return detail;
  });

  app.get("/api/evidence", async (request) => {
    const q = stringParams(request.query);
    if (!q.article) throw new UsageError("evidence needs article=<article id>");
    return { article: q.article, items: await backend.evidence(q.article, timeoutMs) };
  });

  app.get("/api/neighbourhood", async (request) => backend.neighbourhood(...neighbourhoodArgs(stringParams(request.query), timeoutMs)));

  app.get("/api/export", async (request, reply) => {
    const q = stringParams(request.query);
    const format = (q.format ?? "gexf") as ExportFormat;
    if (!EXPORT_FORMATS.includes(format)) throw new UsageError(`format must be one of ${EXPORT_FORMATS.join(", ")}`);
    const view = await backend.neighbourhood(...neighbourhoodArgs(q, timeoutMs));
    if (view.nodes.length === 0) throw new NotFoundError(`no node ${q.key}; nothing to export`);
    const file = exportView(view, format, q.part === "nodes" ? "nodes" : "edges");
    return reply
      .header("content-type", file.contentType)
      .header("content-disposition", `attachment; filename="${file.extension === "csv" ? `zhkg-${q.part === "nodes" ? "nodes" : "edges"}` : "zhkg-view"}.${file.extension}"`)
      .send(file.body);
  });

  const pub = publicDir();
  const serveStatic = (name: string) => async (_request: FastifyRequest, reply: FastifyReply) =>
    reply.header("content-type", STATIC_TYPES[name] ?? "application/octet-stream").send(createReadStream(`${pub}${name}`));
  app.get("/", serveStatic("index.html"));
  for (const name of Object.keys(STATIC_TYPES)) app.get(`/${name}`, serveStatic(name));
  for (const [name, path] of Object.entries(vendorFiles())) {
    app.get(`/vendor/${name}`, async (_request, reply) => {
      if (!path) return sendError(reply, 404, "ZHKG_NOT_FOUND", `${name} is not installed; run npm ci in the zhkg folder`);
      return reply.header("content-type", "text/javascript; charset=utf-8").send(createReadStream(path));
    });
  }
  return app;
}

function sendError(reply: FastifyReply, status: number, code: string, message: string): FastifyReply {
  return reply.code(status).send({ error: { code, message } });
}

function hasToken(request: FastifyRequest, token: string): boolean {
  const header = request.headers.authorization ?? "";
  const given = Buffer.from(header.startsWith("Bearer ") ? header.slice(7) : "");
  const wanted = Buffer.from(token);
  return given.length === wanted.length && timingSafeEqual(given, wanted);
}

/** Query-string values as single strings; a repeated parameter is a usage error. */
function stringParams(query: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries((query ?? {}) as Record<string, unknown>)) {
    if (typeof v !== "string") throw new UsageError(`parameter "${k}" was given more than once`);
    out[k] = v;
  }
  return out;
}

function parseTypes(text: string | undefined): NodeLabel[] {
  if (!text) return [];
  const types = text.split(",").map((t) => t.trim()).filter(Boolean);
  for (const t of types) {
    if (!NODE_LABELS.includes(t as NodeLabel)) throw new UsageError(`unknown type "${t}"; types are ${NODE_LABELS.join(", ")}`);
  }
  return types as NodeLabel[];
}

function intParam(text: string | undefined, name: string, fallback: number, min: number, max: number): number {
  if (text === undefined || text === "") return fallback;
  const n = Number(text);
  if (!Number.isInteger(n) || n < min || n > max) throw new UsageError(`${name} must be a whole number from ${min} to ${max}, got "${text}"`);
  return n;
}

function dateParam(text: string | undefined, name: string): string | null {
  if (text === undefined || text === "") return null;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) throw new UsageError(`${name} must be a date as YYYY-MM-DD, got "${text}"`);
  return text;
}

function neighbourhoodArgs(q: Record<string, string>, timeoutMs: number): Parameters<GraphBackend["neighbourhood"]> {
  if (!q.key) throw new UsageError("key=<node id> is required, e.g. key=Person:person:张三@某市 (ids come from /api/search)");
  return [
    q.key,
    {
      depth: intParam(q.depth, "depth", 1, 1, 3),
      maxNodes: intParam(q.maxNodes, "maxNodes", 200, 1, 2000),
      from: dateParam(q.from, "from"),
      to: dateParam(q.to, "to"),
      timeoutMs,
    },
  ];
}
