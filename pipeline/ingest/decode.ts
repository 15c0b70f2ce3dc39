/**
 * Bytes → text for one file: UTF-8 first, then GB18030 (the usual encoding of Chinese text
 * that is not UTF-8), each decoded strictly so a wrong guess fails instead of producing
 * mojibake. Binary content is recognised before decoding and reported, never read as text.
 */
export type Decoded =
  | { ok: true; text: string; encoding: 'utf-8' | 'gb18030' }
  | { ok: false; code: 'binary' | 'encoding'; message: string };

/** NUL bytes or many control characters mean binary data (images, archives, executables). */
function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, Math.min(bytes.length, 8192));
  let control = 0;
  for (const b of sample) {
    if (b === 0) return true;
    if (b < 0x09 || (b > 0x0d && b < 0x20)) control += 1;
  }
  return control > sample.length * 0.1;
}

function strict(encoding: string, bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

export function decode(bytes: Uint8Array): Decoded {
  if (looksBinary(bytes))
    return { ok: false, code: 'binary', message: 'The file holds binary data, not text; it was skipped.' };
  const utf8 = strict('utf-8', bytes);
  if (utf8 !== undefined) return { ok: true, text: utf8.replace(/^\uFEFF/, ''), encoding: 'utf-8' };
  const gb = strict('gb18030', bytes);
  if (gb !== undefined) return { ok: true, text: gb, encoding: 'gb18030' };
  return {
    ok: false,
    code: 'encoding',
    message: 'The file is neither UTF-8 nor GB18030 text; save it as UTF-8 and run again.',
  };
}
