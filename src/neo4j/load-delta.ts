/**
 * Writes a GraphDelta into Neo4j idempotently: what the delta's articles contributed before and
 * no longer support is removed, then nodes and relationships are written by key (created when new,
 * merged otherwise), in UNWIND batches inside managed write transactions.
 */
import neo4j from "neo4j-driver";
import type { Diagnostic, EdgeType, GraphDelta, GraphEdge, GraphNode, NodeLabel, PropValue } from "../types.js";
import { applySchema } from "./apply-schema.js";
import { neo4jCode, translateNeo4jError, type Neo4jClient } from "./connect.js";

/**
 * Key property of each label: `Article` nodes are keyed by their `id` (the article id, as
 * `r.article` on every relationship names it); every other label by `key`. This table is also
 * the whitelist of labels: labels cannot be query parameters, so only these are written into Cypher.
 */
export const NODE_KEY_PROPERTY: Readonly<Record<NodeLabel, "id" | "key">> = {
  Article: "id",
  Person: "key",
  Organization: "key",
  Place: "key",
  Event: "key",
  Initiative: "key",
  Figure: "key",
};

/** The whitelist of relationship types written into Cypher. */
const EDGE_TYPE_SET: ReadonlySet<string> = new Set<EdgeType>([
  "ATTENDED", "HOLDS_POSITION", "WROTE", "REPORTS", "MENTIONS", "HELD_IN",
  "ORGANIZED_BY", "ADDRESSED", "QUANTIFIES", "PART_OF", "LOCATED_IN",
]);

/**
 * Article nodes take the latest load's properties. Nodes of other labels may be shared by
 * articles: the first non-null value of a property stays and the list properties below are
 * united and sorted, as the resolver and the embedded store (src/graph/apply-delta.ts) merge
 * them, so loading A then B equals loading A and B together.
 */
const LATEST_WINS: ReadonlySet<NodeLabel> = new Set<NodeLabel>(["Article"]);
const UNITED_LISTS = ["titles", "aliases", "candidates", "candidateNames"] as const;

export interface LoadProgress {
  phase: "nodes" | "relationships" | "cleanup";
  /** Rows of this phase written so far, and in all. */
  done: number;
  total: number;
}

/**
 * Measured with bench/measure-neo4j.mjs (1000 benchmark articles, 2-core machine, see
 * bench/README.md): 1000–5000 rows per transaction load alike, 10,000 is slower (the
 * transaction state grows); 2 sessions cut the time by a quarter against 1, 3 gain little more.
 */
export const DEFAULT_BATCH_SIZE = 2500;
export const DEFAULT_CONCURRENCY = 2;

export interface LoadOptions {
  /** Rows per transaction (default {@link DEFAULT_BATCH_SIZE}). */
  batchSize?: number;
  /** Transactions written at once, each in its own session (default {@link DEFAULT_CONCURRENCY}). */
  concurrency?: number;
  /** Apply cypher/schema.cypher first (default true; idempotent). */
  schema?: boolean;
  onProgress?: (progress: LoadProgress) => void;
}

export interface LoadSummary {
  /** Distinct nodes and relationships written (merged) per label and type. */
  nodes: Partial<Record<NodeLabel, number>>;
  relationships: Partial<Record<EdgeType, number>>;
  /** Relationships and nodes of the delta's articles removed because the delta no longer has them. */
  removedRelationships: number;
  removedNodes: number;
  /** Rows not written: an unknown label or type, or a relationship whose end node is in neither the delta nor the database. */
  diagnostics: Diagnostic[];
}

type Row = Record<string, unknown>;

/**
 * Loads `delta` through `client`. Safe to run again, on any mix of old and new articles, and
 * concurrently with other loaders (deadlocks and transient failures are retried by the driver);
 * throws Neo4jUnavailableError when the server cannot be reached or goes away.
 */
export async function loadDelta(client: Neo4jClient, delta: GraphDelta, options: LoadOptions = {}): Promise<LoadSummary> {
  const batchSize = Math.max(1, options.batchSize ?? DEFAULT_BATCH_SIZE);
  const run = (steps: Step[], concurrency = 1) => runSteps(client, steps, { batchSize, concurrency, onProgress: options.onProgress });
  const summary: LoadSummary = { nodes: {}, relationships: {}, removedRelationships: 0, removedNodes: 0, diagnostics: [] };
  const nodeGroups = groupNodes(delta.nodes, summary.diagnostics);
  const ends = new Set<string>();
  const articles = [...new Set(delta.articles)].sort();
  const concurrency = Math.max(1, options.concurrency ?? DEFAULT_CONCURRENCY);
  try {
    if (options.schema !== false) await applySchema(client);
    // Stale relationships first, in transactions of their own: their index seeks on `article`
    // then read committed data only, whereas in a transaction holding thousands of uncommitted
    // relationships every seek also scans those (measured: 1.6–12 s for 1000 articles packed
    // with the last relationship batch). What they delete is the same either way: the delta's
    // keys are kept. A probe without the kept keys finds the articles that have any; new
    // articles (a first load) then cost one cheap statement instead of the keys of every type.
    // The same reads find which node keys exist, so new nodes are created rather than merged.
    const present = new Map<EdgeType, string[]>();
    const existing = new Map<NodeLabel, Set<string>>();
    const probing = run([...probeSteps(articles, batchSize, present), ...nodeProbeSteps(nodeGroups, batchSize, existing)], concurrency);
    // The relationships are grouped while the server probes (once the probes are on their way);
    // a failed probe is thrown by the await below, not reported as unhandled meanwhile.
    probing.catch(() => undefined);
    await new Promise((resolve) => setImmediate(resolve));
    const edgeGroups = groupEdges(delta.edges, summary.diagnostics);
    await probing;
    await run(staleSteps(delta, present, batchSize, (rows) => {
      for (const row of rows) ends.add(String(row.a)).add(String(row.b));
      summary.removedRelationships += rows.length;
    }));
    // All nodes before any relationship, so every end the delta has exists when it is matched.
    await run(nodeSteps(nodeGroups, existing, batchSize, summary), concurrency);
    await run(edgeSteps(edgeGroups, articles, present, batchSize, summary), concurrency);
    // Only once the stale relationships are gone can a node be seen to have none left.
    await run(orphanSteps(delta, [...ends].sort(), batchSize, (removed) => (summary.removedNodes += removed)));
  } catch (err) {
    throw translateNeo4jError(err, client.connection);
  }
  return summary;
}

/**
 * Statements writing the nodes, per label, `batchSize` rows each: keys the probe did not find
 * are CREATEd with their properties (the MERGE and its property-merging expressions cost more),
 * the others MERGEd. A key created meanwhile by a concurrent loader breaks its uniqueness
 * constraint, and the transaction is written again with MERGE.
 */
function nodeSteps(groups: Map<NodeLabel, NodeGroup>, existing: Map<NodeLabel, Set<string>>, batchSize: number, summary: LoadSummary): Step[] {
  const steps: Step[] = [];
  for (const [label, group] of groups) {
    const keyProp = NODE_KEY_PROPERTY[label];
    const merge = nodeMergeCypher(label, group.lists);
    const had = existing.get(label) ?? new Set<string>();
    const isNew = (row: KeyedRow) => !had.has(row.key) && creatable(row, keyProp);
    const fresh = group.rows.filter(isNew);
    const columns = planColumns(fresh, keyProp);
    const create = nodeCreateCypher(label, columns, group.lists);
    for (const rows of batches(fresh, batchSize)) {
      const params = () => ({ key: rows.map((row) => row.key), ...columnParams(columns, rows) });
      steps.push({ phase: "nodes", cypher: create, params, rows: rows.length, fallback: { cypher: merge, params: () => nodeMergeParams(rows) } });
    }
    for (const rows of batches(group.rows.filter((row) => !isNew(row)), batchSize)) {
      steps.push({ phase: "nodes", cypher: merge, params: () => nodeMergeParams(rows), rows: rows.length });
    }
    summary.nodes[label] = group.rows.length;
  }
  return steps;
}

/**
 * Statements writing the relationships, per (type, end labels); the last batch of a group
 * reports rows left unwritten. Rows of the delta's articles that had no relationship of their
 * type in the database (`present` says which had) are CREATEd with their properties rather than
 * MERGEd: ~20% less server CPU per relationship, measured. The key's uniqueness constraint keeps
 * that safe: if one exists after all (a concurrent loader, a key reused under another article),
 * the transaction fails whole and its batch is written again with MERGE.
 */
function edgeSteps(groups: Map<string, EdgeGroup>, articles: string[], present: Map<EdgeType, string[]>, batchSize: number, summary: LoadSummary): Step[] {
  const steps: Step[] = [];
  const loaded = new Set(articles);
  for (const group of groups.values()) {
    const merge = edgeMergeCypher(group.type, group.from, group.to);
    const had = new Set(present.get(group.type) ?? []);
    const isNew = (row: EdgeRow) => {
      const article = row.props.article;
      return typeof article === "string" && loaded.has(article) && !had.has(article) && creatable(row, "key");
    };
    let pending = group.rows.length;
    let batchesLeft = 0;
    const done = ([result]: Row[]) => {
      const written = Number(result?.written ?? 0);
      summary.relationships[group.type] = (summary.relationships[group.type] ?? 0) + written;
      pending -= written;
      batchesLeft -= 1;
      if (batchesLeft === 0 && pending > 0) {
        summary.diagnostics.push(diagnostic(
          "neo4j/missing-end",
          `${pending} ${group.type} relationships from ${group.from} to ${group.to} not written: an end node is in neither the delta nor the database`,
        ));
      }
    };
    const fresh = group.rows.filter(isNew);
    const columns = planColumns(fresh, "key");
    const create = edgeCreateCypher(group.type, group.from, group.to, columns);
    for (const rows of batches(fresh, batchSize)) {
      batchesLeft += 1;
      steps.push({ phase: "relationships", cypher: create, params: () => edgeCreateParams(columns, rows), rows: rows.length, done, fallback: { cypher: merge, params: () => edgeMergeParams(rows) } });
    }
    for (const rows of batches(group.rows.filter((row) => !isNew(row)), batchSize)) {
      batchesLeft += 1;
      steps.push({ phase: "relationships", cypher: merge, params: () => edgeMergeParams(rows), rows: rows.length, done });
    }
  }
  return steps;
}

/** One statement of a load; `done` sees its rows once its transaction has committed. */
interface Step {
  phase: LoadProgress["phase"];
  cypher: string;
  /** Its parameters, built only when its transaction is about to be sent: while the server writes one, the next is packed. */
  params: () => Row;
  /** Rows the statement writes (its weight when steps are packed into transactions). */
  rows: number;
  done?: (records: Row[]) => void;
  /** Statement to run instead, with its parameters, when this one breaks a uniqueness constraint. */
  fallback?: { cypher: string; params: () => Row };
}

/**
 * Runs `steps`, packing consecutive ones into one managed write transaction up to `batchSize`
 * rows, so small loads cost a few commits rather than one per label and type. With
 * `concurrency` > 1 that many sessions take packs in order; the caller passes only steps that
 * may commit in any order (deadlocks between them are retried by the driver).
 */
async function runSteps(client: Neo4jClient, steps: Step[], { batchSize, concurrency, onProgress }: RunOptions): Promise<void> {
  const totals = new Map<LoadProgress["phase"], number>();
  for (const step of steps) totals.set(step.phase, (totals.get(step.phase) ?? 0) + step.rows);
  const packs: Step[][] = [];
  for (let i = 0; i < steps.length; ) {
    const pack: Step[] = [];
    let rows = 0;
    while (i < steps.length && (pack.length === 0 || rows + (steps[i]?.rows ?? 0) <= batchSize)) {
      const step = steps[i++] as Step;
      pack.push(step);
      rows += step.rows;
    }
    packs.push(pack);
  }
  const done = new Map<LoadProgress["phase"], number>();
  let next = 0;
  const worker = async () => {
    const session = client.driver.session(client.sessionConfig);
    try {
      while (next < packs.length) {
        const pack = packs[next++] as Step[];
        const write = (fallback: boolean) => {
          const statements = pack.map((step) => (fallback && step.fallback ? step.fallback : step)).map((s) => [s.cypher, s.params()] as const);
          return session.executeWrite(async (tx) => {
            const out: Row[][] = [];
            for (const [cypher, params] of statements) out.push((await tx.run(cypher, params)).records.map((r) => r.toObject()));
            return out;
          });
        };
        const results = await write(false).catch((err: unknown) => {
          if (pack.some((step) => step.fallback) && /ConstraintValidationFailed/.test(neo4jCode(err))) return write(true);
          throw err;
        });
        pack.forEach((step, k) => {
          step.done?.(results[k] ?? []);
          done.set(step.phase, (done.get(step.phase) ?? 0) + step.rows);
          onProgress?.({ phase: step.phase, done: done.get(step.phase) ?? 0, total: totals.get(step.phase) ?? 0 });
        });
      }
    } finally {
      await session.close();
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, packs.length) }, worker));
}

interface RunOptions {
  batchSize: number;
  concurrency: number;
  onProgress: LoadOptions["onProgress"];
}

/**
 * Every statement starts with this. The plans cannot depend on statistics (unique-constraint
 * seeks, and `USING INDEX SEEK` where a scan could look cheaper on a small database; plain
 * `USING INDEX` was planned as a scan per article, measured 4.6 s instead of 0.06 s), so
 * replanning when the counts change, which a growing database does every few loads, only costs
 * time: measured 20–30 ms a statement, 2.5–7 s of server CPU per 1000 articles instead of 2.3–3.
 */
const PREFIX = "CYPHER replan=skip\n";

/** Statements that fill `present` with the delta's articles that have relationships of each type in the database. */
function probeSteps(articles: string[], batchSize: number, present: Map<EdgeType, string[]>): Step[] {
  const types = [...EDGE_TYPE_SET] as EdgeType[];
  const checks = types.map((type) => `EXISTS { MATCH ()-[r:${type} {article: article}]->() USING INDEX SEEK r:${type}(article) }`);
  const cypher = `${PREFIX}UNWIND $articles AS article
WITH article, [${checks.join(",\n  ")}] AS has
WHERE any(h IN has WHERE h)
RETURN article, has`;
  return [...batches(articles, batchSize)].map((chunk) => ({
    phase: "cleanup" as const,
    cypher,
    params: () => ({ articles: chunk }),
    rows: chunk.length,
    done: (rows: Row[]) => {
      for (const row of rows) {
        types.forEach((type, i) => {
          if (!(row.has as boolean[])[i]) return;
          const list = present.get(type) ?? [];
          list.push(String(row.article));
          present.set(type, list);
        });
      }
    },
  }));
}

/** Statements adding to `existing` the keys of the delta's nodes that are in the database. */
function nodeProbeSteps(groups: Map<NodeLabel, NodeGroup>, batchSize: number, existing: Map<NodeLabel, Set<string>>): Step[] {
  const steps: Step[] = [];
  for (const [label, group] of groups) {
    const found = new Set<string>();
    existing.set(label, found);
    const cypher = `${PREFIX}UNWIND $keys AS key
MATCH (n:${label} {${NODE_KEY_PROPERTY[label]}: key})
RETURN key`;
    for (const rows of batches(group.rows, batchSize)) {
      steps.push({
        phase: "cleanup",
        cypher,
        params: () => ({ keys: rows.map((row) => row.key) }),
        rows: rows.length,
        done: (records: Row[]) => {
          for (const record of records) found.add(String(record.key));
        },
      });
    }
  }
  return steps;
}

/** Statements deleting the relationships of `present` articles that the delta no longer has; `removed` gets their ends. */
function staleSteps(delta: GraphDelta, present: Map<EdgeType, string[]>, batchSize: number, removed: (rows: Row[]) => void): Step[] {
  const steps: Step[] = [];
  for (const [type, articles] of present) {
    const keep = delta.edges.filter((edge) => edge.type === type).map((edge) => edge.key);
    for (const chunk of batches(articles.sort(), batchSize)) {
      steps.push({
        phase: "cleanup",
        cypher: `${PREFIX}UNWIND $articles AS article
                 MATCH (a)-[r:${type} {article: article}]->(b) USING INDEX SEEK r:${type}(article)
                 WHERE NOT r.key IN $keep
                 DELETE r
                 RETURN elementId(a) AS a, elementId(b) AS b`,
        params: () => ({ articles: chunk, keep }),
        rows: chunk.length,
        done: removed,
      });
    }
  }
  return steps;
}

/** Statements deleting the nodes among `ends` left without relationships, unless the delta has them. */
function orphanSteps(delta: GraphDelta, ends: string[], batchSize: number, removed: (n: number) => void): Step[] {
  if (ends.length === 0) return [];
  const keepNodes = delta.nodes.map((n) => `${n.label}:${n.key}`);
  return [...batches(ends, batchSize)].map((ids) => ({
    phase: "cleanup" as const,
    cypher: `${PREFIX}UNWIND $ids AS id
             MATCH (n) WHERE elementId(n) = id
             WITH n WHERE NOT EXISTS { (n)--() }
               AND NOT head(labels(n)) + ':' + coalesce(n.key, n.id) IN $keepNodes
             DELETE n
             RETURN count(*) AS removed`,
    params: () => ({ ids, keepNodes }),
    rows: ids.length,
    done: ([result]: Row[]) => removed(Number(result?.removed ?? 0)),
  }));
}

/** MERGE by key, then properties by the label's policy (see LATEST_WINS); `lists` are whitelisted names. */
function nodeMergeCypher(label: NodeLabel, lists: string[]): string {
  const keyProp = NODE_KEY_PROPERTY[label];
  const lines = [
    `${PREFIX}UNWIND $rows AS row`,
    `MERGE (n:${label} {${keyProp}: row.key})`,
    "WITH n, row, properties(n) AS old",
    "SET n += row.props",
  ];
  if (!LATEST_WINS.has(label)) {
    lines.push("SET n += old");
    for (const name of lists) {
      lines.push(`SET n.${name} = CASE WHEN old.${name} IS NULL AND row.props.${name} IS NULL THEN NULL ELSE ${sortedUnion(`coalesce(old.${name}, []) + coalesce(row.props.${name}, [])`)} END`);
    }
  }
  return lines.join("\n");
}

/** The distinct items of the list `expression`, sorted (insertion sort in one expression: no APOC in Community). */
function sortedUnion(expression: string): string {
  return `reduce(acc = [], x IN ${expression} | CASE WHEN x IN acc THEN acc ELSE [y IN acc WHERE y < x] + [x] + [y IN acc WHERE y > x] END)`;
}

/**
 * CREATE of new nodes from columns (see {@link planColumns}); their united lists are stored as the
 * MERGE would store them on a node that did not exist (sorted, without repeats).
 */
function nodeCreateCypher(label: NodeLabel, columns: Column[], lists: string[]): string {
  const united = new Set(LATEST_WINS.has(label) ? [] : lists);
  const props = columns.map((column, j) => {
    const value = columnValue(column, j);
    return `\`${column.name}\`: ${united.has(column.name) ? `CASE WHEN ${value} IS NULL THEN NULL ELSE ${sortedUnion(value)} END` : value}`;
  });
  return [
    `${PREFIX}UNWIND range(0, size($key) - 1) AS i`,
    `CREATE (n:${label} {${[`${NODE_KEY_PROPERTY[label]}: $key[i]`, ...props].join(", ")}})`,
  ].join("\n");
}

/** The first lines of the relationship statements: the batch's distinct end keys, each sought once, as lists rows point into. */
function endsCypher(from: NodeLabel, to: NodeLabel): string[] {
  return [
    `${PREFIX}UNWIND $from AS key`,
    `OPTIONAL MATCH (a:${from} {${NODE_KEY_PROPERTY[from]}: key})`,
    // [a] rather than a: collect() drops nulls, which would shift the positions rows point to.
    "WITH collect([a]) AS froms",
    "UNWIND $to AS key",
    `OPTIONAL MATCH (b:${to} {${NODE_KEY_PROPERTY[to]}: key})`,
    "WITH froms, collect([b]) AS tos",
  ];
}

/**
 * MERGE by key between ends looked up once per batch: `$from` and `$to` hold the batch's
 * distinct end keys (a third of its rows' ends here) and rows point into them, and `$evidence`
 * holds its distinct evidence sentences (one in eight), so each is sent, packed and sought once.
 */
function edgeMergeCypher(type: EdgeType, from: NodeLabel, to: NodeLabel): string {
  return [
    ...endsCypher(from, to),
    "UNWIND $rows AS row",
    "WITH row, froms[toInteger(row.a)][0] AS a, tos[toInteger(row.b)][0] AS b",
    "WHERE a IS NOT NULL AND b IS NOT NULL",
    `MERGE (a)-[r:${type} {key: row.key}]->(b)`,
    "SET r += row.props",
    // Rows whose evidence is not a string keep it in `props` and have no `e`: left as set.
    "SET r.evidence = coalesce($evidence[toInteger(row.e)], r.evidence)",
    "RETURN count(r) AS written",
  ].join("\n");
}

/** The parameters of one batch of node rows for {@link nodeMergeCypher}. */
function nodeMergeParams(rows: KeyedRow[]): Row {
  return { rows: rows.map((row) => ({ key: row.key, props: toParams(row.props) })) };
}

/** The parameters of one batch of edge rows for {@link edgeMergeCypher}. */
function edgeMergeParams(rows: EdgeRow[]): Row {
  const from = new Interned();
  const to = new Interned();
  const evidence = new Interned();
  const packed = rows.map((row) => {
    const { evidence: sentence, ...props } = toParams(row.props);
    const out: Row = { key: row.key, a: from.index(String(row.from)), b: to.index(String(row.to)), props };
    if (typeof sentence === "string") out.e = evidence.index(sentence);
    else if (sentence !== undefined) props.evidence = sentence;
    return out;
  });
  return { rows: packed, from: from.values, to: to.values, evidence: evidence.values };
}

/** CREATE of new relationships from columns (see {@link planColumns}) between ends found as in the MERGE. */
function edgeCreateCypher(type: EdgeType, from: NodeLabel, to: NodeLabel, columns: Column[]): string {
  const props = columns.map((column, j) => `\`${column.name}\`: ${columnValue(column, j)}`);
  return [
    ...endsCypher(from, to),
    "UNWIND range(0, size($key) - 1) AS i",
    "WITH i, froms[toInteger($a[i])][0] AS a, tos[toInteger($b[i])][0] AS b",
    "WHERE a IS NOT NULL AND b IS NOT NULL",
    `CREATE (a)-[r:${type} {${["key: $key[i]", ...props].join(", ")}}]->(b)`,
    "RETURN count(r) AS written",
  ].join("\n");
}

/** The parameters of one batch of edge rows for {@link edgeCreateCypher}. */
function edgeCreateParams(columns: Column[], rows: EdgeRow[]): Row {
  const from = new Interned();
  const to = new Interned();
  return {
    key: rows.map((row) => row.key),
    a: rows.map((row) => from.index(row.from)),
    b: rows.map((row) => to.index(row.to)),
    from: from.values,
    to: to.values,
    ...columnParams(columns, rows),
  };
}

/**
 * Property names a CREATE can spell in Cypher (identifiers, quoted anyway, so keywords are safe).
 * A row with another name, or whose properties restate its key differently, is merged instead.
 */
const PROPERTY_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

function creatable(row: KeyedRow, keyProp: string): boolean {
  return Object.keys(row.props).every((name) => PROPERTY_NAME.test(name) && (name !== keyProp || row.props[name] === row.key));
}

/**
 * One property of the rows sent as a column (a list, one item per row) rather than one map per
 * row: the driver packs a list of strings or numbers far faster than maps of them (it tests every
 * object it packs against each of its structure types). A column of strings that repeat
 * (`article`, evidence sentences) is sent as its distinct values and one position per row; a
 * column of whole numbers as floats, turned back into integers by the statement.
 */
interface Column {
  name: string;
  kind: "interned" | "integer" | "plain";
}

/** The columns of `rows` (every property name but `keyProp`, sorted, so a group's statement text is stable). */
function planColumns(rows: KeyedRow[], keyProp: string): Column[] {
  const names = new Set<string>();
  for (const row of rows) for (const name of Object.keys(row.props)) if (name !== keyProp) names.add(name);
  return [...names].sort().map((name) => {
    const distinct = new Set<string>();
    let integers = 0;
    for (const row of rows) {
      const value = row.props[name];
      if (value === null || value === undefined) continue;
      if (typeof value === "string") distinct.add(value);
      else if (Number.isSafeInteger(value)) integers += 1;
      else return { name, kind: "plain" as const };
      if (distinct.size > 0 && integers > 0) return { name, kind: "plain" as const };
    }
    if (integers > 0) return { name, kind: "integer" as const };
    return { name, kind: distinct.size * 2 <= rows.length ? "interned" as const : "plain" as const };
  });
}

/** Column `j`'s value for row `i` in Cypher; a row without the property reads null, which CREATE does not store. */
function columnValue(column: Column, j: number): string {
  if (column.kind === "interned") return `$d${j}[toInteger($c${j}[i])]`;
  return column.kind === "integer" ? `toInteger($c${j}[i])` : `$c${j}[i]`;
}

/** The parameters `c<j>` (and `d<j>` for interned columns) of `rows` for {@link columnValue}. */
function columnParams(columns: Column[], rows: KeyedRow[]): Row {
  const params: Row = {};
  columns.forEach((column, j) => {
    const values = rows.map((row) => row.props[column.name] ?? null);
    if (column.kind === "interned") {
      const distinct = new Interned();
      params[`c${j}`] = values.map((value) => (value === null ? null : distinct.index(String(value))));
      params[`d${j}`] = distinct.values;
    } else {
      // Integer columns go as they are (safe integers: the float is exact); others as toParams sends them.
      params[`c${j}`] = column.kind === "integer" ? values : values.map(toParam);
    }
  });
  return params;
}

/**
 * Distinct strings in first-seen order, each with its position. Positions are sent as floats,
 * which statements turn back with toInteger(): the driver packs a JS number much faster than an
 * Integer object (which it tests against each of its structure types) or a bigint (which it parses).
 */
class Interned {
  readonly values: string[] = [];
  private readonly positions = new Map<string, number>();

  index(value: string): number {
    let position = this.positions.get(value);
    if (position === undefined) {
      position = this.values.length;
      this.positions.set(value, position);
      this.values.push(value);
    }
    return position;
  }
}

interface NodeGroup {
  rows: KeyedRow[];
  lists: string[];
}

/** Nodes by label, one row per key (repeats merged like the database would), sorted by key so concurrent loaders lock in one order. */
function groupNodes(nodes: GraphNode[], diagnostics: Diagnostic[]): Map<NodeLabel, NodeGroup> {
  const byLabel = new Map<NodeLabel, Map<string, Record<string, PropValue>>>();
  for (const node of nodes) {
    if (!Object.hasOwn(NODE_KEY_PROPERTY, node.label) || typeof node.key !== "string") {
      diagnostics.push(diagnostic("neo4j/unknown-label", `node ${JSON.stringify(node.key)} has unknown label ${JSON.stringify(node.label)}; not written`));
      continue;
    }
    const rows = byLabel.get(node.label) ?? new Map<string, Record<string, PropValue>>();
    byLabel.set(node.label, rows);
    const seen = rows.get(node.key);
    rows.set(node.key, seen ? mergeRepeat(node.label, seen, node.props) : { ...node.props });
  }
  const groups = new Map<NodeLabel, NodeGroup>();
  for (const [label, rows] of byLabel) {
    const keys = [...rows.keys()].sort();
    const lists = UNITED_LISTS.filter((name) => keys.some((k) => Array.isArray(rows.get(k)?.[name])));
    groups.set(label, { rows: keys.map((key) => ({ key, props: rows.get(key) ?? {} })), lists });
  }
  return groups;
}

/** What loading `later` after `earlier` leaves, so a delta with repeats loads like its parts one after another. */
function mergeRepeat(label: NodeLabel, earlier: Record<string, PropValue>, later: Record<string, PropValue>): Record<string, PropValue> {
  if (LATEST_WINS.has(label)) return { ...earlier, ...later };
  const merged: Record<string, PropValue> = { ...later };
  for (const [name, value] of Object.entries(earlier)) if (value !== null) merged[name] = value;
  for (const name of UNITED_LISTS) {
    const a = earlier[name];
    const b = later[name];
    if (Array.isArray(a) && Array.isArray(b)) merged[name] = [...new Set<string | number>([...a, ...b])] as PropValue;
  }
  return merged;
}

interface EdgeGroup {
  type: EdgeType;
  from: NodeLabel;
  to: NodeLabel;
  rows: EdgeRow[];
}

/** A node or relationship to write: its key and properties as the delta has them (see {@link toParams}). */
interface KeyedRow {
  key: string;
  props: Record<string, PropValue>;
}

interface EdgeRow extends KeyedRow {
  from: string;
  to: string;
}

/** Relationships by (type, from label, to label), one row per key (the last repeat wins), sorted by key; properties as given. */
function groupEdges(edges: GraphEdge[], diagnostics: Diagnostic[]): Map<string, EdgeGroup> {
  // Keys per type in maps of their own: one map keyed by type + key would hash and sort
  // concatenated strings, several times slower on 30k relationships.
  const byType = new Map<EdgeType, Map<string, GraphEdge>>();
  for (const edge of edges) {
    const known = EDGE_TYPE_SET.has(edge.type)
      && Object.hasOwn(NODE_KEY_PROPERTY, edge.from?.label)
      && Object.hasOwn(NODE_KEY_PROPERTY, edge.to?.label);
    if (!known || typeof edge.key !== "string") {
      diagnostics.push(diagnostic("neo4j/unknown-type", `relationship ${JSON.stringify(edge.key)} has an unknown type or end label; not written`, edge));
      continue;
    }
    const keys = byType.get(edge.type) ?? new Map<string, GraphEdge>();
    byType.set(edge.type, keys.set(edge.key, edge));
  }
  const groups = new Map<string, EdgeGroup>();
  for (const [type, byKey] of [...byType].sort(([a], [b]) => (a < b ? -1 : 1))) {
    // The keys alone, sorted by the built-in comparison: a comparator function over rows is several times slower.
    for (const key of [...byKey.keys()].sort()) {
      const edge = byKey.get(key) as GraphEdge;
      const groupId = `${type}|${edge.from.label}|${edge.to.label}`;
      const group = groups.get(groupId) ?? { type, from: edge.from.label, to: edge.to.label, rows: [] };
      groups.set(groupId, group);
      group.rows.push({ key, from: edge.from.key, to: edge.to.key, props: edge.props });
    }
  }
  return groups;
}

/** Property values as Neo4j parameters (see {@link toParam}). */
function toParams(props: Record<string, PropValue>): Row {
  const out: Row = {};
  for (const [name, value] of Object.entries(props)) out[name] = toParam(value);
  return out;
}

/** A property value as a Neo4j parameter: whole numbers as integers (offsets, counts), lists kept homogeneous. */
function toParam(value: PropValue | undefined): unknown {
  if (typeof value === "number") return Number.isSafeInteger(value) ? neo4j.int(value) : value;
  if (Array.isArray(value) && value.every((v) => typeof v === "number")) {
    const numbers = value as number[];
    return numbers.every(Number.isSafeInteger) ? numbers.map((v) => neo4j.int(v)) : numbers;
  }
  if (value === null || value === undefined || typeof value !== "object" || Array.isArray(value)) return value;
  // A nested object cannot be a property value; keep it readable as JSON rather than fail the batch.
  return JSON.stringify(value);
}

function diagnostic(ruleId: string, reason: string, edge?: GraphEdge): Diagnostic {
  const article = edge?.props?.article;
  return { severity: "warning", ruleId, reason, source: typeof article === "string" ? article : "graph-delta" };
}

function* batches<T>(items: T[], size: number): Generator<T[]> {
  for (let i = 0; i < items.length; i += size) yield items.slice(i, i + size);
}
