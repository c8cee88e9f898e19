/** One line for a Diagnostic on stderr: `file:line: severity: reason [rule]`. */
import type { Diagnostic } from "../types.js";

/** Formats a diagnostic so editors and grep can jump to the file and line. */
export function formatDiagnostic(d: Diagnostic): string {
  const place = d.line ? `${d.source}:${d.line}` : d.source;
  // Reasons may repeat the place they were found at; the line prefix already says it.
  let reason = d.reason.startsWith(`${d.source}: `) ? d.reason.slice(d.source.length + 2) : d.reason;
  if (d.line && reason.startsWith(`line ${d.line}: `)) reason = reason.slice(`line ${d.line}: `.length);
  return `${place}: ${d.severity}: ${reason} [${d.ruleId}]`;
}
