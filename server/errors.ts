/**
 * Typed errors: each carries a stable code, an HTTP status and a message written for the user.
 * Tests check the class or code, never the wording.
 */
export class AppError extends Error {
  constructor(
    readonly code: string,
    readonly status: number,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export class ValidationError extends AppError {
  constructor(message: string, details?: Record<string, unknown>) {
    super('invalid_request', 400, message, details);
  }
}

export class NotFoundError extends AppError {
  constructor(message: string, details?: Record<string, unknown>) {
    super('not_found', 404, message, details);
  }
}

export class DatabaseUnavailableError extends AppError {
  constructor(message = 'The graph database is not reachable right now. Try again in a moment.', details?: Record<string, unknown>) {
    super('database_unavailable', 503, message, details);
  }
}

export class QueryRefusedError extends AppError {
  constructor(reason: string, message: string, details?: Record<string, unknown>) {
    super(`query_refused`, 422, message, { reason, ...details });
  }
}

export class CypherSyntaxError extends AppError {
  constructor(message: string, details?: Record<string, unknown>) {
    super('cypher_syntax_error', 400, message, details);
  }
}

export class QueryTimeoutError extends AppError {
  constructor(timeoutMs: number) {
    super('query_timeout', 408, `The query ran longer than ${timeoutMs} ms and was stopped. Add a LIMIT or narrow the pattern.`, { timeoutMs });
  }
}

/** A well-formed user query that Neo4j rejected or that failed while running (unknown function, type error, division by zero …). */
export class CypherError extends AppError {
  constructor(message: string, details?: Record<string, unknown>) {
    super('cypher_error', 400, message, details);
  }
}

export class RateLimitedError extends AppError {
  constructor(limitPerMinute: number) {
    super('rate_limited', 429, `Too many console queries: at most ${limitPerMinute} a minute. Wait a moment and try again.`, { limitPerMinute });
  }
}
