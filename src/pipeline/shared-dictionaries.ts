/**
 * The dictionaries every extraction thread needs and that cost the most to build (the place
 * gazetteer and the tag dictionary), built once in this thread and handed to worker threads in
 * shared memory.
 */
import { loadPlaceNames, usePlaceNames, type PlaceNamesData } from "../recognize/gazetteer/place-names.js";
import { useWordTags, wordTagsData } from "../tokenize/tokenize.js";
import type { WordTagsData } from "../tokenize/word-tags.js";

export interface SharedDictionaries {
  placeNames: PlaceNamesData;
  wordTags: WordTagsData;
}

/**
 * Builds the dictionaries here (if not yet built), moves their typed arrays into
 * SharedArrayBuffers, and uses the shared copies here too, so the process holds one copy.
 * Built once per worker instead, they took ~150 MB and 2 s of CPU per worker.
 */
export function shareDictionaries(): SharedDictionaries {
  const shared = { placeNames: shareArrays(loadPlaceNames().data), wordTags: shareArrays(wordTagsData()) };
  useDictionaries(shared);
  return shared;
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
