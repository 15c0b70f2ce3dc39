/** `npm start`: a newcomer sees data at once, and a database holding anything is left alone. */
import fs from 'node:fs';
import type { Driver } from 'neo4j-driver';
import { loadCypher } from '../../db/cypher-files';
import { loadGraph } from './load-graph';
import { BUNDLED_GRAPH, readGraphDocument } from './read-document';
import type { LoadSummary } from './summary';

export type BundledLoad =
  { loaded: true; summary: LoadSummary } | { loaded: false; reason: 'not_empty' | 'no_bundled_graph' };

export async function loadBundledGraphIfEmpty(
  driver: Driver,
  database: string,
  file = BUNDLED_GRAPH,
): Promise<BundledLoad> {
  const { records } = await driver.executeQuery(loadCypher('load/is-empty'), {}, { database, routing: 'READ' });
  if (records[0]?.get('empty') !== true) return { loaded: false, reason: 'not_empty' };
  if (!fs.existsSync(file)) return { loaded: false, reason: 'no_bundled_graph' };
  return { loaded: true, summary: await loadGraph(driver, database, readGraphDocument(file)) };
}
