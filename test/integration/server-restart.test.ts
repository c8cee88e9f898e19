/**
 * A load interrupted by the server stopping fails with a clear Neo4jUnavailableError; after a
 * restart the same load completes and the graph equals a clean load. Runs on a second server
 * of its own (own home and port) so the other integration tests keep theirs.
 */
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Neo4jUnavailableError } from "../../src/errors.js";
import { openNeo4j, type Neo4jClient } from "../../src/neo4j/connect.js";
import { loadDelta } from "../../src/neo4j/load-delta.js";
import { startNeo4jServer, stopNeo4jServer } from "../../src/neo4j/server.js";
import { localServerOptions, PROJECT_ROOT, resolveConnection, type LocalServerOptions } from "../../src/neo4j/settings.js";
import { bulkDelta, combine, articleDelta } from "./fixture-deltas.js";
import { clearDatabase, snapshot } from "./helpers.js";

const options: LocalServerOptions = localServerOptions(process.env, {
  home: join(PROJECT_ROOT, ".neo4j", "test-restart"),
  port: Number(process.env.ZHKG_NEO4J_TEST_PORT ?? 17687),
});

async function connect(): Promise<Neo4jClient> {
  return openNeo4j(resolveConnection({}, options), { maxRetryTimeMs: 2000 });
}

describe.sequential("a load when the server stops", () => {
  beforeAll(async () => {
    await startNeo4jServer(options);
  }, 300_000);
  afterAll(async () => {
    await stopNeo4jServer(options);
  }, 120_000);

  it("fails clearly, and the same load after a restart equals a clean load", { timeout: 600_000 }, async () => {
    const delta = combine(articleDelta("art-a"), articleDelta("art-b"), bulkDelta(300));
    let client = await connect();
    await clearDatabase(client);
    let stopping: Promise<boolean> | undefined;
    const failure = await loadDelta(client, delta, {
      batchSize: 50,
      onProgress: (p) => {
        if (!stopping && p.phase === "nodes" && p.done >= 300) stopping = stopNeo4jServer(options);
      },
    }).then(
      () => null,
      (err: unknown) => err,
    );
    await stopping;
    await client.close();
    if (process.env.ZHKG_SHOW_ERRORS === "1") process.stderr.write(`${String(failure)}\n`);
    expect(failure).toBeInstanceOf(Neo4jUnavailableError);
    const message = (failure as Error).message;
    expect(message).toContain(`127.0.0.1:${options.port}`);
    expect(message).toMatch(/zhkg neo4j start/);
    expect(message).not.toContain(resolveConnection({}, options).password);

    await startNeo4jServer(options);
    client = await connect();
    try {
      await loadDelta(client, delta);
      const resumed = await snapshot(client);
      await clearDatabase(client);
      await loadDelta(client, delta);
      expect(resumed).toEqual(await snapshot(client));
      expect(resumed.nodes.length).toBe(new Set(delta.nodes.map((n) => `${n.label}:${n.key}`)).size);
    } finally {
      await client.close();
    }
  });
});
