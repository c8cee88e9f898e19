// Neo4j part of the benchmark: the batched loader (src/neo4j/load-delta.ts) against the same
// loader sending one row per query, on deltas resolved from benchmark records. Everything it
// writes carries a run-specific key prefix and is deleted afterwards, so a shared server keeps
// its data. Run alone (no extraction benchmarks):
//   node bench/measure-neo4j.mjs [--articles=1000] [--per-row-articles=50] [--batch-sizes=1000,2500]
//                                [--concurrency=N] [--no-warm-up] [--corpus=bench/out/corpus-40mb-seed1.jsonl]
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");

/**
 * Loads `records` batched and the first `perRowArticles` of them one row per query; returns
 * rows/s and relationships/s of each and their ratio, or {skipped} when no server is reachable.
 * The timed loads follow an untimed warm-up load of `warmUpArticles` other articles (0: none),
 * so the server has planned the loader's statements and compiled its hot code, as it has in a
 * long load; `batchSizes` other than the first are measured too and reported in `sizes`.
 */
export async function measureNeo4j(records, { perRowArticles, batchSizes = [undefined], concurrency, warmUpArticles = 100 }) {
  const { resolveConnection, localServerOptions } = await import("../dist/neo4j/settings.js");
  const { openNeo4j } = await import("../dist/neo4j/connect.js");
  const { loadDelta, DEFAULT_BATCH_SIZE, DEFAULT_CONCURRENCY } = await import("../dist/neo4j/load-delta.js");
  const { resolveRecords } = await import("../dist/resolve/resolve-records.js");
  let client;
  try {
    client = await openNeo4j(resolveConnection(), { maxRetryTimeMs: 5_000 });
  } catch (err) {
    return { skipped: err.message };
  }
  const run = `bench-${process.pid}-${Date.now()}`;
  const cpu = cpuMeter(client.connection.local ? localServerOptions().home : undefined);
  const tags = [];
  try {
    const load = async (delta, batchSize, loadConcurrency) => {
      const before = cpu();
      const started = performance.now();
      await loadDelta(client, delta, { batchSize, concurrency: loadConcurrency, schema: false });
      const seconds = (performance.now() - started) / 1000;
      const rows = delta.nodes.length + delta.edges.length;
      return { nodes: delta.nodes.length, relationships: delta.edges.length, seconds, rowsPerS: rows / seconds, relsPerS: delta.edges.length / seconds, cpu: cpuSpent(before, cpu()) };
    };
    const isolated = (slice) => {
      const tag = `${run}-${tags.length}:`;
      tags.push(tag);
      return isolate(resolveRecords(slice), tag);
    };
    // Schema first, outside the timings.
    await loadDelta(client, { articles: [], nodes: [], edges: [] });
    // Warm-up articles come from the end of the slice, re-tagged, so they share no key with the timed load.
    if (warmUpArticles > 0) await load(isolated(records.slice(-warmUpArticles)), undefined, concurrency);
    const sizes = [];
    for (const size of batchSizes) {
      sizes.push({ batchSize: size ?? DEFAULT_BATCH_SIZE, ...(await load(isolated(records), size, concurrency)) });
    }
    const perRow = await load(isolated(records.slice(0, perRowArticles)), 1, 1);
    const batched = sizes[0];
    return {
      batchSize: batched.batchSize, concurrency: concurrency ?? DEFAULT_CONCURRENCY, warmUpArticles, articles: records.length,
      batched, sizes, perRowArticles, perRow, ratio: batched.relsPerS / perRow.relsPerS,
    };
  } finally {
    for (const tag of tags) await removeTagged(client, tag).catch(() => {});
    await client.close();
  }
}

/**
 * CPU seconds so far of this process, of the local server (its pid file in `home`; none for a
 * remote server) and of the whole machine (Linux /proc; undefined elsewhere). On a shared 2-core
 * machine the third tells whether other processes took CPU from a timed load.
 */
function cpuMeter(home) {
  const ticks = (stat) => stat.slice(stat.lastIndexOf(")") + 2).split(" ").slice(11, 13).reduce((a, b) => a + Number(b), 0) / 100;
  return () => {
    const usage = process.cpuUsage();
    const sample = { client: (usage.user + usage.system) / 1e6 };
    try {
      const f = readFileSync("/proc/stat", "utf8").split("\n")[0].trim().split(/\s+/).slice(1).map(Number);
      sample.machine = (f[0] + f[1] + f[2] + f[5] + f[6]) / 100;
      if (home) sample.server = ticks(readFileSync(`/proc/${readFileSync(join(home, "run", "zhkg-neo4j.pid"), "utf8").trim()}/stat`, "utf8"));
    } catch {
      // Not Linux, or the server runs elsewhere: CPU figures are left out.
    }
    return sample;
  };
}

/** CPU seconds between two samples: client, server and other processes (machine minus both). */
function cpuSpent(a, b) {
  const client = b.client - a.client;
  if (a.machine === undefined || b.machine === undefined) return { client };
  const server = a.server !== undefined && b.server !== undefined ? b.server - a.server : undefined;
  return { client, server, others: b.machine - a.machine - client - (server ?? 0) };
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

/** Standalone run: extracts the first `--articles` records of the corpus (1 worker) and measures. */
async function main(argv) {
  const value = (name, fallback) => argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback;
  const articles = Number(value("articles", "1000"));
  const corpus = value("corpus", join(ROOT, "bench", "out", "corpus-40mb-seed1.jsonl"));
  if (!existsSync(corpus)) throw new Error(`${corpus} is missing: \`npm run bench -- --no-rss --no-neo4j\` writes it, or pass --corpus=FILE`);
  const { extractSources } = await import("../dist/pipeline/extract-sources.js");
  const records = [];
  for await (const item of extractSources([corpus], { workers: 1 })) {
    if (item.kind === "record") records.push(item.record);
    if (records.length >= articles) break;
  }
  const sizes = value("batch-sizes", "");
  const result = await measureNeo4j(records, {
    perRowArticles: Number(value("per-row-articles", "50")),
    batchSizes: sizes ? sizes.split(",").map(Number) : undefined,
    concurrency: argv.some((a) => a.startsWith("--concurrency=")) ? Number(value("concurrency")) : undefined,
    warmUpArticles: argv.includes("--no-warm-up") ? 0 : 100,
  });
  if (result.skipped) {
    process.stdout.write(`[neo4j] skipped: ${result.skipped}\n`);
    return;
  }
  const f = (n) => n.toFixed(1);
  process.stdout.write(`[neo4j] ${new Date().toISOString()} ${result.articles} articles, concurrency ${result.concurrency}, warm-up ${result.warmUpArticles} articles\n`);
  const c = (x) => (x === undefined ? "?" : x.toFixed(2));
  for (const s of result.sizes) {
    const cpu = s.cpu.others === undefined ? "" : `; CPU s: client ${c(s.cpu.client)}, server ${c(s.cpu.server)}, other processes ${c(s.cpu.others)}`;
    process.stdout.write(`  batched (${s.batchSize} rows/tx): ${f(s.rowsPerS)} rows/s, ${f(s.relsPerS)} relationships/s (${s.nodes} nodes, ${s.relationships} rels, ${s.seconds.toFixed(2)} s${cpu})\n`);
  }
  process.stdout.write(`  one row per query (${result.perRowArticles} articles): ${f(result.perRow.rowsPerS)} rows/s, ${f(result.perRow.relsPerS)} relationships/s; batched/per-row ${f(result.ratio)}×\n`);
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main(process.argv.slice(2)).catch((err) => {
    process.stderr.write(`measure-neo4j: ${err.stack ?? err}\n`);
    process.exitCode = 1;
  });
}
