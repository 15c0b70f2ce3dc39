/** The bundled corpus is the default content: an empty store is given its articles, as they are. */
import fs from 'node:fs';
import path from 'node:path';
import { ArticleStore } from '../../store';
import { EXTRACTOR_VERSION } from '../extract/version';
import { datelineDate, textHash } from '../ingest/document';
import { readFolder } from '../ingest/read-folder';
import { segmentArticle } from '../segment/segment-article';

export const BUNDLED_CORPUS = path.resolve(__dirname, '..', '..', 'graph-data', 'corpus');

/** Copies the corpus's articles into an empty store (ids = file names, as the bundled graph has them). */
export function importCorpusIfEmpty(store: ArticleStore, folder = BUNDLED_CORPUS): number {
  if (!store.isEmpty() || !fs.existsSync(folder)) return 0;
  const { sources } = readFolder(folder);
  for (const source of sources) {
    const text = source.text.replace(/^\uFEFF/, '');
    store.add({
      meta: {
        id: source.id,
        title: segmentArticle(source).title,
        date: datelineDate(text),
        format: source.source.toLowerCase().endsWith('.md') ? 'md' : 'txt',
        source: `graph-data/corpus/${source.source}`,
        hash: textHash(text),
        extractorVersion: EXTRACTOR_VERSION,
      },
      text,
      original: { bytes: fs.readFileSync(path.join(folder, source.source)), extension: path.extname(source.source) },
    });
  }
  return sources.length;
}
