/**
 * The whole pipeline on a folder: ingest → segment → extract → resolve → export. Each stage
 * can be run alone; this only strings them together and reports progress.
 */
import type { GraphDocument } from '../model/graph';
import { articleConceptKeys, extractArticle } from './extract';
import { toGraphDocument } from './export/graph-document';
import { readFolder, type IngestOptions } from './ingest/read-folder';
import { resolve } from './resolve';
import { segmentArticle } from './segment/segment-article';
import type { Article, Problem, SourceText } from './types';

export interface RunOptions extends IngestOptions {
  /** Called after each article is extracted (done, total, article id). */
  onProgress?: (done: number, total: number, id: string) => void;
}

/** Articles → graph; a failure inside one article becomes a problem for that article. */
export function extractGraph(
  sources: readonly SourceText[],
  problems: Problem[] = [],
  options: RunOptions = {},
): GraphDocument {
  const articles: Article[] = [];
  for (const source of sources) {
    try {
      articles.push(segmentArticle(source));
    } catch (e) {
      problems.push({
        source: source.source,
        code: 'unreadable',
        message: `The article could not be segmented: ${(e as Error).message}`,
      });
    }
  }
  const known = new Set(articles.flatMap(articleConceptKeys));
  const extractions = articles.map((a, k) => {
    const x = extractArticle(a, known);
    options.onProgress?.(k + 1, articles.length, a.id);
    return x;
  });
  return toGraphDocument(articles, resolve(extractions), problems);
}

export function extractFolder(folder: string, options: RunOptions = {}): GraphDocument {
  const { sources, problems } = readFolder(folder, options);
  return extractGraph(sources, problems, options);
}
