/** One line for a Diagnostic on stderr: `file:line: severity: reason [rule]`. */
import type { Diagnostic } from "../types.js";

/** Formats a diagnostic so editors and grep can jump to the file and line. */
export function formatDiagnostic(d: Diagnostic): string {
  const place = d.line ? `${d.source}:${d.line}` : d.source;
  const reason = d.reason.startsWith(`${d.source}: `) ? d.reason.slice(d.source.length + 2) : d.reason;
  return `${place}: ${d.severity}: ${reason} [${d.ruleId}]`;
}
