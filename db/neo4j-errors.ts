/**
 * Neo4j driver errors → typed AppErrors whose message the user can act on. Anything not
 * recognised is passed on untouched, so the error handler logs it and answers 500.
 */
import {
  AppError,
  CypherError,
  CypherSyntaxError,
  DatabaseUnavailableError,
  QueryRefusedError,
  QueryTimeoutError,
} from './errors';

/** Where a syntax error is, in the user's query text: line and column 1-based, offset 0-based. */
export interface Position {
  line: number;
  column: number;
  offset: number;
}

/** How the text Neo4j saw differs from the user's: `EXPLAIN\n` + query adds one line and 8 characters. */
export interface TextShift {
  lines: number;
  chars: number;
}

const NO_SHIFT: TextShift = { lines: 0, chars: 0 };

const UNAVAILABLE = new Set([
  'ServiceUnavailable',
  'SessionExpired',
  'Neo.TransientError.General.DatabaseUnavailable',
  'Neo.ClientError.Database.DatabaseNotFound',
  'Neo.ClientError.Security.Unauthorized',
  'Neo.ClientError.Security.AuthenticationRateLimit',
]);

const TIMED_OUT = new Set([
  'Neo.ClientError.Transaction.TransactionTimedOut',
  'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration',
]);

const OUT_OF_MEMORY = new Set([
  'Neo.TransientError.General.MemoryPoolOutOfMemoryError',
  'Neo.TransientError.General.TransactionMemoryLimit',
  'Neo.TransientError.General.OutOfMemoryError',
]);

const POSITION = /\s*\(line (\d+), column (\d+) \(offset: (\d+)\)\)/;

/**
 * Neo4j's messages can carry Java and Lucene internals ("Caused by: java.lang.IllegalArgumentException:
 * …", "org.apache.lucene…ParseException"); the user gets the sentence without them.
 */
export function withoutInternals(text: string): string {
  return text
    .replace(/Caused by:\s*/g, '')
    .replace(/\b(?:[a-z_$][\w$]*\.){2,}[A-Z][\w$]*(?:\$[\w$]+)*(?::\s*)?/g, '')
    .replace(/\s{2,}/g, ' ')
    .trim();
}

/** Neo4j appends "(line 2, column 11 (offset: 18))" and then the query line with a caret; keep the sentence. */
export function splitNeo4jMessage(message: string, shift: TextShift = NO_SHIFT): { text: string; position?: Position } {
  const firstLine = withoutInternals(message.split('\n')[0] ?? '');
  const m = POSITION.exec(firstLine);
  if (!m) return { text: firstLine };
  const line = Number(m[1]) - shift.lines;
  return {
    text: firstLine.replace(POSITION, '').trim(),
    position: { line, column: Number(m[2]), offset: Math.max(0, Number(m[3]) - shift.chars) },
  };
}

export function translateDriverError(err: unknown, timeoutMs: number, shift: TextShift = NO_SHIFT): unknown {
  if (err instanceof AppError) return err;
  const e = err as { code?: string; message?: string };
  const code = e.code ?? '';
  const message = e.message ?? '';
  if (UNAVAILABLE.has(code)) return new DatabaseUnavailableError(undefined, { neo4jCode: code });
  if (TIMED_OUT.has(code)) return new QueryTimeoutError(timeoutMs);
  if (OUT_OF_MEMORY.has(code)) {
    return new AppError(
      'query_too_large',
      422,
      'The query needs more memory than a query may use. Add a LIMIT or narrow the pattern.',
    );
  }
  // The READ transaction caught a write the plan check let through.
  if (code === 'Neo.ClientError.Statement.AccessMode') return new QueryRefusedError('write', { neo4jCode: code });
  if (code === 'Neo.ClientError.Procedure.ProcedureNotFound') {
    const procedure = /`([^`]+)`/.exec(message)?.[1] ?? '';
    if (/^dbms\./i.test(procedure)) return new QueryRefusedError('admin', { procedure });
    return new QueryRefusedError(
      'procedure',
      { procedure },
      `There is no procedure ${procedure} here; the console may call only a few read-only procedures.`,
    );
  }
  // Commands for the system database (GRANT, START DATABASE, USE system SHOW …) are not compiled on a graph database.
  if (
    code === 'Neo.ClientError.Statement.UnsupportedAdministrationCommand' ||
    (code.startsWith('Neo.ClientError.Statement.') && /administration command/i.test(message))
  ) {
    return new QueryRefusedError('admin', { neo4jCode: code });
  }
  if (code === 'Neo.ClientError.Statement.SyntaxError') {
    if (/^Expected exactly one statement per query/.test(message)) return new QueryRefusedError('multiple_statements');
    const { text, position } = splitNeo4jMessage(message, shift);
    const where = position ? ` (line ${position.line}, column ${position.column})` : '';
    return new CypherSyntaxError(`Cypher syntax error: ${text}${where}`, position ? { ...position } : undefined);
  }
  // The console's EXPLAIN check in front of a user's PROFILE: two execution modes.
  if (code === 'Neo.ClientError.Statement.ArgumentError' && /conflicting values for execution mode/.test(message)) {
    return new CypherError(
      'PROFILE is not available in the console (it runs the query to measure it); use EXPLAIN to see the plan.',
    );
  }
  // The user's query or values made Neo4j fail while running (substring('abc', -1), a malformed id …).
  if (code.startsWith('Neo.ClientError.') || code.startsWith('Neo.DatabaseError.')) {
    const { text, position } = splitNeo4jMessage(message, shift);
    return new CypherError(`Neo4j could not run the query: ${text}`, {
      neo4jCode: code,
      ...(position ? { position } : {}),
    });
  }
  if (code.startsWith('Neo.TransientError.'))
    return new DatabaseUnavailableError('The graph database is busy right now. Try again in a moment.', {
      neo4jCode: code,
    });
  return err;
}
