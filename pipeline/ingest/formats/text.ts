/** .txt and .md: UTF-8 or GB18030 text, kept as written (only line endings unified). */
import { decode } from '../decode';
import type { FormatResult } from '../document';

export function readText(bytes: Uint8Array): FormatResult {
  const decoded = decode(bytes);
  if (!decoded.ok) return decoded;
  return { ok: true, text: decoded.text.replace(/\r\n?/gu, '\n'), encoding: decoded.encoding };
}
