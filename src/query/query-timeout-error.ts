/** The QueryError a query raises when it is stopped at its time limit, so callers can tell it from bad parameters. */
import { QueryError } from "../errors.js";

export class QueryTimeoutError extends QueryError {
  /** `what` names the query; the message says how to get an answer in time. */
  constructor(what: string, timeoutMs: number, options: { cause?: unknown } = {}) {
    super(`${what} ran past its ${timeoutMs} ms limit and was stopped; narrow its parameters (dates, names, limit, depth) or raise the limit`, options);
  }
}
