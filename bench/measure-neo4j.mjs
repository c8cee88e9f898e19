// Neo4j part of the benchmark: the batched loader (src/neo4j/load-delta.ts) against the same
// loader sending one row per query, on deltas resolved from benchmark records. Everything it
// writes carries a run-specific key prefix and is deleted afterwards, so a shared server keeps
// its data.

/**
 * Loads `records` batched and the first `perRowArticles` of them one row per query; returns
 * rows/s and relationships/s of each and their ratio, or {skipped} when no server is reachable.
 */
export async function measureNeo4j(records, { perRowArticles, batchSize = 1000 }) {
  const { resolveConnection } = await import("../dist/neo4j/settings.js");
  const { openNeo4j } = await import("../dist/neo4j/connect.js");
  const { loadDelta } = await import("../dist/neo4j/load-delta.js");
  const { resolveRecords } = await import("../dist/resolve/resolve-records.js");
  let client;
  try {
    client = await openNeo4j(resolveConnection(), { maxRetryTimeMs: 5_000 });
  } catch (err) {
    return { skipped: err.message };
  }
  const tag = `bench-${process.pid}-${Date.now()}:`;
  try {
    const load = async (delta, size) => {
      const started = performance.now();
      await loadDelta(client, delta, { batchSize: size });
      const seconds = (performance.now() - started) / 1000;
      const rows = delta.nodes.length + delta.edges.length;
      await removeTagged(client, tag);
      return { nodes: delta.nodes.length, relationships: delta.edges.length, seconds, rowsPerS: rows / seconds, relsPerS: delta.edges.length / seconds };
    };
    // Schema first, outside the timings.
    await loadDelta(client, { articles: [], nodes: [], edges: [] });
    const batched = await load(isolate(resolveRecords(records), tag), batchSize);
    const perRow = await load(isolate(resolveRecords(records.slice(0, perRowArticles)), tag), 1);
    return { batchSize, articles: records.length, batched, perRowArticles, perRow, ratio: batched.relsPerS / perRow.relsPerS };
  } finally {
    await removeTagged(client, tag).catch(() => {});
    await client.close();
  }
}

/** The delta with every key and article id prefixed by `tag`, so the run touches nothing else. */
function isolate(delta, tag) {
  const ref = (r) => ({ ...r, key: tag + r.key });
  const props = (p) => ({
    ...p,
    ...(typeof p.id === "string" ? { id: tag + p.id } : {}),
    ...(typeof p.article === "string" ? { article: tag + p.article } : {}),
  });
  return {
    articles: delta.articles.map((id) => tag + id),
    nodes: delta.nodes.map((n) => ({ ...n, key: tag + n.key, props: props(n.props) })),
    edges: delta.edges.map((e) => ({ ...e, key: tag + e.key, from: ref(e.from), to: ref(e.to), props: props(e.props) })),
  };
}

async function removeTagged(client, tag) {
  const session = client.driver.session(client.sessionConfig);
  try {
    for (const [label, key] of [["Article", "id"], ["Person", "key"], ["Organization", "key"], ["Place", "key"], ["Event", "key"], ["Initiative", "key"], ["Figure", "key"]]) {
      for (;;) {
        const result = await session.executeWrite((tx) =>
          tx.run(`MATCH (n:${label}) WHERE n.${key} STARTS WITH $tag WITH n LIMIT 5000 DETACH DELETE n RETURN count(*) AS deleted`, { tag }),
        );
        if (Number(result.records[0]?.get("deleted") ?? 0) === 0) break;
      }
    }
  } finally {
    await session.close();
  }
}
