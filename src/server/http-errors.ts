/**
 * Maps errors to HTTP answers: the status for each ZhkgError category and the JSON body
 * `{error: {code, message, timeout?}}`; unexpected errors become a 500 without details.
 */
import { ZhkgError } from "../errors.js";
import { QueryTimeoutError } from "../query/query-timeout-error.js";

export interface ErrorBody {
  error: { code: string; message: string; timeout?: boolean };
}

/** HTTP status and body for `err`. */
export function httpError(err: unknown): { status: number; body: ErrorBody } {
  if (err instanceof QueryTimeoutError) {
    return { status: 503, body: { error: { code: err.code, message: err.message, timeout: true } } };
  }
  if (err instanceof ZhkgError) {
    const status =
      err.code === "ZHKG_NOT_FOUND"
        ? 404
        : err.code === "ZHKG_NEO4J_UNAVAILABLE"
          ? 503
          : err.code === "ZHKG_NEO4J" || err.code === "ZHKG_INPUT"
            ? 500
            : 400;
    return { status, body: { error: { code: err.code, message: err.message } } };
  }
  const fastifyStatus = statusOf(err);
  if (fastifyStatus !== null && fastifyStatus >= 400 && fastifyStatus < 500) {
    const message = err instanceof Error ? err.message : "bad request";
    return { status: fastifyStatus, body: { error: { code: "ZHKG_USAGE", message } } };
  }
  return { status: 500, body: { error: { code: "ZHKG_INTERNAL", message: "internal error; see the server log" } } };
}

function statusOf(err: unknown): number | null {
  if (!(err instanceof Error)) return null;
  const status: unknown = Reflect.get(err, "statusCode");
  return typeof status === "number" ? status : null;
}
