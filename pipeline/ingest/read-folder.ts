/**
 * Ingest: read every .txt/.md file of a folder (sorted, so runs are reproducible). A bad file
 * (empty, binary, undecodable, too large, unreadable) becomes a problem for that file and the
 * others are still read.
 */
import fs from 'node:fs';
import path from 'node:path';
import { InputFolderError } from '../errors';
import type { Problem, SourceText } from '../types';
import { decode } from './decode';

export const ARTICLE_EXTENSIONS = ['.txt', '.md'] as const;

/** A newspaper page is tens of kilobytes; anything far larger is not one article. */
export const DEFAULT_MAX_BYTES = 2 * 1024 * 1024;

export interface IngestOptions {
  maxBytes?: number;
}

export interface IngestResult {
  sources: SourceText[];
  problems: Problem[];
}

function articleFiles(folder: string): string[] {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(folder);
  } catch {
    throw new InputFolderError(`The input folder ${folder} does not exist.`);
  }
  if (!stat.isDirectory())
    throw new InputFolderError(`${folder} is not a folder; give a folder of .txt or .md articles.`);
  return fs
    .readdirSync(folder)
    .filter((f) => (ARTICLE_EXTENSIONS as readonly string[]).includes(path.extname(f).toLowerCase()))
    .sort();
}

export function readFolder(folder: string, options: IngestOptions = {}): IngestResult {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const files = articleFiles(folder);
  if (files.length === 0) throw new InputFolderError(`The folder ${folder} has no .txt or .md files.`);
  const sources: SourceText[] = [];
  const problems: Problem[] = [];
  for (const file of files) {
    const full = path.join(folder, file);
    const problem = (code: string, message: string) => problems.push({ source: file, code, message });
    let size: number;
    try {
      const st = fs.statSync(full);
      if (!st.isFile()) continue;
      size = st.size;
    } catch (e) {
      problem('unreadable', `The file could not be read: ${(e as Error).message}`);
      continue;
    }
    if (size > maxBytes) {
      problem(
        'too_large',
        `The file has ${size} bytes, more than the limit of ${maxBytes}; split it into articles and run again.`,
      );
      continue;
    }
    let bytes: Buffer;
    try {
      bytes = fs.readFileSync(full);
    } catch (e) {
      problem('unreadable', `The file could not be read: ${(e as Error).message}`);
      continue;
    }
    const decoded = decode(bytes);
    if (!decoded.ok) {
      problem(decoded.code, decoded.message);
      continue;
    }
    if (decoded.text.trim() === '') {
      problem('empty', 'The file has no text; it was skipped.');
      continue;
    }
    const id = path.basename(file, path.extname(file));
    if (sources.some((s) => s.id === id)) {
      problem(
        'duplicate',
        `Another file already gives the article id ${id} (same name, other extension); this one was skipped.`,
      );
      continue;
    }
    if (decoded.encoding !== 'utf-8') problem('warning', `Read as ${decoded.encoding}, not UTF-8.`);
    sources.push({ id, source: file, text: decoded.text });
  }
  return { sources, problems };
}
