/**
 * A time limit for embedded queries: loops call `check()` so a query that runs too long
 * stops with a QueryTimeoutError instead of holding the process.
 */
import { QueryTimeoutError } from "./query-timeout-error.js";

export class Deadline {
  private readonly end: number;
  private calls = 0;

  /** Starts a deadline `timeoutMs` from now for the query named `query`. */
  constructor(
    private readonly query: string,
    private readonly timeoutMs: number,
  ) {
    this.end = Date.now() + timeoutMs;
  }

  /** Throws QueryTimeoutError once the time is up; reads the clock every 64 calls to stay cheap. */
  check(): void {
    this.calls += 1;
    if ((this.calls & 63) !== 0 && this.calls > 1) return;
    if (Date.now() > this.end) {
      throw new QueryTimeoutError(`query ${this.query}`, this.timeoutMs);
    }
  }
}
