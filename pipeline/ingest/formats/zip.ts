/**
 * .zip: its members, read without trusting the archive. Declared sizes are checked before anything is
 * inflated (fflate inflates into a buffer of the declared size, so a member cannot grow past it): a
 * member larger than one file may be, or members beyond the upload's uncompressed budget, are refused
 * one by one; an archive listing too many entries is refused whole. Names that climb out of the
 * archive (../, absolute, drive letters) are refused; folders and the system files zip tools add
 * (__MACOSX, .DS_Store) are skipped. Names stored without the UTF-8 flag are read as UTF-8 or
 * GB18030, the encoding Chinese Windows zips use.
 */
import { unzipSync, type UnzipFileInfo } from 'fflate';
import type { ProblemCode, UploadLimits } from '../document';

export interface ZipMember {
  /** The path inside the archive, '/'-separated. */
  path: string;
  bytes: Uint8Array;
}

export interface ZipProblem {
  path: string;
  code: ProblemCode;
  message: string;
}

/** Uncompressed bytes an upload may still inflate, shared by a zip and the zips inside it. */
export interface ZipBudget {
  remaining: number;
}

export type ZipResult =
  { ok: true; members: ZipMember[]; problems: ZipProblem[] } | { ok: false; code: ProblemCode; message: string };

const strictDecode = (encoding: string, bytes: Uint8Array): string | undefined => {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
};

/** fflate gives a name without the UTF-8 flag as latin1 characters: their bytes are the real name. */
function memberName(raw: string): string {
  if (!/[\u0080-\u00ff]/u.test(raw) || /[\u0100-\u{10ffff}]/u.test(raw)) return raw;
  const bytes = Uint8Array.from(raw, (c) => c.charCodeAt(0));
  return strictDecode('utf-8', bytes) ?? strictDecode('gb18030', bytes) ?? raw;
}

const IGNORED = /(^|\/)(__MACOSX\/|\.DS_Store$|\._|Thumbs\.db$|desktop\.ini$)/iu;
const UNSAFE = /(^[/\\])|(^[A-Za-z]:)|((^|[/\\])\.\.([/\\]|$))|\\/u;

class TooManyEntries extends Error {}

const mb = (bytes: number) => `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;

export function readZip(bytes: Uint8Array, limits: UploadLimits, budget: ZipBudget): ZipResult {
  const problems: ZipProblem[] = [];
  const names = new Map<string, string>();
  let entries = 0;
  const accept = (file: UnzipFileInfo): boolean => {
    entries += 1;
    if (entries > limits.maxZipEntries) throw new TooManyEntries();
    const path = memberName(file.name);
    if (path.endsWith('/') || IGNORED.test(path)) return false;
    const refuse = (code: ProblemCode, message: string) => {
      problems.push({ path, code, message });
      return false;
    };
    if (UNSAFE.test(path) || path.includes('\u0000'))
      return refuse('unsafe_path', 'The member’s path leaves the archive (../ or an absolute path); it was not read.');
    if (file.compression !== 0 && file.compression !== 8)
      return refuse('corrupt', 'The member is compressed in a way zip tools rarely use; zip it again with defaults.');
    if (file.originalSize > limits.maxFileBytes)
      return refuse(
        'too_large',
        `The member holds ${file.originalSize} bytes uncompressed, more than the limit of ${limits.maxFileBytes} for one file.`,
      );
    if (file.originalSize > budget.remaining)
      return refuse(
        'zip_limits',
        `The archive’s members hold more than ${mb(limits.maxZipBytes)} uncompressed together; this one was not read. Send it in another upload.`,
      );
    budget.remaining -= file.originalSize;
    names.set(file.name, path);
    return true;
  };
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, { filter: accept });
  } catch (e) {
    if (e instanceof TooManyEntries)
      return {
        ok: false,
        code: 'zip_limits',
        message: `The archive lists more than ${limits.maxZipEntries} entries; split it into smaller archives.`,
      };
    return {
      ok: false,
      code: 'corrupt',
      message: `The archive could not be read (${(e as Error).message}); zip the files again and add the archive again.`,
    };
  }
  const members = Object.entries(files).map(([raw, data]) => ({ path: names.get(raw) ?? raw, bytes: data }));
  return { ok: true, members, problems };
}
