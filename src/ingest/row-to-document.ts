/**
 * Checks one JSON Lines row ({id?, title?, date?, source?, text}) and makes it a Document,
 * or says what is wrong with it.
 */
import type { Diagnostic, Document } from "../types.js";
import { normalizeDate } from "./normalize-date.js";

export interface RowResult {
  /** Absent when the row is unusable (no text); a diagnostic then says why. */
  document?: Document;
  diagnostics: Diagnostic[];
}

/**
 * Converts a parsed row. `file` is the path diagnostics name, `line` the 1-based line;
 * the id defaults to `<file>#<line>` and the source to `file`. A row without a `text`
 * string is an error; an unparseable date or a wrongly typed optional field is a warning
 * and the field is left out, so one bad date does not lose an article.
 */
export function rowToDocument(row: unknown, file: string, line: number): RowResult {
  const diagnostics: Diagnostic[] = [];
  const problem = (severity: Diagnostic["severity"], ruleId: string, reason: string): void => {
    diagnostics.push({ severity, ruleId, reason: `${file}: line ${line}: ${reason}`, source: file, line });
  };
  if (typeof row !== "object" || row === null || Array.isArray(row)) {
    problem("error", "ingest/jsonl-row", "row is not a JSON object; expected {id?, title?, date?, source?, text}");
    return { diagnostics };
  }
  const fields = row as Record<string, unknown>;
  if (typeof fields.text !== "string") {
    problem("error", "ingest/jsonl-row", 'row has no "text" string; expected {id?, title?, date?, source?, text}');
    return { diagnostics };
  }
  const document: Document = { id: `${file}#${line}`, source: file, text: fields.text.replace(/\r\n?/g, "\n"), line };
  // Numeric ids are common in exports; they are kept as their decimal string.
  if (typeof fields.id === "string" || typeof fields.id === "number") document.id = String(fields.id);
  else if (fields.id !== undefined && fields.id !== null) problem("warning", "ingest/jsonl-row", '"id" is not a string; using the line as id');
  if (typeof fields.source === "string" && fields.source !== "") document.source = fields.source;
  if (typeof fields.title === "string") document.title = fields.title;
  if (fields.date !== undefined && fields.date !== null && fields.date !== "") {
    const date = typeof fields.date === "string" ? normalizeDate(fields.date) : undefined;
    if (date) document.date = date;
    else problem("warning", "ingest/date", `date ${JSON.stringify(fields.date)} is not a date; write YYYY-MM-DD (the row is read without it)`);
  }
  return { document, diagnostics };
}
