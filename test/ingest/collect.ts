// Test helper: runs readSources to the end and splits what it yields.
import type { Diagnostic, Document } from "../../src/types.js";
import { readSources, type ReadSourcesOptions } from "../../src/ingest/read-sources.js";

export async function collect(paths: string[], options?: ReadSourcesOptions): Promise<{ documents: Document[]; diagnostics: Diagnostic[] }> {
  const documents: Document[] = [];
  const diagnostics: Diagnostic[] = [];
  for await (const item of readSources(paths, options)) {
    if (item.kind === "document") documents.push(item.document);
    else diagnostics.push(item.diagnostic);
  }
  return { documents, diagnostics };
}
