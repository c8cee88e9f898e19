/** Golden-file check: compares with the stored file, rewrites it only when UPDATE=1. */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { expect } from "vitest";

export function expectGolden(actual: string, name: string): void {
  const path = new URL(`../fixtures/export/${name}`, import.meta.url).pathname;
  if (process.env.UPDATE === "1" || !existsSync(path)) {
    if (process.env.UPDATE !== "1") throw new Error(`golden file ${name} is missing; run with UPDATE=1 to create it, then review it`);
    writeFileSync(path, actual, "utf8");
    return;
  }
  expect(actual).toBe(readFileSync(path, "utf8"));
}
