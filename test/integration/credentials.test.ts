/**
 * Credentials never leak: a refused password, an unreachable server and a URI with user:password@
 * give Neo4jUnavailableError messages that name the server and what to do, without the secret.
 */
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { Neo4jUnavailableError } from "../../src/errors.js";
import { openNeo4j } from "../../src/neo4j/connect.js";
import { PROJECT_ROOT, redactUri } from "../../src/neo4j/settings.js";
import { testConnection } from "./helpers.js";

const SECRET = "s3cret-Pa55-{'}-never-printed";

async function failure(promise: Promise<unknown>): Promise<Error> {
  return promise.then(
    () => {
      throw new Error("expected a failure");
    },
    (err: Error) => err,
  );
}

describe("Neo4j credentials", () => {
  it("a wrong password gives a Neo4jUnavailableError without the password", async () => {
    // Another user than the real one, so the server's lock-out after failed logins spares the tests.
    const err = await failure(openNeo4j({ ...testConnection(), user: "zhkg-test-nobody", password: SECRET }));
    expect(err).toBeInstanceOf(Neo4jUnavailableError);
    expect(err.message).toContain(redactUri(testConnection().uri));
    expect(err.message).toMatch(/credentials/);
    expect(err.message).not.toContain(SECRET);
    expect(JSON.stringify(err)).not.toContain(SECRET);
  });

  it("an unreachable server gives a Neo4jUnavailableError naming the URI without the user info", async () => {
    const err = await failure(openNeo4j({ uri: `bolt://neo4j:${SECRET}@127.0.0.1:1`, user: "neo4j", password: SECRET, local: false }));
    expect(err).toBeInstanceOf(Neo4jUnavailableError);
    expect(err.message).toContain("bolt://127.0.0.1:1");
    expect(err.message).not.toContain(SECRET);
  });

  it("`zhkg load` with a server down exits 1 with a message naming the URI and no secret", () => {
    const run = spawnSync(process.execPath, [join(PROJECT_ROOT, "bin", "zhkg.js"), "load", "--records", join(PROJECT_ROOT, "test", "fixtures", "neo4j", "articles.json")], {
      env: { ...process.env, NEO4J_URI: "bolt://127.0.0.1:1", NEO4J_USER: "neo4j", NEO4J_PASSWORD: SECRET },
      encoding: "utf8",
      timeout: 60_000,
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("bolt://127.0.0.1:1");
    expect(run.stderr).toMatch(/Neo4j/);
    expect(run.stderr + run.stdout).not.toContain(SECRET);
  });
});
