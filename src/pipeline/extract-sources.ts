/**
 * The extraction pipeline over input paths: ingest → segment → extract, streamed, with every
 * input problem passed on as a Diagnostic and the rest still processed.
 */
import type { Diagnostic, ExtractionRecord } from "../types.js";
import { readSources } from "../ingest/read-sources.js";
import { segmentDocument } from "../segment/segment-document.js";
import { extractArticle } from "./extract-article.js";

export interface ExtractOptions {
  /** Publication date (YYYY-MM-DD) for inputs that do not say it. */
  date?: string;
  /** The place a local paper calls 我市 / 市委. */
  home?: string;
  signal?: AbortSignal;
}

export type ExtractItem = { kind: "record"; record: ExtractionRecord } | { kind: "diagnostic"; diagnostic: Diagnostic };

/** Extraction records of every article in `paths`, in input order, and diagnostics. */
export async function* extractSources(paths: string[], options: ExtractOptions = {}): AsyncGenerator<ExtractItem> {
  for await (const item of readSources(paths, { signal: options.signal })) {
    if (item.kind === "diagnostic") {
      yield item;
      continue;
    }
    const { articles, diagnostics } = segmentDocument(item.document, { date: options.date });
    for (const diagnostic of diagnostics) yield { kind: "diagnostic", diagnostic };
    for (const article of articles) {
      try {
        yield { kind: "record", record: extractArticle(article, { home: options.home }) };
      } catch (err) {
        // A bug on one article must not lose the others; it is reported like bad input, with the stack.
        const reason = `${article.source}: extraction failed on article ${article.id}: ${(err as Error).stack ?? String(err)}`;
        yield { kind: "diagnostic", diagnostic: { severity: "error", ruleId: "extract/internal", reason, source: article.source, line: item.document.line } };
      }
    }
  }
}
