/**
 * Error categories of zhkg. Bad input is a Diagnostic (types.ts), not an exception;
 * these are for unusable configuration, unavailable services and bugs.
 */

export type ErrorCode =
  | "ZHKG_USAGE"
  | "ZHKG_INPUT"
  | "ZHKG_CONFIG"
  | "ZHKG_NOT_FOUND"
  | "ZHKG_NEO4J_UNAVAILABLE"
  | "ZHKG_NEO4J"
  | "ZHKG_QUERY";

/** Base class: every expected error has a code and a message that says what to do. */
export class ZhkgError extends Error {
  readonly code: ErrorCode;
  readonly retriable: boolean;

  constructor(code: ErrorCode, message: string, options: { cause?: unknown; retriable?: boolean } = {}) {
    super(message, { cause: options.cause });
    this.name = new.target.name;
    this.code = code;
    this.retriable = options.retriable ?? false;
  }
}

/** Wrong command-line or API arguments. */
export class UsageError extends ZhkgError {
  constructor(message: string) {
    super("ZHKG_USAGE", message);
  }
}

/** Input that cannot be read at all (a missing path, an unreadable store file). */
export class InputError extends ZhkgError {
  constructor(message: string, options: { cause?: unknown } = {}) {
    super("ZHKG_INPUT", message, options);
  }
}

/** Unusable configuration: a broken dictionary, a bad environment variable. */
export class ConfigError extends ZhkgError {
  constructor(message: string, options: { cause?: unknown } = {}) {
    super("ZHKG_CONFIG", message, options);
  }
}

/** A named thing (query, node, store) does not exist. */
export class NotFoundError extends ZhkgError {
  constructor(message: string) {
    super("ZHKG_NOT_FOUND", message);
  }
}

/** The Neo4j server cannot be reached or refused the credentials. Never carries the password. */
export class Neo4jUnavailableError extends ZhkgError {
  constructor(message: string, options: { cause?: unknown } = {}) {
    super("ZHKG_NEO4J_UNAVAILABLE", message, { ...options, retriable: true });
  }
}

/** Neo4j answered with an error that retrying will not fix. */
export class Neo4jError extends ZhkgError {
  constructor(message: string, options: { cause?: unknown } = {}) {
    super("ZHKG_NEO4J", message, options);
  }
}

/** A canned query was given bad parameters or ran past its time limit. */
export class QueryError extends ZhkgError {
  constructor(message: string, options: { cause?: unknown } = {}) {
    super("ZHKG_QUERY", message, options);
  }
}
