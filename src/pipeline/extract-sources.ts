/**
 * The extraction pipeline over input paths: ingest → segment → extract, streamed, with every
 * input problem passed on as a Diagnostic and the rest still processed.
 */
import type { Article, Diagnostic, ExtractionRecord } from "../types.js";
import { readSources } from "../ingest/read-sources.js";
import { segmentDocument } from "../segment/segment-document.js";
import { articleExtractor } from "./article-extractor.js";

export interface ExtractOptions {
  /** Publication date (YYYY-MM-DD) for inputs that do not say it. */
  date?: string;
  /** The place a local paper calls 我市 / 市委. */
  home?: string;
  signal?: AbortSignal;
  /** Worker threads for extraction; 1 (the default) extracts in this thread. */
  workers?: number;
}

export type ExtractItem = { kind: "record"; record: ExtractionRecord } | { kind: "diagnostic"; diagnostic: Diagnostic };

// Articles go to the extractor in batches of about this many characters (a dozen articles of
// a paper): one task per article spent as much on messaging between threads as on extraction.
const BATCH_CHARS = 32_000;

/** Extraction records of every article in `paths`, in input order, and diagnostics. */
export async function* extractSources(paths: string[], options: ExtractOptions = {}): AsyncGenerator<ExtractItem> {
  const extractor = articleExtractor(options.workers ?? 1, { home: options.home });
  // Batches in flight, oldest first: yielding them in turn keeps input order.
  const pending: Promise<ExtractItem[]>[] = [];
  let batch: { article: Article; line: number | undefined }[] = [];
  let batchChars = 0;
  const flush = () => {
    if (!batch.length) return;
    const items = batch;
    batch = [];
    batchChars = 0;
    const extracted = extractor.extractBatch(items.map((i) => i.article)).then((results) =>
      results.map((result, k): ExtractItem => {
        if ("record" in result) return { kind: "record", record: result.record };
        // A bug on one article must not lose the others: it is reported like bad input, with the stack.
        const { article, line } = items[k]!;
        return {
          kind: "diagnostic",
          diagnostic: {
            severity: "error",
            ruleId: "extract/internal",
            reason: `${article.source}: extraction failed on article ${article.id}: ${result.error}`,
            source: article.source,
            line,
          },
        };
      }),
    );
    // If the extractor itself fails (its dictionaries could not be built), every batch in flight
    // rejects: the oldest is awaited and ends the run with that error; the rest must not also
    // surface as unhandled rejections.
    extracted.catch(() => {});
    pending.push(extracted);
  };
  try {
    for await (const item of readSources(paths, { signal: options.signal })) {
      if (item.kind === "diagnostic") {
        flush();
        pending.push(Promise.resolve([item]));
      } else {
        const { articles, diagnostics } = segmentDocument(item.document, { date: options.date });
        if (diagnostics.length) {
          flush();
          pending.push(Promise.resolve(diagnostics.map((diagnostic): ExtractItem => ({ kind: "diagnostic", diagnostic }))));
        }
        for (const article of articles) {
          batch.push({ article, line: item.document.line });
          batchChars += article.text.length;
          if (batchChars >= BATCH_CHARS) flush();
        }
      }
      while (pending.length > extractor.window) yield* await pending.shift()!;
    }
    flush();
    while (pending.length) yield* await pending.shift()!;
  } finally {
    await extractor.close();
  }
}
