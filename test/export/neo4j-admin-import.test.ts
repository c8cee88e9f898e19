/**
 * The CSV set through the real `neo4j-admin database import full` (the AdminTool of the
 * project's Neo4j jars) into a throw-away home: the running test server is not touched.
 * Runs when the jars are provisioned (.neo4j/lib, or ZHKG_NEO4J_LIB); skipped otherwise.
 */
import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { neo4jCsvFiles, writeNeo4jCsv } from "../../src/export/write-neo4j-csv.js";
import { localServerOptions } from "../../src/neo4j/settings.js";
import { fixtureGraph } from "./fixture-graph.js";

const libDir = localServerOptions().libDir;
const hasImportTool = existsSync(libDir) && readdirSync(libDir).some((f) => f.startsWith("neo4j-import-tool-"));

describe.skipIf(!hasImportTool)("neo4j-admin database import of the CSV set", () => {
  it("imports every node, relationship and property without bad entries", async () => {
    const graph = fixtureGraph();
    const home = mkdtempSync(join(tmpdir(), "zhkg-admin-import-"));
    const csv = join(home, "csv");
    await writeNeo4jCsv(graph, csv);
    writeFileSync(join(home, "neo4j.conf"), `server.directories.data=${join(home, "data")}\nserver.directories.logs=${join(home, "logs")}\n`);
    const files = neo4jCsvFiles(graph).filter((f) => f.name.endsWith(".csv"));
    const args = [
      "-Xmx256m", "-cp", `${libDir}/*`, `-Dneo4j.home=${home}`, "org.neo4j.cli.AdminTool",
      "database", "import", "full", "neo4j", "--overwrite-destination=true", "--array-delimiter=;",
      "--multiline-fields=true", "--max-off-heap-memory=256m", `--report-file=${join(home, "import.report")}`,
      ...files.map((f) => `--${f.name.startsWith("nodes-") ? "nodes" : "relationships"}=${join(csv, f.name)}`),
    ];
    let stdout: string;
    let report: string;
    try {
      ({ stdout } = await promisify(execFile)("java", args, { env: { ...process.env, NEO4J_HOME: home, NEO4J_CONF: home }, maxBuffer: 1 << 24 }));
      report = readFileSync(join(home, "import.report"), "utf8");
    } finally {
      rmSync(home, { recursive: true, force: true });
    }
    const count = (what: string) => Number(new RegExp(`(\\d+) ${what}`).exec(stdout)?.[1]);

    // neo4j-admin stores no property for null cells or empty lists; the ID column is a property.
    let properties = 0;
    graph.forEachNode((_id, a) => {
      for (const [name, v] of Object.entries(a)) {
        if (name === "label" || (a.label === "Article" && name === "key")) continue;
        if (v !== null && !(Array.isArray(v) && v.length === 0)) properties++;
      }
    });
    graph.forEachEdge((_id, a) => {
      properties += 1 + Object.entries(a).filter(([name, v]) => name !== "type" && v !== null).length;
    });

    expect(stdout).toContain("IMPORT DONE");
    expect([count("nodes"), count("relationships"), count("properties")]).toEqual([graph.order, graph.size, properties]);
    expect(report).toBe("");
  }, 240_000);
});
