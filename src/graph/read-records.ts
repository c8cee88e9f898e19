/**
 * Reads extraction records back from JSON Lines files (what `zhkg extract --format jsonl`
 * prints), streamed; a line that is not a record becomes a Diagnostic naming file and line.
 */
import { createReadStream } from "node:fs";
import { createInterface } from "node:readline";
import type { ExtractionRecord } from "../types.js";
import type { BuildItem } from "./build-store.js";

function isRecord(value: unknown): value is ExtractionRecord {
  const v = value as ExtractionRecord | null;
  return !!v && typeof v.article?.id === "string" && typeof v.article.text === "string" && Array.isArray(v.entities) && Array.isArray(v.relations);
}

/** Records of every non-blank line of `paths`, in order, with diagnostics for bad lines. */
export async function* readRecords(paths: string[]): AsyncGenerator<BuildItem> {
  for (const path of paths) {
    let line = 0;
    try {
      for await (const text of createInterface({ input: createReadStream(path, "utf8"), crlfDelay: Infinity })) {
        line++;
        if (!text.trim()) continue;
        let value: unknown;
        try {
          value = JSON.parse(text);
        } catch {
          value = undefined;
        }
        if (isRecord(value)) {
          value.article.reporters ??= [];
          value.article.correspondents ??= [];
          yield { kind: "record", record: value };
        } else {
          yield { kind: "diagnostic", diagnostic: { severity: "error", ruleId: "build/record", reason: "not an extraction record (needs article.id, article.text, entities, relations); fix or drop the line", source: path, line } };
        }
      }
    } catch (err) {
      yield { kind: "diagnostic", diagnostic: { severity: "error", ruleId: "build/read", reason: `cannot read: ${(err as Error).message}`, source: path } };
    }
  }
}
