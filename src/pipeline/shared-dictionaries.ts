/**
 * The dictionaries every extraction thread needs and that cost the most to build (the place
 * gazetteer and the tag dictionary), built once and handed to worker threads in shared memory.
 */
import { BroadcastChannel, Worker } from "node:worker_threads";
import { ConfigError } from "../errors.js";
import { loadPlaceNames, usePlaceNames, type PlaceNamesData } from "../recognize/gazetteer/place-names.js";
import { useWordTags, wordTagsData } from "../tokenize/tokenize.js";
import type { WordTagsData } from "../tokenize/word-tags.js";
import { workerFile } from "./worker-file.js";

export interface SharedDictionaries {
  placeNames: PlaceNamesData;
  wordTags: WordTagsData;
}

/**
 * The dictionaries, built in a thread of their own (see dictionaries-worker) into
 * SharedArrayBuffers that every extraction worker then reads. Built once per worker instead,
 * they took ~150 MB and 2 s of CPU per worker.
 */
export async function shareDictionaries(): Promise<SharedDictionaries> {
  const worker = new Worker(workerFile("dictionaries-worker"));
  try {
    const reply = await new Promise<{ dictionaries: SharedDictionaries } | { error: { name: string; message: string } }>((resolve, reject) => {
      worker.once("message", resolve);
      worker.once("error", reject);
      worker.once("exit", (code) => reject(new Error(`The thread building the dictionaries stopped (exit code ${code}) before it sent them.`)));
    });
    if ("error" in reply) {
      throw reply.error.name === "ConfigError" ? new ConfigError(reply.error.message) : new Error(reply.error.message);
    }
    return reply.dictionaries;
  } finally {
    await worker.terminate();
  }
}

/** The dictionaries built in this thread, their typed arrays moved to shared memory. */
export function buildSharedDictionaries(): SharedDictionaries {
  return { placeNames: shareArrays(loadPlaceNames().data), wordTags: shareArrays(wordTagsData()) };
}

type ChannelMessage = { kind: "ready" } | { kind: "dictionaries"; dictionaries: SharedDictionaries };

/**
 * Builds the dictionaries (shareDictionaries) and hands them to every worker that asks on the
 * channel `name`, so that workers can start, and load nodejieba's own dictionary, while they
 * are built. `built` settles with them, or with the error that stopped their building.
 */
export function offerDictionaries(name: string): { built: Promise<SharedDictionaries>; close(): void } {
  const channel = new BroadcastChannel(name);
  let shared: SharedDictionaries | undefined;
  const offer = () => channel.postMessage({ kind: "dictionaries", dictionaries: shared! } satisfies ChannelMessage);
  // A worker that asked before they were built gets them from the first offer; later ones ask again.
  channel.onmessage = (event) => {
    if (shared && (event as { data: ChannelMessage }).data.kind === "ready") offer();
  };
  const built = shareDictionaries().then((dictionaries) => {
    shared = dictionaries;
    offer();
    return dictionaries;
  });
  // Its callers await it when they need it; until then a failure must not count as unhandled.
  built.catch(() => {});
  return { built, close: () => channel.close() };
}

/** In a worker: the dictionaries offered on the channel `name` (see offerDictionaries). */
export function receiveDictionaries(name: string): Promise<SharedDictionaries> {
  const channel = new BroadcastChannel(name);
  return new Promise((resolve) => {
    channel.onmessage = (event) => {
      const message = (event as { data: ChannelMessage }).data;
      if (message.kind !== "dictionaries") return;
      channel.close();
      resolve(message.dictionaries);
    };
    channel.postMessage({ kind: "ready" } satisfies ChannelMessage);
  });
}

/** Makes this thread use dictionaries shared by another. */
export function useDictionaries(shared: SharedDictionaries): void {
  usePlaceNames(shared.placeNames);
  useWordTags(shared.wordTags);
}

type TypedArray = Uint8Array | Uint16Array | Int32Array | Uint32Array | Float64Array;

/** A copy of `value` with every typed array of its own properties moved to shared memory. */
function shareArrays<T extends object>(value: T): T {
  const out: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(value)) {
    if (ArrayBuffer.isView(field) && !(field instanceof DataView)) {
      const array = field as TypedArray;
      if (array.buffer instanceof SharedArrayBuffer) {
        out[key] = array;
      } else {
        const copy = new (array.constructor as new (buffer: SharedArrayBuffer) => TypedArray)(new SharedArrayBuffer(array.byteLength));
        copy.set(array);
        out[key] = copy;
      }
    } else if (field && typeof field === "object" && !Array.isArray(field)) {
      out[key] = shareArrays(field);
    } else {
      out[key] = field;
    }
  }
  return out as T;
}
