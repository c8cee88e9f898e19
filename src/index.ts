/**
 * The public API of zhkg: the stages of the pipeline, the stores and the queries, re-exported
 * from the modules that own them. No logic lives here.
 */
export type * from "./types.js";
export * from "./errors.js";
export { readSources, type IngestItem } from "./ingest/read-sources.js";
export { segmentDocument } from "./segment/segment-document.js";
export { tokenize } from "./tokenize/tokenize.js";
export { recognize } from "./recognize/recognize.js";
export { attendance } from "./relate/attendance.js";
export { buildRecord } from "./record/build-record.js";
export { extractArticle } from "./pipeline/extract-article.js";
export { extractSources, type ExtractItem, type ExtractOptions } from "./pipeline/extract-sources.js";
export { resolveRecords, type ResolveOptions } from "./resolve/resolve-records.js";
export { applyDelta } from "./graph/apply-delta.js";
export { buildStore } from "./graph/build-store.js";
export { loadStore } from "./graph/load-store.js";
export { saveStore } from "./graph/save-store.js";
export { selectSubgraph } from "./export/select-subgraph.js";
export { writeGexf } from "./export/write-gexf.js";
export { writeGraphml } from "./export/write-graphml.js";
export { writeJson } from "./export/write-json.js";
export { writeNeo4jCsv } from "./export/write-neo4j-csv.js";
export { openNeo4j } from "./neo4j/connect.js";
export { loadDelta } from "./neo4j/load-delta.js";
export { QUERIES } from "./query/registry.js";
export { openBackend } from "./query/open-backend.js";
export { createServer } from "./server/create-server.js";
