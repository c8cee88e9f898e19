/**
 * A short-lived thread that builds the shared dictionaries: the building's garbage (~100 MB of
 * CSV text, temporary arrays and heap) goes away with the thread instead of staying in the
 * main thread's heap for the whole run.
 */
import { parentPort } from "node:worker_threads";
import { buildSharedDictionaries } from "./shared-dictionaries.js";

try {
  parentPort!.postMessage({ dictionaries: buildSharedDictionaries() });
} catch (err) {
  const { name, message } = err as Error;
  parentPort!.postMessage({ error: { name, message } });
}
