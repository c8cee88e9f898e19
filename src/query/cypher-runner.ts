/**
 * The port through which queries reach Neo4j: one read transaction with a time limit.
 * src/neo4j owns the driver; `runnerFromDriver` adapts any object with the driver's
 * `session()` shape, so this folder never imports neo4j-driver.
 */
import { Neo4jError, ZhkgError } from "../errors.js";
import { QueryTimeoutError } from "./query-timeout-error.js";

/** Runs one read-only Cypher statement with parameters, stopping it after `timeoutMs`. */
export interface CypherRunner {
  read(cypher: string, params: Record<string, unknown>, timeoutMs: number): Promise<Array<Record<string, unknown>>>;
}

interface RecordLike {
  toObject(): Record<string, unknown>;
}
interface TxLike {
  run(cypher: string, params: Record<string, unknown>): PromiseLike<{ records: RecordLike[] }>;
}
interface SessionLike {
  executeRead<T>(work: (tx: TxLike) => Promise<T>, config?: { timeout?: number }): Promise<T>;
  close(): Promise<void>;
}
/** The part of a neo4j-driver Driver the runner uses. */
export interface DriverLike {
  session(config?: { database?: string; defaultAccessMode?: "READ" | "WRITE" }): SessionLike;
}

const TIMEOUT_CODES = /TransactionTimedOut|TransactionTerminated|Transaction\.Terminated/;

/** A CypherRunner over `driver`: a read session per call, the driver's transaction timeout enforcing the limit. */
export function runnerFromDriver(driver: DriverLike, database?: string): CypherRunner {
  return {
    async read(cypher, params, timeoutMs) {
      const session = driver.session({ defaultAccessMode: "READ", ...(database ? { database } : {}) });
      try {
        return await session.executeRead(
          async (tx) => (await tx.run(cypher, params)).records.map((r) => r.toObject()),
          { timeout: timeoutMs },
        );
      } catch (err) {
        throw translateError(err, timeoutMs);
      } finally {
        await session.close();
      }
    },
  };
}

function translateError(err: unknown, timeoutMs: number): Error {
  const code = errorCode(err);
  if (TIMEOUT_CODES.test(code)) {
    return new QueryTimeoutError("the query", timeoutMs, { cause: err });
  }
  if (err instanceof ZhkgError) return err;
  const message = err instanceof Error ? err.message : String(err);
  return new Neo4jError(`Neo4j rejected the query (${code || "no code"}): ${message}`, { cause: err });
}

/** The Neo4j status code of an error or of an error it wraps ("" when none). */
function errorCode(err: unknown): string {
  let current: unknown = err;
  for (let depth = 0; depth < 4 && current instanceof Error; depth += 1) {
    const code: unknown = Reflect.get(current, "code");
    if (typeof code === "string" && code.startsWith("Neo.")) return code;
    current = current.cause;
  }
  return "";
}
