/** Form values (strings) ↔ typed query parameters, by the library's declared types. */
import type { QueryParameterSpec } from '../../../model/api';

export type ParamParse = { ok: true; value: unknown } | { ok: false };

export function parseParam(spec: QueryParameterSpec, text: string): ParamParse {
  const trimmed = text.trim();
  switch (spec.type) {
    case 'string':
    case 'fulltext':
      return { ok: true, value: text };
    case 'integer':
      return /^-?\d+$/.test(trimmed) ? { ok: true, value: Number(trimmed) } : { ok: false };
    case 'float':
      return trimmed !== '' && Number.isFinite(Number(trimmed)) ? { ok: true, value: Number(trimmed) } : { ok: false };
    case 'boolean':
      return trimmed === 'true' || trimmed === 'false' ? { ok: true, value: trimmed === 'true' } : { ok: false };
    case 'string[]':
      return { ok: true, value: trimmed ? trimmed.split(/[,，、]\s*/).filter(Boolean) : [] };
  }
}

export function formatParam(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (Array.isArray(value)) return value.join(', ');
  return String(value);
}
