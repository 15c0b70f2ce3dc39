/** Helpers for the loader tests: the fixture, a document cut to some articles, and a database snapshot. */
import fs from 'node:fs';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import type { GraphDocument } from '../../../model';
import { toPlain } from '../../../db/records';
import { FINGERPRINT_PROPERTY } from '../../../pipeline/load/fingerprint';

export const MINI = path.resolve(__dirname, '..', '..', 'fixtures', 'graphs', 'mini.json');

export function readMini(): GraphDocument {
  return JSON.parse(fs.readFileSync(MINI, 'utf8')) as GraphDocument;
}

export { onlyArticles } from '../../../scripts/bench/only-articles';

export interface Snapshot {
  nodes: Record<string, { labels: string[]; properties: Record<string, unknown> }>;
  relationships: Record<string, { type: string; start: string; end: string; properties: Record<string, unknown> }>;
}

/**
 * A node's properties without the loader's record of how it was loaded (an Article's fingerprint,
 * pipeline/load/fingerprint.ts): the same graph loaded at once or in parts holds different ones.
 */
export function graphProperties(p: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(p).filter(([k]) => k !== FINGERPRINT_PROPERTY));
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
        {
          labels: r.get('labels'),
          properties: graphProperties(toPlain(r.get('properties')) as Record<string, unknown>),
        },
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
