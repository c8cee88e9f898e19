/**
 * Finds the dashboard's static files and the browser builds of graphology and sigma:
 * public/ next to this module (src/server/ when run from source, dist/server/ after
 * the build copies it) and the UMD bundles the packages ship in node_modules.
 */
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);

/** The folder holding index.html, app.js, app.css: ./public, else the source tree's copy. */
export function publicDir(): string {
  const candidates = [new URL("./public/", import.meta.url), new URL("../../src/server/public/", import.meta.url)];
  for (const url of candidates) {
    const path = fileURLToPath(url);
    if (existsSync(`${path}index.html`)) return path;
  }
  return fileURLToPath(candidates[0]!);
}

/** Browser bundles served under /vendor/: name → resolved file (null when the package is missing). */
export function vendorFiles(): Record<string, string | null> {
  // The packages do not export their dist/ files, so resolve the main entry and look beside it.
  const beside = (pkg: string, file: string): string | null => {
    try {
      const path = join(dirname(require.resolve(pkg)), file);
      return existsSync(path) ? path : null;
    } catch {
      return null;
    }
  };
  return {
    "graphology.umd.min.js": beside("graphology", "graphology.umd.min.js"),
    "sigma.min.js": beside("sigma", "sigma.min.js"),
  };
}
