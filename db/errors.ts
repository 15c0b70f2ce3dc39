/**
 * The typed errors of the database layer: each carries a stable code, an HTTP status and a message
 * written for the user, so the API answers them as they are and the CLI prints their message. Tests
 * check the class or code, never the wording. server/errors.ts adds the errors of the HTTP layer.
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

export class DatabaseUnavailableError extends AppError {
  constructor(
    message = 'The graph database is not reachable right now. Try again in a moment.',
    details?: Record<string, unknown>,
  ) {
    super('database_unavailable', 503, message, details);
  }
}

/** Why the Cypher console refuses a query; `details.reason` of a query_refused error. */
export type RefusalReason =
  | 'write'
  | 'file_access'
  | 'procedure'
  | 'admin'
  | 'other_database'
  | 'option'
  | 'multiple_statements'
  | 'too_long'
  | 'too_deep'
  | 'unbounded';

const REFUSALS: Record<RefusalReason, string> = {
  write:
    'The console is read-only: queries that create, merge, set, delete or remove data (including CALL … IN TRANSACTIONS) are refused.',
  file_access: 'The console may not read files or URLs: LOAD CSV is refused.',
  procedure: 'The console may call only a few read-only procedures.',
  admin:
    'The console does not run administration commands: SHOW/CREATE/DROP of users, databases, indexes or constraints, transaction commands, other databases and dbms.* procedures are refused.',
  other_database: 'The console reads only this graph: USE of another database or graph is refused.',
  option:
    'The console accepts only the query options runtime, planner and replan (for example CYPHER runtime=slotted).',
  multiple_statements: 'Send one statement at a time: the console runs a single query per request.',
  too_long: 'The query is too long for the console.',
  too_deep: 'The query nests brackets too deeply for the console.',
  unbounded:
    'range() in the console needs bounds that are numbers or parameters (or size()/length() of a value), spanning at most 100,000 elements in all: one expression cannot be stopped by the timeout once it runs.',
};

export class QueryRefusedError extends AppError {
  constructor(
    readonly reason: RefusalReason,
    details?: Record<string, unknown>,
    message = REFUSALS[reason],
  ) {
    super('query_refused', 422, message, { reason, ...details });
  }
}

export class CypherSyntaxError extends AppError {
  constructor(message: string, details?: Record<string, unknown>) {
    super('cypher_syntax_error', 400, message, details);
  }
}

export class QueryTimeoutError extends AppError {
  constructor(timeoutMs: number) {
    super(
      'query_timeout',
      408,
      `The query ran longer than ${timeoutMs} ms and was stopped. Add a LIMIT or narrow the pattern.`,
      { timeoutMs },
    );
  }
}

/** A well-formed user query that Neo4j rejected or that failed while running (unknown function, type error, division by zero …). */
export class CypherError extends AppError {
  constructor(message: string, details?: Record<string, unknown>) {
    super('cypher_error', 400, message, details);
  }
}
