/**
 * The key of the write endpoints: `Authorization: Bearer <ADMIN_TOKEN>`, compared in constant time
 * (both sides hashed first, so neither the content nor the length leaks through timing). Reads stay open.
 */
import crypto from 'node:crypto';
import type { RequestHandler } from 'express';
import { AppError } from './errors';

export class UnauthorizedError extends AppError {
  constructor(message: string) {
    super('unauthorized', 401, message);
  }
}

const digest = (s: string) => crypto.createHash('sha256').update(s, 'utf8').digest();

export function tokensMatch(given: string, expected: string): boolean {
  return crypto.timingSafeEqual(digest(given), digest(expected));
}

const HOW =
  'Open the explorer from the address `npm start` prints (it ends in #token=…), or send the server’s ADMIN_TOKEN as `Authorization: Bearer <token>`.';

export function requireToken(token: string | undefined): RequestHandler {
  return (req, res, next) => {
    if (!token)
      return next(
        new UnauthorizedError(
          `This server accepts no changes: it was started without ADMIN_TOKEN. Set ADMIN_TOKEN, or start it with npm start, which makes one.`,
        ),
      );
    const header = req.headers.authorization ?? '';
    const m = /^Bearer\s+(\S+)\s*$/i.exec(header);
    if (!m)
      return next(new UnauthorizedError(`Adding, removing or rebuilding articles needs the server’s token. ${HOW}`));
    if (!tokensMatch(m[1]!, token)) return next(new UnauthorizedError(`The token is not this server’s. ${HOW}`));
    res.setHeader('Cache-Control', 'no-store');
    next();
  };
}
