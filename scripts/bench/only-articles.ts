/** A graph document cut to some of its articles: what the extractor would write from them alone. */
import type { Evidence, GraphDocument, GraphNode, GraphRelationship } from '../../model';

type Props = { evidence?: Evidence[]; articles?: string[] };

/**
 * What the extractor would write from these articles alone: Article nodes of the set, and every node and
 * relationship read in them, with only the evidence read there. A node that a kept relationship joins
 * but that is not itself read in these articles (a province implied by a city) comes along whole.
 */
export function onlyArticles(doc: GraphDocument, articles: string[]): GraphDocument {
  const keep = new Set(articles);
  const cut = <T extends GraphNode | GraphRelationship>(item: T): T | undefined => {
    const p = item.properties as Props;
    const isArticle = 'labels' in item && item.labels[0] === 'Article';
    const evidence = (p.evidence ?? []).filter((e) => keep.has(e.article));
    const listed = (p.articles ?? (isArticle ? [item.id] : [])).filter((a) => keep.has(a));
    if (!evidence.length && !(isArticle && listed.length)) return undefined;
    return { ...item, properties: { ...item.properties, evidence, ...(p.articles ? { articles: listed } : {}) } };
  };
  const relationships = doc.relationships.map((r) => cut(r)).filter((r): r is GraphRelationship => !!r);
  const joined = new Set(relationships.flatMap((r) => [r.start, r.end]));
  const nodes = doc.nodes.map((n) => cut(n) ?? (joined.has(n.id) ? n : undefined)).filter((n): n is GraphNode => !!n);
  return { ...doc, nodes, relationships };
}
