/**
 * Turns any thrown value into the text a user reads: the localised meaning of the code and, for a
 * refused console query, of the reason; the server's own (English) words are kept apart as `raw`,
 * for a "details" toggle, so the message is shown once in the UI language.
 */
import type { Translate } from '../i18n';
import { MESSAGES, MessageKey } from '../i18n/messages';
import { ApiError } from './client';

export interface ErrorText {
  summary: string;
  /** The localised reason a console query was refused (write, procedure, unbounded …). */
  reason?: string;
  /** The server's message as sent, behind a details toggle. */
  raw?: string;
  /** Where in a Cypher query the error is, when the server says. */
  position?: { line: number; column: number; offset?: number };
}

function errorKey(code: string): MessageKey {
  const key = `error.${code}`;
  return (key in MESSAGES.zh ? key : 'error.unknown') as MessageKey;
}

function reasonKey(reason: string): MessageKey | undefined {
  const key = `error.reason.${reason}`;
  return key in MESSAGES.zh ? (key as MessageKey) : undefined;
}

function positiveInt(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 ? value : undefined;
}

export function describeError(t: Translate, err: unknown): ErrorText {
  if (!(err instanceof ApiError))
    return { summary: t('error.unknown'), raw: err instanceof Error ? err.message : String(err) };
  const reason = typeof err.details.reason === 'string' ? err.details.reason : undefined;
  const known = reason ? reasonKey(reason) : undefined;
  const line = positiveInt(err.details.line);
  const column = positiveInt(err.details.column);
  return {
    summary: t(errorKey(err.code)),
    reason: reason ? (known ? t(known) : t('error.reason', { reason })) : undefined,
    raw: err.message || undefined,
    position:
      line !== undefined && column !== undefined
        ? { line, column, offset: positiveInt(err.details.offset) }
        : undefined,
  };
}
