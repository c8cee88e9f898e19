/**
 * The extraction pipeline over input paths: ingest → segment → extract, streamed, with every
 * input problem passed on as a Diagnostic and the rest still processed.
 */
import type { Diagnostic, ExtractionRecord } from "../types.js";
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

/** Extraction records of every article in `paths`, in input order, and diagnostics. */
export async function* extractSources(paths: string[], options: ExtractOptions = {}): AsyncGenerator<ExtractItem> {
  const extractor = articleExtractor(options.workers ?? 1, { home: options.home });
  // Extractions in flight, oldest first: yielding them in turn keeps input order.
  const pending: Promise<ExtractItem>[] = [];
  try {
    for await (const item of readSources(paths, { signal: options.signal })) {
      if (item.kind === "diagnostic") {
        pending.push(Promise.resolve(item));
      } else {
        const { articles, diagnostics } = segmentDocument(item.document, { date: options.date });
        for (const diagnostic of diagnostics) pending.push(Promise.resolve({ kind: "diagnostic", diagnostic }));
        for (const article of articles) {
          pending.push(
            extractor.extract(article).then(
              (record): ExtractItem => ({ kind: "record", record }),
              // A bug on one article must not lose the others: it is reported like bad input, with the stack.
              (err: unknown): ExtractItem => ({
                kind: "diagnostic",
                diagnostic: {
                  severity: "error",
                  ruleId: "extract/internal",
                  reason: `${article.source}: extraction failed on article ${article.id}: ${(err as Error)?.stack ?? String(err)}`,
                  source: article.source,
                  line: item.document.line,
                },
              }),
            ),
          );
        }
      }
      while (pending.length > extractor.window) yield await pending.shift()!;
    }
    while (pending.length) yield await pending.shift()!;
  } finally {
    await extractor.close();
  }
}
