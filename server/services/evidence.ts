/**
 * Puts the evidence back on drawn nodes and relationships. The database keeps provenance as Sentence
 * nodes (entities MENTIONED_IN them; relationships list their ids in `sentences`, with `surfaces`); the
 * API answers with `properties.evidence` as Evidence objects, as the graph document has them, so the
 * client shows the article, the sentence and the surface read in it. One query per payload.
 */
import type { Evidence, GraphNode, GraphPayload, GraphRelationship, QueryResult } from '../../model';

interface StoredSentence {
  id: string;
  article: string;
  item: number;
  start: number;
  end: number;
  text: string;
}

type RunInternal = (name: string, params: Record<string, unknown>) => Promise<QueryResult>;

const evidenceOf = (s: StoredSentence, surface: string): Evidence => ({
  article: s.article,
  item: s.item,
  sentence: s.text,
  start: s.start,
  end: s.end,
  surface,
});

const byPlace = (a: Evidence, b: Evidence) =>
  a.article < b.article
    ? -1
    : a.article > b.article
      ? 1
      : a.start - b.start || (a.surface < b.surface ? -1 : a.surface > b.surface ? 1 : 0);

/** The relationship with `evidence` in place of its stored `sentences`/`surfaces`, which leave the payload. */
export function relationshipWith(rel: GraphRelationship, evidence: Evidence[]): GraphRelationship {
  const { sentences: _ids, surfaces: _surfaces, ...rest } = rel.properties as Record<string, unknown>;
  return { ...rel, properties: { ...rest, evidence } as GraphRelationship['properties'] };
}

/** A relationship's stored `sentences`/`surfaces` → `evidence`. */
function relationshipWithEvidence(rel: GraphRelationship, sentences: Map<string, StoredSentence>): GraphRelationship {
  const { sentences: ids, surfaces } = rel.properties as { sentences?: string[]; surfaces?: string[] };
  const evidence = (ids ?? []).flatMap((id, i) => {
    const s = sentences.get(id);
    return s ? [evidenceOf(s, surfaces?.[i] ?? '')] : [];
  });
  return relationshipWith(rel, evidence);
}

export class EvidenceReader {
  constructor(private readonly runInternal: RunInternal) {}

  /** The same nodes and relationships, each with `properties.evidence` (Articles keep theirs empty). */
  async attach(graph: GraphPayload): Promise<GraphPayload> {
    const nodes = graph.nodes.filter((n) => !n.labels.includes('Article')).map((n) => n.id);
    const listed = graph.relationships.flatMap((r) => (r.properties as { sentences?: string[] }).sentences ?? []);
    const row =
      nodes.length || listed.length
        ? ((await this.runInternal('evidence-for', { nodes, sentences: [...new Set(listed)] })).rows[0] ?? {})
        : {};
    const sentences = new Map(((row.sentences ?? []) as StoredSentence[]).map((s) => [s.id, s]));
    const byNode = new Map<string, Evidence[]>();
    for (const m of (row.mentions ?? []) as { node: string; sentence: string; surface: string }[]) {
      const s = sentences.get(m.sentence);
      if (s) byNode.set(m.node, [...(byNode.get(m.node) ?? []), evidenceOf(s, m.surface)]);
    }
    return {
      ...graph,
      nodes: graph.nodes.map((n) => this.withNodeEvidence(n, byNode)),
      relationships: graph.relationships.map((r) => relationshipWithEvidence(r, sentences)),
    };
  }

  private withNodeEvidence(node: GraphNode, byNode: Map<string, Evidence[]>): GraphNode {
    const evidence = (byNode.get(node.id) ?? []).sort(byPlace);
    return { ...node, properties: { ...node.properties, evidence } as GraphNode['properties'] };
  }
}
