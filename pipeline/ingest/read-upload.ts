/**
 * Ingest of what a user brings: one uploaded file (.txt, .md, .html, .htm, .docx, or a .zip of
 * them) or pasted text → documents with their text and metadata, and one problem per file or zip
 * member that could not be used. A bad file or member never stops the others; the same text twice
 * in one upload is read once and reported as a duplicate.
 */
import {
  DEFAULT_UPLOAD_LIMITS,
  datelineDate,
  textHash,
  type DocumentFormat,
  type FormatResult,
  type IngestedDocument,
  type UploadLimits,
  type UploadProblem,
  type UploadResult,
} from './document';
import { readDocx } from './formats/docx';
import { readHtml } from './formats/html';
import { headline, readText } from './formats/text';
import { readZip, type ZipBudget } from './formats/zip';

export type { IngestedDocument, UploadLimits, UploadProblem, UploadResult } from './document';
export { DEFAULT_UPLOAD_LIMITS } from './document';

type FileFormat = Exclude<DocumentFormat, 'paste'>;

/** Extension → format of the files read as articles; .zip holds any of them. */
const FORMAT_OF: Readonly<Record<string, FileFormat>> = {
  '.txt': 'txt',
  '.md': 'md',
  '.markdown': 'md',
  '.html': 'html',
  '.htm': 'html',
  '.xhtml': 'html',
  '.docx': 'docx',
};

export const UPLOAD_EXTENSIONS: readonly string[] = [...Object.keys(FORMAT_OF), '.zip'];

function extensionOf(name: string): string {
  const base = name.slice(name.lastIndexOf('/') + 1);
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot).toLowerCase() : '';
}

function readFormat(format: FileFormat, bytes: Uint8Array): Promise<FormatResult> | FormatResult {
  switch (format) {
    case 'txt':
    case 'md':
      return readText(bytes);
    case 'html':
      return readHtml(bytes);
    case 'docx':
      return readDocx(bytes);
  }
}

class Collector {
  readonly documents: IngestedDocument[] = [];
  readonly problems: UploadProblem[] = [];
  private readonly seen = new Map<string, string>();

  problem(source: string, code: string, message: string): void {
    this.problems.push({ source, code, message });
  }

  /** Adds the document unless it is empty or the same text was already read in this upload. */
  add(name: string, format: DocumentFormat, read: Extract<FormatResult, { ok: true }>): void {
    if (read.text.trim() === '') {
      this.problem(name, 'empty', 'The file has no article text; it was skipped. Check that it is the right file.');
      return;
    }
    const hash = textHash(read.text);
    const first = this.seen.get(hash);
    if (first !== undefined) {
      this.problem(name, 'duplicate', `The file has the same text as ${first}; it was read once.`);
      return;
    }
    this.seen.set(hash, name);
    const doc: IngestedDocument = { name, format, text: read.text, hash };
    if (read.title) doc.title = read.title;
    const date = read.date ?? datelineDate(read.text);
    if (date) doc.date = date;
    if (read.url) doc.url = read.url;
    if (read.outlet) doc.outlet = read.outlet;
    if (read.encoding) doc.encoding = read.encoding;
    this.documents.push(doc);
  }

  result(): UploadResult {
    return { documents: this.documents, problems: this.problems };
  }
}

function unsupported(name: string): string {
  const ext = extensionOf(name);
  return (
    `${ext ? `Files ending in ${ext} are` : 'A file without an extension is'} not read; ` +
    `save the article as one of ${UPLOAD_EXTENSIONS.join(', ')} and add it again.`
  );
}

/** One file or zip member, with the limits, what the upload may still inflate, and how deep in zips it sits. */
interface Entry {
  name: string;
  bytes: Uint8Array;
  limits: UploadLimits;
  budget: ZipBudget;
  depth: number;
}

async function readArchive(out: Collector, { name, bytes, limits, budget, depth }: Entry): Promise<void> {
  if (depth > limits.maxZipNesting) {
    out.problem(
      name,
      'zip_limits',
      'A zip inside a zip inside a zip is not read; unpack it and add the articles again.',
    );
    return;
  }
  const read = readZip(bytes, limits, budget);
  if (!read.ok) {
    out.problem(name, read.code, read.message);
    return;
  }
  for (const p of read.problems) out.problem(`${name}/${p.path}`, p.code, p.message);
  if (read.members.length === 0 && read.problems.length === 0)
    out.problem(name, 'empty', 'The archive holds no files; it was skipped.');
  const members = [...read.members].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  for (const m of members)
    await readEntry(out, { name: `${name}/${m.path}`, bytes: m.bytes, limits, budget, depth: depth + 1 });
}

async function readEntry(out: Collector, entry: Entry): Promise<void> {
  const { name, bytes, limits } = entry;
  const ext = extensionOf(name);
  if (ext === '.zip') {
    await readArchive(out, entry);
    return;
  }
  const format = FORMAT_OF[ext];
  if (!format) {
    out.problem(name, 'unsupported_format', unsupported(name));
    return;
  }
  if (bytes.length > limits.maxFileBytes) {
    out.problem(
      name,
      'too_large',
      `The file has ${bytes.length} bytes, more than the limit of ${limits.maxFileBytes}; split it into articles and add them again.`,
    );
    return;
  }
  if (bytes.length === 0) {
    out.problem(name, 'empty', 'The file is empty; it was skipped. Check that it is the right file.');
    return;
  }
  let read: FormatResult;
  try {
    read = await readFormat(format, bytes);
  } catch (e) {
    read = {
      ok: false,
      code: 'corrupt',
      message: `The file could not be read (${(e as Error).message}); save it again and add it again.`,
    };
  }
  if (!read.ok) out.problem(name, read.code, read.message);
  else out.add(name, format, read);
}

/** One uploaded file → its documents (several for a zip) and problems. */
export async function readUpload(
  file: { name: string; bytes: Uint8Array },
  limits: UploadLimits = DEFAULT_UPLOAD_LIMITS,
): Promise<UploadResult> {
  const out = new Collector();
  await readEntry(out, { ...file, limits, budget: { remaining: limits.maxZipBytes }, depth: 0 });
  return out.result();
}

/** Text typed or pasted by the user → one document named `name`. */
export function readPastedText(
  text: string,
  name = 'pasted-text',
  limits: UploadLimits = DEFAULT_UPLOAD_LIMITS,
): UploadResult {
  const out = new Collector();
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > limits.maxFileBytes)
    out.problem(
      name,
      'too_large',
      `The pasted text has ${bytes} bytes, more than the limit of ${limits.maxFileBytes}; paste one article at a time.`,
    );
  else {
    const clean = text.replace(/\r\n?/gu, '\n').replace(/^\uFEFF/u, '');
    const title = headline(clean);
    out.add(name, 'paste', { ok: true, text: clean, ...(title ? { title } : {}) });
  }
  return out.result();
}
