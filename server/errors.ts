/**
 * Typed errors: each carries a stable code, an HTTP status and a message written for the user.
 * Tests check the class or code, never the wording. The errors the database layer raises (timeouts,
 * refusals, Cypher errors, an unreachable database) are declared in db/errors.ts and re-exported here.
 */
import { AppError } from '../db/errors';

export {
  AppError,
  CypherError,
  CypherSyntaxError,
  DatabaseUnavailableError,
  QueryRefusedError,
  QueryTimeoutError,
  type RefusalReason,
} from '../db/errors';

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

export class RateLimitedError extends AppError {
  constructor(
    limitPerMinute: number,
    readonly retryAfterSeconds = 60,
    what = 'requests of this kind',
  ) {
    super(
      'rate_limited',
      429,
      `Too many ${what}: at most ${limitPerMinute} a minute from one address. Wait a moment and try again.`,
      { limitPerMinute, retryAfterSeconds },
    );
  }
}

/** Too many console queries running, from this client or from everyone: 429 with when to retry. */
export class BusyError extends AppError {
  constructor(
    scope: 'client' | 'server',
    readonly retryAfterSeconds: number,
    limit: number,
  ) {
    super(
      scope === 'client' ? 'too_many_running' : 'console_busy',
      // 429 in both cases: the server is well, it only refuses more work of this kind for now.
      429,
      scope === 'client'
        ? `You already have ${limit} console ${limit === 1 ? 'query' : 'queries'} running. Wait for ${limit === 1 ? 'it' : 'them'} to finish, then try again.`
        : `The console is running as many queries as it may at once (${limit}). Try again in ${retryAfterSeconds} s.`,
      { limit, retryAfterSeconds },
    );
  }
}
