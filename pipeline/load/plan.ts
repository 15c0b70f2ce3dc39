/**
 * A validated graph document → the rows the load statements take, grouped by label and by
 * (type, start label, end label), in the order they are written.
 */
import { DERIVED_PROPERTIES, encodeProperties, type GraphDocument, type NodeLabel, type RelType } from '../../model';
import { pinyinKeys } from '../../db/fulltext';
import { storedProvenance, type MentionRow, type SentenceRow } from '../export/provenance';
import { FINGERPRINT_PROPERTY } from './fingerprint';

/**
 * Properties the statements merge themselves instead of overwriting, and the derived ones, which the
 * loader computes afterwards (pipeline/load/derive.ts) whatever a document says, and the loader's own
 * record of what it wrote (pipeline/load/fingerprint.ts).
 */
const MERGED = new Set([
  'id',
  'articles',
  'evidence',
  'aliases',
  FINGERPRINT_PROPERTY,
  ...Object.values(DERIVED_PROPERTIES).flat(),
]);

export interface NodeRow {
  id: string;
  properties: Record<string, unknown>;
  /** null for labels without aliases (Article), so none is added to them. */
  aliases: string[] | null;
  articles: string[];
}

export interface RelationshipRow {
  id: string;
  start: string;
  end: string;
  properties: Record<string, unknown>;
  articles: string[];
  /** Ids of the Sentence nodes the relationship was read in, with the surface read in each at the same index. */
  sentences: string[];
  surfaces: string[];
}

export interface NodeGroup {
  label: NodeLabel;
  rows: NodeRow[];
}

export interface RelationshipGroup {
  type: RelType;
  start: NodeLabel;
  end: NodeLabel;
  rows: RelationshipRow[];
}

export interface MentionGroup {
  /** The label of the mentioning entities. */
  label: NodeLabel;
  rows: MentionRow[];
}

export interface LoadPlan {
  /** Every article the document draws on, sorted: what `--replace` takes out first. */
  articles: string[];
  nodes: NodeGroup[];
  /** Written after the nodes (HAS_SENTENCE needs the Article), before the mentions. */
  sentences: SentenceRow[];
  mentions: MentionGroup[];
  relationships: RelationshipGroup[];
}

const sorted = (values: Iterable<string>) => [...new Set(values)].sort();

/**
 * The articles of the list and of the evidence (the evidence itself is stored as Sentence nodes, see
 * pipeline/export/provenance.ts). An Article that names none is its own provenance, so `--replace` of it removes it.
 */
function articlesOf(props: Record<string, unknown>, ownArticle?: string): string[] {
  const evidence = (props.evidence as { article: string }[] | undefined) ?? [];
  const listed = (props.articles as string[] | undefined) ?? [];
  const named = [...listed, ...evidence.map((e) => e.article)];
  return sorted(named.length || !ownArticle ? named : [ownArticle]);
}

function scalarProperties(props: Record<string, unknown>): Record<string, unknown> {
  return encodeProperties(Object.fromEntries(Object.entries(props).filter(([k]) => !MERGED.has(k))));
}

/** Expects a document that passed validateGraphDocument. */
export function planLoad(doc: GraphDocument): LoadPlan {
  const labelOf = new Map<string, NodeLabel>();
  const nodeGroups = new Map<NodeLabel, NodeGroup>();
  const allArticles = new Set<string>();

  for (const node of doc.nodes) {
    const label = node.labels[0]!;
    labelOf.set(node.id, label);
    const props = node.properties as Record<string, unknown>;
    const articles = articlesOf(props, label === 'Article' ? node.id : undefined);
    articles.forEach((a) => allArticles.add(a));
    const properties = scalarProperties(props);
    // The full-text index reads pinyin and initials, so that Latin input finds Chinese names.
    if (typeof props.name === 'string') Object.assign(properties, pinyinKeys(props.name));
    const aliases = Array.isArray(props.aliases) ? sorted(props.aliases as string[]) : null;
    let group = nodeGroups.get(label);
    if (!group) nodeGroups.set(label, (group = { label, rows: [] }));
    group.rows.push({ id: node.id, properties, aliases, articles });
  }

  const provenance = storedProvenance(doc);
  const relGroups = new Map<string, RelationshipGroup>();
  for (const rel of doc.relationships) {
    const start = labelOf.get(rel.start)!;
    const end = labelOf.get(rel.end)!;
    const props = rel.properties as Record<string, unknown>;
    const articles = articlesOf(props);
    const { sentences, surfaces } = provenance.relationships.get(rel.id)!;
    articles.forEach((a) => allArticles.add(a));
    const key = `${rel.type} ${start} ${end}`;
    let group = relGroups.get(key);
    if (!group) relGroups.set(key, (group = { type: rel.type, start, end, rows: [] }));
    group.rows.push({
      id: rel.id,
      start: rel.start,
      end: rel.end,
      properties: scalarProperties(props),
      articles,
      sentences,
      surfaces,
    });
  }

  for (const s of provenance.sentences) allArticles.add(s.properties.article);
  return {
    articles: sorted(allArticles),
    nodes: [...nodeGroups.values()],
    sentences: provenance.sentences,
    mentions: [...provenance.mentions].map(([label, rows]) => ({ label, rows })),
    relationships: [...relGroups.values()],
  };
}
