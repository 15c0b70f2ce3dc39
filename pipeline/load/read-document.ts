/** Reads a graph JSON file with errors that say what to fix. */
import fs from 'node:fs';
import path from 'node:path';
import type { GraphDocument } from '../../model';
import { GraphDocumentError } from './errors';
import { validateGraphDocument } from './validate';

/** The graph extracted from the bundled corpus (graph-data/corpus → graph-data/graph.json). */
export const BUNDLED_GRAPH = path.resolve(__dirname, '..', '..', 'graph-data', 'graph.json');

export function readGraphDocument(file: string): GraphDocument {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (err) {
    const reason = (err as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (err as Error).message;
    throw new GraphDocumentError(`Cannot read the graph file ${file}: ${reason}`);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (err) {
    throw new GraphDocumentError(`${file} is not valid JSON: ${(err as Error).message}`);
  }
  return validateGraphDocument(parsed, file);
}
