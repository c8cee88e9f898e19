/**
 * Opens a neo4j-driver Driver for a Neo4jConnection and turns driver errors into zhkg errors
 * whose messages name the server (never the credentials) and say what to do.
 */
import neo4j, { type Driver } from "neo4j-driver";
import { Neo4jError, Neo4jUnavailableError, ZhkgError } from "../errors.js";
import { describeTarget, type Neo4jConnection } from "./settings.js";

/** An open connection; `driver` fits src/query's DriverLike port. */
export interface Neo4jClient {
  driver: Driver;
  connection: Neo4jConnection;
  /** Session options to use for `driver.session()` (the database, when one was named). */
  sessionConfig: { database?: string };
  close(): Promise<void>;
}

export interface OpenOptions {
  /** How long managed transactions retry transient failures (server restart, leader switch, deadlock). */
  maxRetryTimeMs?: number;
  /** Skip the round trip that checks the server answers and accepts the credentials. */
  skipVerify?: boolean;
}

const UNAVAILABLE = new Set(["ServiceUnavailable", "SessionExpired", "Neo.TransientError.General.DatabaseUnavailable"]);
const AUTH = /^Neo\.ClientError\.Security\.(Unauthorized|AuthenticationRateLimit|CredentialsExpired)$/;

/**
 * Opens a driver for `connection` (integers come back as JS numbers) and, unless told not to,
 * checks that the server answers; throws Neo4jUnavailableError when it cannot be reached or
 * refuses the credentials.
 */
export async function openNeo4j(connection: Neo4jConnection, options: OpenOptions = {}): Promise<Neo4jClient> {
  let driver: Driver;
  try {
    driver = neo4j.driver(connection.uri, neo4j.auth.basic(connection.user, connection.password), {
      disableLosslessIntegers: true,
      maxTransactionRetryTime: options.maxRetryTimeMs ?? 30_000,
      connectionTimeout: 10_000,
      userAgent: "zhkg",
    });
  } catch (err) {
    throw translateNeo4jError(err, connection);
  }
  const sessionConfig = connection.database ? { database: connection.database } : {};
  const client: Neo4jClient = { driver, connection, sessionConfig, close: () => driver.close() };
  if (!options.skipVerify) {
    let accepted: boolean;
    try {
      accepted = await driver.verifyAuthentication(sessionConfig);
    } catch (err) {
      await driver.close();
      throw translateNeo4jError(err, connection);
    }
    if (!accepted) {
      await driver.close();
      throw credentialsError(connection, "Neo.ClientError.Security.Unauthorized");
    }
  }
  return client;
}

/** The Neo4j status code (or driver code) of an error or of an error it wraps. */
export function neo4jCode(err: unknown): string {
  let current: unknown = err;
  for (let depth = 0; depth < 4 && current instanceof Error; depth += 1) {
    const code: unknown = Reflect.get(current, "code");
    if (typeof code === "string" && code !== "") return code;
    current = current.cause;
  }
  return "";
}

/**
 * A zhkg error for a driver error: Neo4jUnavailableError when the server cannot be reached,
 * went away, or refused the credentials; Neo4jError otherwise. Any occurrence of the password
 * is masked, even in text the server sent back.
 */
export function translateNeo4jError(err: unknown, connection: Neo4jConnection): ZhkgError {
  if (err instanceof ZhkgError) return err;
  const code = neo4jCode(err);
  const target = describeTarget(connection);
  const raw = err instanceof Error ? err.message : String(err);
  const detail = mask(raw.split("\n")[0] ?? "", connection.password);
  const fix = connection.local
    ? "start it with `zhkg neo4j start` (or set NEO4J_URI for another server)"
    : "check that it runs and that NEO4J_URI points to it";
  if (AUTH.test(code)) return credentialsError(connection, code);
  if (UNAVAILABLE.has(code) || /ECONNREFUSED|ECONNRESET|connection.*closed|Pool is closed/i.test(raw)) {
    return new Neo4jUnavailableError(
      `cannot reach ${target} (${code || "no connection"}: ${detail}): ${fix}; then run the same command again — loading is idempotent`,
    );
  }
  return new Neo4jError(`${target} rejected the request (${code || "no code"}): ${detail}`);
}

function credentialsError(connection: Neo4jConnection, code: string): Neo4jUnavailableError {
  const where = connection.local ? "the password stored by `zhkg neo4j start`" : "NEO4J_USER and NEO4J_PASSWORD";
  return new Neo4jUnavailableError(`${describeTarget(connection)} refused the credentials of user "${connection.user}" (${code}): check ${where}`);
}

function mask(text: string, secret: string): string {
  return secret.length > 0 ? text.split(secret).join("***") : text;
}
