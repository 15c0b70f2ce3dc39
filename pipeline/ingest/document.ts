/**
 * What ingest makes of one uploaded or pasted file: the article's plain text and the metadata
 * the file itself states (title, date, address, outlet). Shared by every format reader.
 */
import { createHash } from 'node:crypto';
import type { GraphProblem } from '../../model/graph';

export const DOCUMENT_FORMATS = ['txt', 'md', 'html', 'docx', 'paste'] as const;
export type DocumentFormat = (typeof DOCUMENT_FORMATS)[number];

export interface IngestedDocument {
  /** The file name as given; for zip members 'archive.zip/inner/path.html'. */
  name: string;
  format: DocumentFormat;
  /** html <title>/og:title/h1 (via readability); docx first heading; else undefined. */
  title?: string;
  /** Plain text of the article body, paragraphs separated by '\n'. */
  text: string;
  /** Publication date 'YYYY-MM-DD' when the file states it. */
  date?: string;
  /** html canonical link or og:url. */
  url?: string;
  /** html og:site_name. */
  outlet?: string;
  encoding?: 'utf-8' | 'gb18030';
  /** sha256 hex of the normalised text (NFC, whitespace runs collapsed): duplicate detection. */
  hash: string;
}

/** One file (or zip member) that could not be used, or a note on one that was. Same shape as GraphProblem. */
export type UploadProblem = GraphProblem;

export const PROBLEM_CODES = [
  'unsupported_format',
  'empty',
  'binary',
  'encoding',
  'too_large',
  'corrupt',
  'zip_limits',
  'unsafe_path',
  'duplicate',
] as const;
export type ProblemCode = (typeof PROBLEM_CODES)[number];

export interface UploadLimits {
  /** Largest file, and largest zip member once uncompressed, in bytes. */
  maxFileBytes: number;
  /** Most entries one zip may list (files and folders). */
  maxZipEntries: number;
  /** Most bytes all members of one upload's zip may hold uncompressed, nested zips included. */
  maxZipBytes: number;
  /** How many zips deep a member may sit: 1 = a zip inside the uploaded zip is read, one inside that is not. */
  maxZipNesting: number;
}

/** A newspaper page is tens of kilobytes; a saved web page with its markup a few hundred. */
export const DEFAULT_UPLOAD_LIMITS: UploadLimits = {
  maxFileBytes: 2 * 1024 * 1024,
  maxZipEntries: 2000,
  maxZipBytes: 200 * 1024 * 1024,
  maxZipNesting: 1,
};

export interface UploadResult {
  documents: IngestedDocument[];
  problems: UploadProblem[];
}

/** NFC with every run of whitespace collapsed to one space: the same article typed or laid out differently. */
export function normaliseForHash(text: string): string {
  return text.normalize('NFC').replace(/\s+/gu, ' ').trim();
}

export function textHash(text: string): string {
  return createHash('sha256').update(normaliseForHash(text), 'utf8').digest('hex');
}

/** Paragraph text: line endings unified, blank runs and trailing spaces dropped, paragraphs joined by '\n'. */
export function paragraphs(lines: readonly string[]): string {
  return lines
    .map((l) => l.replace(/[ \t\u00a0]+/gu, ' ').trim())
    .filter((l) => l !== '')
    .join('\n');
}

const DATELINE = /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/u;
const ISO_DATE = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})/u;

function ymd(y: string, m: string, d: string): string | undefined {
  const year = Number(y);
  const month = Number(m);
  const day = Number(d);
  if (year < 1900 || year > 2100 || month < 1 || month > 12 || day < 1) return undefined;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > last) return undefined;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** '2024-03-05T08:00:00+08:00', '2024/3/5', '2024年3月5日' → '2024-03-05'; anything else → undefined. */
export function parseDate(value: string | null | undefined): string | undefined {
  if (!value) return undefined;
  const v = value.normalize('NFKC').trim();
  const iso = ISO_DATE.exec(v);
  if (iso) return ymd(iso[1]!, iso[2]!, iso[3]!);
  const cn = DATELINE.exec(v);
  return cn ? ymd(cn[1]!, cn[2]!, cn[3]!) : undefined;
}

/** How far into the text a dateline is looked for: the header of a page, not dates the article reports. */
const DATELINE_WINDOW = 200;

/** A '2024年3月5日' dateline near the top of the text (full-width digits too), as 'YYYY-MM-DD'. */
export function datelineDate(text: string): string | undefined {
  const head = text.slice(0, DATELINE_WINDOW).normalize('NFKC');
  const m = DATELINE.exec(head);
  return m ? ymd(m[1]!, m[2]!, m[3]!) : undefined;
}

/** The article id of a document: its name without the extensions ('a.zip/b/c.html' → 'a/b/c', 'x.txt' → 'x'). */
export function documentId(name: string): string {
  const parts = name.split('/');
  return parts
    .map((part, k) => (k === parts.length - 1 ? part.replace(/(.)\.[^.]*$/u, '$1') : part.replace(/\.zip$/iu, '')))
    .join('/');
}

/** What a format reader makes of one file's bytes: the text and metadata, or why it cannot. */
export type FormatResult =
  | {
      ok: true;
      text: string;
      title?: string;
      date?: string;
      url?: string;
      outlet?: string;
      encoding?: 'utf-8' | 'gb18030';
    }
  | { ok: false; code: ProblemCode; message: string };
