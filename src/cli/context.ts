/** What every sub-command gets from the CLI entry: output streams and the exit status to set. */
export interface CliContext {
  /** Set to 1 when some input failed but the rest was processed. */
  exitCode: number;
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
}
