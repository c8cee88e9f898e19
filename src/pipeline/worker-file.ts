/**
 * Where the compiled file of a worker module of this folder is.
 */
import { fileURLToPath } from "node:url";

/**
 * The compiled file of the worker module `name` of src/pipeline (`extract-worker`). Worker
 * threads load plain JavaScript: from the dist/ tree even when this module runs from
 * TypeScript sources (under vitest), so `npm run build` must have run.
 */
export function workerFile(name: string): string {
  const here = fileURLToPath(import.meta.url);
  return here.endsWith(".ts")
    ? here.replace(/([\\/])src([\\/]pipeline[\\/])worker-file\.ts$/, `$1dist$2${name}.js`)
    : here.replace(/worker-file\.js$/, `${name}.js`);
}
