/** .txt and .md: UTF-8 or GB18030 text, kept as written (only line endings unified); the first line, if a heading, is the title. */
import { decode } from '../decode';
import type { FormatResult } from '../document';

/** A first line this short, not ending a sentence, is the headline ('# ' of Markdown dropped). */
const HEADLINE_MAX = 60;
/** A line that is only a date (2026年3月12日, 2026-03-12) is a dateline above or below the headline, not one. */
const DATE_ONLY = /^\s*(\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|\d{4}[-/.]\d{1,2}[-/.]\d{1,2})\s*$/u;

export function headline(text: string): string | undefined {
  const first = text
    .split('\n')
    .find((l) => l.trim() !== '' && !DATE_ONLY.test(l.normalize('NFKC')))
    ?.replace(/^\s*#+\s*/u, '')
    .trim();
  return first && first.length <= HEADLINE_MAX && !/[。！？!?.;；:：,，]$/u.test(first) ? first : undefined;
}

export function readText(bytes: Uint8Array): FormatResult {
  const decoded = decode(bytes);
  if (!decoded.ok) return decoded;
  const text = decoded.text.replace(/\r\n?/gu, '\n');
  const title = headline(text);
  return { ok: true, text, encoding: decoded.encoding, ...(title ? { title } : {}) };
}
