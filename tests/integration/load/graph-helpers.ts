/** Helpers for the loader tests: the fixture, a document cut to some articles, and a database snapshot. */
import fs from 'node:fs';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import type { Evidence, GraphDocument, GraphNode, GraphRelationship } from '../../../model';
import { toPlain } from '../../../db/records';

export const MINI = path.resolve(__dirname, '..', '..', 'fixtures', 'graphs', 'mini.json');

export function readMini(): GraphDocument {
  return JSON.parse(fs.readFileSync(MINI, 'utf8')) as GraphDocument;
}

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

export interface Snapshot {
  nodes: Record<string, { labels: string[]; properties: Record<string, unknown> }>;
  relationships: Record<string, { type: string; start: string; end: string; properties: Record<string, unknown> }>;
}

/**
 * Every node and relationship, keyed by id, with stored (not decoded) properties. Provenance
 * relationships have no id: they are keyed by type, ends and surface.
 */
export async function snapshot(driver: Driver): Promise<Snapshot> {
  const nodes = await driver.executeQuery(
    'MATCH (n) RETURN n.id AS id, labels(n) AS labels, properties(n) AS properties',
  );
  const rels = await driver.executeQuery(
    "MATCH (a)-[r]->(b) RETURN coalesce(r.id, type(r) + ' ' + a.id + ' ' + b.id + ' ' + coalesce(r.surface, '')) AS id, type(r) AS type, a.id AS start, b.id AS end, properties(r) AS properties",
  );
  return {
    nodes: Object.fromEntries(
      nodes.records.map((r) => [
        r.get('id'),
        { labels: r.get('labels'), properties: toPlain(r.get('properties')) as Record<string, unknown> },
      ]),
    ),
    relationships: Object.fromEntries(
      rels.records.map((r) => [
        r.get('id'),
        {
          type: r.get('type'),
          start: r.get('start'),
          end: r.get('end'),
          properties: toPlain(r.get('properties')) as Record<string, unknown>,
        },
      ]),
    ),
  };
}

/** Nodes and relationships of the domain (provenance left out: see provenanceCounts). */
export async function counts(driver: Driver): Promise<{ nodes: number; relationships: number }> {
  const { records } = await driver.executeQuery(
    "RETURN COUNT { MATCH (n) WHERE NOT n:Sentence } AS nodes, COUNT { MATCH ()-[r]->() WHERE NOT type(r) IN ['HAS_SENTENCE', 'MENTIONED_IN'] } AS relationships",
  );
  return {
    nodes: Number(toPlain(records[0]!.get('nodes'))),
    relationships: Number(toPlain(records[0]!.get('relationships'))),
  };
}

/** Sentence nodes, HAS_SENTENCE and MENTIONED_IN relationships. */
export async function provenanceCounts(
  driver: Driver,
): Promise<{ sentences: number; hasSentence: number; mentionedIn: number }> {
  const { records } = await driver.executeQuery(
    'RETURN COUNT { MATCH (s:Sentence) } AS sentences, COUNT { MATCH ()-[:HAS_SENTENCE]->() } AS hasSentence, COUNT { MATCH ()-[:MENTIONED_IN]->() } AS mentionedIn',
  );
  const n = (k: string) => Number(toPlain(records[0]!.get(k)));
  return { sentences: n('sentences'), hasSentence: n('hasSentence'), mentionedIn: n('mentionedIn') };
}

/** Empties the suite's own database (refused on any database without the suite's marker). */
export { emptyTestDatabase as emptyDatabase } from '../../support/test-database';
