/**
 * Expands input paths into the files to read: files as given, directories recursively in
 * sorted order without hidden entries; missing or unreadable paths become diagnostics.
 */
import type { Dirent, Stats } from "node:fs";
import { readdir, realpath, stat } from "node:fs/promises";
import { join } from "node:path";
import type { Diagnostic } from "../types.js";

export type WalkItem =
  /** `listed`: found in a directory listing rather than named by the caller. */
  | { kind: "file"; path: string; size: number; listed: boolean }
  | { kind: "diagnostic"; diagnostic: Diagnostic };

function problem(ruleId: string, path: string, reason: string, severity: Diagnostic["severity"] = "error"): WalkItem {
  return { kind: "diagnostic", diagnostic: { severity, ruleId, reason: `${path}: ${reason}`, source: path } };
}

function describe(err: unknown): string {
  const code = (err as NodeJS.ErrnoException).code;
  if (code === "ENOENT") return "no such file or directory; check the path";
  if (code === "EACCES" || code === "EPERM") return "permission denied";
  return err instanceof Error ? err.message : String(err);
}

/** Walks one directory; `ancestors` holds the real paths above it, to stop at symlink loops. */
async function* walkDir(dir: string, ancestors: Set<string>): AsyncGenerator<WalkItem> {
  let entries: Dirent[];
  let real: string;
  try {
    real = await realpath(dir);
    entries = await readdir(dir, { withFileTypes: true });
  } catch (err) {
    yield problem("ingest/unreadable", dir, `cannot read directory: ${describe(err)}`);
    return;
  }
  if (ancestors.has(real)) {
    yield problem("ingest/symlink-loop", dir, "directory link loops back to a parent; skipped", "warning");
    return;
  }
  // Code-unit order, not locale order, so every machine reads files in the same sequence.
  const names = entries.filter((e) => !e.name.startsWith(".")).map((e) => e.name).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const inside = new Set(ancestors).add(real);
  for (const name of names) yield* walkPath(join(dir, name), inside, true);
}

async function* walkPath(path: string, ancestors: Set<string>, listed: boolean): AsyncGenerator<WalkItem> {
  let info: Stats;
  try {
    info = await stat(path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    yield problem(code === "ENOENT" ? "ingest/not-found" : "ingest/unreadable", path, describe(err));
    return;
  }
  if (info.isDirectory()) yield* walkDir(path, ancestors);
  else if (info.isFile()) yield { kind: "file", path, size: info.size, listed };
  else yield problem("ingest/not-a-file", path, "not a regular file or directory; skipped", "warning");
}

/**
 * Yields each file under `paths` in a deterministic order: the paths in the order given,
 * directory entries sorted by name, hidden entries (names starting with ".") skipped inside
 * directories. File paths are joined from the given path, so they stay relative when it is.
 */
export async function* walkPaths(paths: string[]): AsyncGenerator<WalkItem> {
  for (const path of paths) yield* walkPath(path, new Set(), false);
}
