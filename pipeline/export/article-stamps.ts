/**
 * What the store knows about each article, written into a graph document: Article nodes get their date,
 * metadata and the extractor version; HOLDS_POST gets firstSeen/lastSeen, the earliest and latest date
 * of the dated articles it was read in (a post "as of" a day is one seen on or before it).
 */
import type { GraphDocument, GraphNode } from '../../model/graph';

export interface ArticleStamp {
  date?: string;
  url?: string;
  outlet?: string;
  county?: string;
}

export function stampArticles(
  doc: GraphDocument,
  stamps: ReadonlyMap<string, ArticleStamp>,
  extractorVersion: number,
): GraphDocument {
  const nodes = doc.nodes.map((n): GraphNode => {
    if (n.labels[0] !== 'Article') return n;
    const stamp = stamps.get(n.id.slice('article:'.length)) ?? {};
    const extra = Object.fromEntries(Object.entries(stamp).filter(([, v]) => v !== undefined));
    return { ...n, properties: { ...n.properties, ...extra, extractorVersion } } as GraphNode;
  });
  const relationships = doc.relationships.map((r) => {
    if (r.type !== 'HOLDS_POST') return r;
    const dates = (r.properties.articles ?? [])
      .map((a) => stamps.get(a)?.date)
      .filter((d): d is string => d !== undefined)
      .sort();
    if (dates.length === 0) return r;
    return { ...r, properties: { ...r.properties, firstSeen: dates[0], lastSeen: dates.at(-1) } };
  });
  return { ...doc, nodes, relationships };
}
