/** Test helper: builds the sample newspaper page into a temporary store with `zhkg build`, as a user would. */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { main } from "../../src/cli/main.js";

/** The sample page of the shared corpus (a Yiwu city daily, 8 Dec 2022). */
export const SAMPLE_PAGE = fileURLToPath(new URL("../../../shared/corpus/yiwu-2022-12-08-page1.txt", import.meta.url));

/** Runs `zhkg build <sample page> --store <tmp>/graph.json` and returns the store path. */
export async function buildSampleStore(): Promise<string> {
  const store = join(mkdtempSync(join(tmpdir(), "zhkg-sample-")), "graph.json");
  const code = await main(["node", "zhkg", "build", SAMPLE_PAGE, "--store", store]);
  if (code !== 0) throw new Error(`zhkg build of the sample page exited with ${code}`);
  return store;
}
