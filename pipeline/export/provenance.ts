/**
 * The graph document's evidence as the database stores it: each sentence once, as a Sentence node of
 * its article, entities linked to the sentences that mention them (MENTIONED_IN with the surface and
 * its offsets), and relationships (which cannot point at nodes) listing their sentence ids with the
 * surface read in each. The document keeps its `evidence` objects; this is derived from them.
 */
import type { GraphDocument } from '../../model/graph';
import {
  sentenceId,
  type Evidence,
  type NodeLabel,
  type ProvenancePropertiesByLabel,
  type ProvenanceRelPropertiesByType,
  type StoredRelProvenance,
} from '../../model/schema';

export interface SentenceRow {
  id: string;
  /** The id of the Article node the sentence belongs to (HAS_SENTENCE). */
  articleNode: string;
  properties: ProvenancePropertiesByLabel['Sentence'];
}

export interface MentionRow {
  /** Names the row in progress reports and errors; not stored (a mention is known by its ends and surface). */
  id: string;
  start: string;
  end: string;
  properties: ProvenanceRelPropertiesByType['MENTIONED_IN'];
}

export interface StoredProvenance {
  sentences: SentenceRow[];
  /** MENTIONED_IN rows grouped by the label of the entity, so each batch finds it through its label's index. */
  mentions: Map<NodeLabel, MentionRow[]>;
  /** The sentences and surfaces of each relationship of the document, by relationship id. */
  relationships: Map<string, Pick<StoredRelProvenance, 'sentences' | 'surfaces'>>;
}

const byKey = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The surface's offsets in the article: the first place it is written in the sentence, or -1 when not verbatim. */
function surfaceSpan(e: Evidence): { start: number; end: number } {
  const at = e.sentence.indexOf(e.surface);
  return at < 0 ? { start: -1, end: -1 } : { start: e.start + at, end: e.start + at + e.surface.length };
}

/** (sentence id, surface) pairs, distinct and sorted: the same evidence read twice is stored once. */
function pairsOf(evidence: readonly Evidence[]): [string, string][] {
  const seen = new Map<string, [string, string]>();
  for (const e of evidence) {
    const pair: [string, string] = [sentenceId(e.article, e.start), e.surface];
    seen.set(JSON.stringify(pair), pair);
  }
  return [...seen.values()].sort((a, b) => byKey(a[0], b[0]) || byKey(a[1], b[1]));
}

/** Expects a document that passed validation (pipeline/load/validate.ts). */
export function storedProvenance(doc: Pick<GraphDocument, 'nodes' | 'relationships'>): StoredProvenance {
  // Evidence names an article by its key; the Article node lists its keys in `articles` (exported ones
  // have the id `article:<key>`, which is assumed for an article the document does not hold).
  const articleNode = new Map<string, string>();
  for (const n of doc.nodes)
    if (n.labels[0] === 'Article')
      for (const key of [n.id, ...((n.properties.articles as string[] | undefined) ?? [])]) articleNode.set(key, n.id);
  const sentences = new Map<string, SentenceRow>();
  const remember = (e: Evidence): string => {
    const id = sentenceId(e.article, e.start);
    if (!sentences.has(id)) {
      sentences.set(id, {
        id,
        articleNode: articleNode.get(e.article) ?? `article:${e.article}`,
        properties: { article: e.article, item: e.item, start: e.start, end: e.end, text: e.sentence },
      });
    }
    return id;
  };

  const mentions = new Map<NodeLabel, MentionRow[]>();
  for (const node of doc.nodes) {
    const evidence = (node.properties.evidence ?? []) as Evidence[];
    if (evidence.length === 0) continue;
    const label = node.labels[0]!;
    const rows = new Map<string, MentionRow>();
    for (const e of evidence) {
      const end = remember(e);
      const id = `${node.id} ${end} ${e.surface}`;
      rows.set(id, { id, start: node.id, end, properties: { surface: e.surface, ...surfaceSpan(e) } });
    }
    const group = mentions.get(label) ?? [];
    group.push(...[...rows.values()].sort((a, b) => byKey(a.id, b.id)));
    mentions.set(label, group);
  }

  const relationships = new Map<string, Pick<StoredRelProvenance, 'sentences' | 'surfaces'>>();
  for (const rel of doc.relationships) {
    const evidence = (rel.properties.evidence ?? []) as Evidence[];
    evidence.forEach(remember);
    const pairs = pairsOf(evidence);
    relationships.set(rel.id, { sentences: pairs.map(([s]) => s), surfaces: pairs.map(([, surface]) => surface) });
  }

  return { sentences: [...sentences.values()].sort((a, b) => byKey(a.id, b.id)), mentions, relationships };
}
