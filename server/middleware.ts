import type { ErrorRequestHandler, RequestHandler } from 'express';
import type { ApiErrorBody } from '../model';
import { AppError, DatabaseUnavailableError } from './errors';
import { log } from './log';

/** One structured line per request: method, path (no query string: it may hold search terms), status, time. */
export const requestLog: RequestHandler = (req, res, next) => {
  const started = process.hrtime.bigint();
  res.on('finish', () => {
    log.info('request', { method: req.method, path: req.originalUrl.split('?')[0], status: res.statusCode, ms: Number(process.hrtime.bigint() - started) / 1e6 });
  });
  next();
};

export const apiNotFound: RequestHandler = (req, res) => {
  const body: ApiErrorBody = { error: { code: 'not_found', message: `No API endpoint ${req.method} ${req.path}. See /api/openapi.json.` } };
  res.status(404).json(body);
};

const DRIVER_UNAVAILABLE = new Set(['ServiceUnavailable', 'SessionExpired']);

/** Maps any error to a 4xx/5xx JSON body with a readable message; stack traces stay in the log. */
export const errorHandler: ErrorRequestHandler = (err: unknown, req, res, _next) => {
  let error: AppError;
  const e = err as { type?: string; status?: number; code?: string; message?: string };
  if (err instanceof AppError) error = err;
  else if (e.type === 'entity.too.large') error = new AppError('payload_too_large', 413, 'The request body is too large.');
  else if (e.type === 'entity.parse.failed') error = new AppError('invalid_json', 400, 'The request body is not valid JSON.');
  else if (e.code && DRIVER_UNAVAILABLE.has(e.code)) error = new DatabaseUnavailableError();
  else {
    log.error('unhandled error', { path: req.path, error: e.message, stack: (err as Error)?.stack });
    error = new AppError('internal_error', 500, 'Something went wrong on the server. The error has been logged.');
  }
  const body: ApiErrorBody = { error: { code: error.code, message: error.message, ...(error.details ? { details: error.details } : {}) } };
  if (!res.headersSent) res.status(error.status).json(body);
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
        res.setHeader('Access-Control-Allow-Methods', 'GET, POST');
        res.setHeader('Access-Control-Allow-Headers', 'Content-Type');
        res.setHeader('Access-Control-Max-Age', '600');
        res.status(204).end();
        return;
      }
    }
    next();
  };
}
