import type { ErrorRequestHandler, RequestHandler } from 'express';
import { rateLimit } from 'express-rate-limit';
import type { ApiErrorBody } from '../model';
import { AppError, DatabaseUnavailableError, RateLimitedError } from './errors';
import { log } from './log';

/** One structured line per request: method, path (no query string: it may hold search terms), status, time. */
export const requestLog: RequestHandler = (req, res, next) => {
  const started = process.hrtime.bigint();
  res.on('finish', () => {
    log.info('request', {
      method: req.method,
      path: req.originalUrl.split('?')[0],
      status: res.statusCode,
      ms: Number(process.hrtime.bigint() - started) / 1e6,
    });
  });
  next();
};

export const apiNotFound: RequestHandler = (req, res) => {
  const body: ApiErrorBody = {
    error: { code: 'not_found', message: `No API endpoint ${req.method} ${req.path}. See /api/openapi.json.` },
  };
  res.status(404).json(body);
};

const DRIVER_UNAVAILABLE = new Set(['ServiceUnavailable', 'SessionExpired']);

/** Errors that body-parser and the router raise for what the client sent, by their `type`. */
const CLIENT_ERRORS: Record<string, [status: number, code: string, message: string]> = {
  'entity.too.large': [413, 'payload_too_large', 'The request body is too large.'],
  'entity.parse.failed': [400, 'invalid_json', 'The request body is not valid JSON.'],
  'charset.unsupported': [
    415,
    'unsupported_charset',
    'The request body must be UTF-8 JSON (Content-Type: application/json; charset=utf-8).',
  ],
  'encoding.unsupported': [
    415,
    'unsupported_encoding',
    'The request body may be sent as is, gzip-, deflate- or br-compressed; that Content-Encoding is not supported.',
  ],
  'request.aborted': [400, 'request_aborted', 'The request body ended before it was complete.'],
  'request.size.invalid': [400, 'invalid_body', 'The request body is not as long as its Content-Length says.'],
  'stream.encoding.set': [400, 'invalid_body', 'The request body could not be read.'],
};

/** The error any failure becomes for the client: typed, with a message it can act on. */
function toAppError(err: unknown, path: string): AppError {
  if (err instanceof AppError) return err;
  const e = err as { type?: string; status?: number; statusCode?: number; code?: string; message?: string };
  const known = e.type ? CLIENT_ERRORS[e.type] : undefined;
  if (known) return new AppError(known[1], known[0], known[2]);
  if (e.code && DRIVER_UNAVAILABLE.has(e.code)) return new DatabaseUnavailableError();
  const status = e.status ?? e.statusCode;
  // The router's "Failed to decode param" (a % not followed by two hex digits, or bytes that are not UTF-8).
  if (err instanceof URIError || (status === 400 && /decode/i.test(e.message ?? ''))) {
    return new AppError(
      'invalid_url',
      400,
      'The URL is not valid: a % must start a percent-encoded UTF-8 character (for example %E5%8E%BF).',
    );
  }
  // zlib's own errors for a corrupt compressed body, and any other 4xx raised on what the client sent.
  if (e.code?.startsWith('Z_') || (status !== undefined && status >= 400 && status < 500)) {
    return new AppError(
      'invalid_body',
      status !== undefined && status >= 400 && status < 500 ? status : 400,
      'The request body could not be read: check its Content-Encoding and that it is complete.',
    );
  }
  log.error('unhandled error', { path, error: e.message, stack: (err as Error)?.stack });
  return new AppError('internal_error', 500, 'Something went wrong on the server. The error has been logged.');
}

/** Maps any error to a 4xx/5xx JSON body with a readable message; stack traces stay in the log. */
export const errorHandler: ErrorRequestHandler = (err: unknown, req, res, _next) => {
  const error = toAppError(err, req.path);
  const retryAfter = (error as { retryAfterSeconds?: number }).retryAfterSeconds;
  const body: ApiErrorBody = {
    error: { code: error.code, message: error.message, ...(error.details ? { details: error.details } : {}) },
  };
  if (res.headersSent) return;
  if (retryAfter !== undefined) res.setHeader('Retry-After', String(retryAfter));
  res.status(error.status).json(body);
};

/**
 * CORS for the listed origins only; with none listed no header is sent and browsers keep the
 * API same-origin. Preflights of allowed origins are answered here.
 */
export function cors(origins: string[]): RequestHandler {
  const allowed = new Set(origins);
  return (req, res, next) => {
    const origin = req.headers.origin;
    if (origin && allowed.has(origin)) {
      res.setHeader('Access-Control-Allow-Origin', origin);
      res.setHeader('Vary', 'Origin');
      if (req.method === 'OPTIONS') {
        res.setHeader('Access-Control-Allow-Methods', 'GET, POST, DELETE');
        res.setHeader('Access-Control-Allow-Headers', 'Content-Type, Authorization');
        res.setHeader('Access-Control-Max-Age', '600');
        res.status(204).end();
        return;
      }
    }
    next();
  };
}

/**
 * Answers only requests whose Host is one of ours: a page on another site whose name was made to
 * resolve to 127.0.0.1 (DNS rebinding) sends its own name and is refused.
 */
export function allowedHosts(hosts: string[]): RequestHandler {
  const allowed = new Set(hosts);
  return (req, res, next) => {
    const host = (req.headers.host ?? '').toLowerCase().replace(/:\d+$/, '');
    if (allowed.has(host)) return next();
    const body: ApiErrorBody = {
      error: {
        code: 'host_not_allowed',
        message: `This server does not answer to the host name '${host}'. Add it to ALLOWED_HOSTS to allow it.`,
      },
    };
    res.status(403).json(body);
  };
}

/** Strict-Transport-Security only where it means something: over TLS (or a TLS proxy, when configured). */
export function hsts(mode: 'auto' | 'always' | 'off'): RequestHandler {
  return (req, res, next) => {
    if (mode === 'always' || (mode === 'auto' && req.secure))
      res.setHeader('Strict-Transport-Security', 'max-age=31536000; includeSubDomains');
    next();
  };
}

/** A per-address budget of requests a minute; past it a 429 that says when to retry. */
export function budget(limitPerMinute: number, what: string): RequestHandler {
  return rateLimit({
    windowMs: 60_000,
    limit: limitPerMinute,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    handler: (req, _res, next) => {
      const reset = (req as { rateLimit?: { resetTime?: Date } }).rateLimit?.resetTime;
      const seconds = reset ? Math.max(1, Math.ceil((reset.getTime() - Date.now()) / 1000)) : 60;
      next(new RateLimitedError(limitPerMinute, seconds, what));
    },
  });
}
