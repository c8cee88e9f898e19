import { configDefaults, defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 180_000,
    // Tests against the real Neo4j (test/integration/, *.neo4j.test.ts) share one server, which
    // test/setup/neo4j.ts starts only when they run: their files run one at a time.
    projects: [
      { extends: true, test: { name: "unit", include: ["test/**/*.test.ts"], exclude: [...configDefaults.exclude, "test/integration/**", "test/**/*.neo4j.test.ts"] } },
      { extends: true, test: { name: "integration", include: ["test/integration/**/*.test.ts", "test/**/*.neo4j.test.ts"], globalSetup: ["test/setup/neo4j.ts"], fileParallelism: false } },
    ],
  },
});
