/** Turns any thrown value into the text a user reads: the localised meaning of the code, then the server's own words. */
import type { Translate } from '../i18n';
import { MESSAGES, MessageKey } from '../i18n/messages';
import { ApiError } from './client';

export interface ErrorText {
  summary: string;
  detail?: string;
  /** Where in a Cypher query the error is, when the server says. */
  position?: { line: number; column: number; offset?: number };
}

function errorKey(code: string): MessageKey {
  const key = `error.${code}`;
  return (key in MESSAGES.zh ? key : 'error.unknown') as MessageKey;
}

function positiveInt(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 ? value : undefined;
}

export function describeError(t: Translate, err: unknown): ErrorText {
  if (!(err instanceof ApiError)) return { summary: t('error.unknown'), detail: err instanceof Error ? err.message : String(err) };
  const reason = typeof err.details.reason === 'string' ? err.details.reason : undefined;
  const line = positiveInt(err.details.line);
  const column = positiveInt(err.details.column);
  const detailParts = [err.message, reason ? t('error.reason', { reason }) : undefined].filter(Boolean);
  return {
    summary: t(errorKey(err.code)),
    detail: detailParts.join(' '),
    position: line !== undefined && column !== undefined ? { line, column, offset: positiveInt(err.details.offset) } : undefined,
  };
}
