/**
 * The graph of the article store, and keeping Neo4j in step with it.
 *
 * Extraction resolves entities across the articles of one run (concept keys known from any article,
 * one node per real thing), so an article's facts can change when another article arrives or goes.
 * A sync therefore re-extracts every stored article (cheap: megabytes a second) and then writes only
 * what changed: each article has a fingerprint, the hash of its contribution (fingerprints() below),
 * kept in DATA_DIR/index/fingerprints.json after each load. The
 * articles whose fingerprint differs, new ones and removed ones are taken out of the graph (the
 * loader's `--replace` removal) and the nodes and relationships that carry them are loaded again, whole.
 * An article whose facts are untouched is not written at all. A full sync (`npm run rebuild`) treats
 * every article as changed; both give the same graph (tests/integration/articles/rebuild.test.ts).
 */
import crypto from 'node:crypto';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import type { GraphDocument, GraphNode, GraphRelationship } from '../../model/graph';
import { loadCypher } from '../../db/cypher-files';
import { ArticleStore, readJson, writeJsonAtomic } from '../../store';
import { stampArticles, type ArticleStamp } from '../export/article-stamps';
import { EXTRACTOR_VERSION } from '../extract/version';
import { LOADED_BY, type BatchContext } from '../load/batches';
import { loadGraph } from '../load/load-graph';
import { removeArticles } from '../load/remove';
import { emptySummary, type LoadSummary } from '../load/summary';
import { extractGraph } from '../run';
import type { Problem, SourceText } from '../types';

export interface StoreDocument {
  doc: GraphDocument;
  /** Problems of single articles (one that could not be segmented is left out, the others go on). */
  problems: Problem[];
}

/** Every stored article (sorted by id, as a folder run is) → one graph document, with the store's metadata. */
export function documentFromStore(store: ArticleStore): StoreDocument {
  const metas = store.list();
  const sources: SourceText[] = metas.map((m) => ({ id: m.id, source: m.source, text: store.text(m.id) }));
  const problems: Problem[] = [];
  const doc = extractGraph(sources, problems);
  const stamps = new Map<string, ArticleStamp>(
    metas.map((m) => [m.id, { date: m.date, url: m.url, outlet: m.outlet, county: m.county }]),
  );
  return { doc: stampArticles(doc, stamps, EXTRACTOR_VERSION), problems };
}

const sha = (s: string) => crypto.createHash('sha256').update(s).digest('hex');

/**
 * Per article: the hash of its contribution, i.e. of every node and relationship carrying it (their
 * identity and properties, without the provenance lists) with the evidence read in this article. A new
 * article that mentions the same county adds its own evidence to the county's node without changing
 * the other articles' contributions; a change of the node's properties changes every carrier's.
 */
export function fingerprints(doc: GraphDocument): Map<string, string> {
  const parts = new Map<string, string[]>();
  for (const item of [...doc.nodes, ...doc.relationships]) {
    const { articles = [], evidence = [], ...properties } = item.properties;
    const base = sha(JSON.stringify({ ...item, properties }));
    for (const a of articles) {
      let list = parts.get(a);
      if (!list) parts.set(a, (list = []));
      list.push(base + sha(JSON.stringify(evidence.filter((e) => e.article === a))));
    }
  }
  return new Map([...parts].map(([a, hs]) => [a, sha(hs.sort().join(''))]));
}

/**
 * The part of a document to load again after taking articles out: the nodes that carry a written
 * article or that the removal may have deleted (`touched`: nodes that carried a taken-out article; a
 * node's DETACH DELETE takes relationships other articles carry with it), every relationship carrying a
 * written article or touching one of those nodes, and the end nodes those relationships need.
 */
export function documentOf(
  doc: GraphDocument,
  articles: ReadonlySet<string>,
  touched: ReadonlySet<string> = new Set(),
): GraphDocument {
  const carries = (x: GraphNode | GraphRelationship) => (x.properties.articles ?? []).some((a) => articles.has(a));
  const kept = new Set(doc.nodes.filter((n) => carries(n) || touched.has(n.id)).map((n) => n.id));
  const relationships = doc.relationships.filter((r) => carries(r) || kept.has(r.start) || kept.has(r.end));
  for (const r of relationships) kept.add(r.start).add(r.end);
  const nodes = doc.nodes.filter((n) => kept.has(n.id));
  return { ...doc, nodes, relationships, problems: [] };
}

export interface LoadedState {
  articles: string[];
  nodes: number;
  relationships: number;
}

export async function loadedState(driver: Driver, database: string): Promise<LoadedState> {
  const { records } = await driver.executeQuery(
    loadCypher('load/loaded-articles'),
    { marker: LOADED_BY },
    { database, routing: 'READ' },
  );
  const r = records[0]!;
  return {
    articles: (r.get('articles') as string[]).sort(),
    nodes: Number(r.get('nodes')),
    relationships: Number(r.get('relationships')),
  };
}

async function nodesOf(driver: Driver, database: string, articles: string[]): Promise<Set<string>> {
  const { records } = await driver.executeQuery(
    loadCypher('load/nodes-of-articles'),
    { articles, marker: LOADED_BY },
    { database, routing: 'READ' },
  );
  return new Set(records[0]?.get('ids') as string[]);
}

export interface SyncResult {
  /** Articles whose facts were (re)written, and articles taken out because the store no longer has them. */
  written: string[];
  removed: string[];
  /** Stored articles the graph holds now. */
  loaded: string[];
  full: boolean;
  /** Net change of the project's nodes and relationships. */
  added: { nodes: number; relationships: number };
  problems: Problem[];
  summary?: LoadSummary;
  extractMs: number;
  loadMs: number;
}

const FINGERPRINTS = path.join('index', 'fingerprints.json');

export interface SyncOptions {
  /** Re-write every article (rebuild), whatever the fingerprints say. */
  full?: boolean;
  batchSize?: number;
  /** Apply cypher/schema.cypher first (default true; a long-running writer does it once). */
  applySchema?: boolean;
  /** Called once the store is extracted, before anything is written. */
  onExtracted?: () => void;
}

/**
 * Brings the graph in step with the store. Throws the driver's error when Neo4j is unreachable; nothing
 * is recorded then, so the next sync redoes the same work (the loader's MERGE makes that safe).
 */
export async function syncGraph(
  driver: Driver,
  database: string,
  store: ArticleStore,
  options: SyncOptions = {},
): Promise<SyncResult> {
  const t0 = Date.now();
  const { doc, problems } = documentFromStore(store);
  const next = fingerprints(doc);
  const extractMs = Date.now() - t0;
  options.onExtracted?.();

  const before = await loadedState(driver, database);
  const file = path.join(store.dataDir, FINGERPRINTS);
  const saved = new Map(Object.entries((readJson(file) as Record<string, string> | undefined) ?? {}));
  // The fingerprints describe the graph only if it holds exactly their articles (not after a --clear,
  // a new database, or a load interrupted before the fingerprints were saved).
  const trusted = !options.full && saved.size === before.articles.length && before.articles.every((a) => saved.has(a));
  const stored = new Set(store.list().map((m) => m.id));
  const removed = before.articles.filter((a) => !next.has(a));
  const written = [...next.keys()].filter((a) => !trusted || saved.get(a) !== next.get(a)).sort();

  let summary: LoadSummary | undefined;
  const batchSize = options.batchSize ?? 1000;
  // An article the graph does not hold yet has nothing to take out.
  const loadedBefore = new Set(before.articles);
  const takeOut = [...written.filter((a) => loadedBefore.has(a)), ...removed];
  let touched = new Set<string>();
  if (takeOut.length) {
    touched = await nodesOf(driver, database, takeOut);
    const ctx: BatchContext = { driver, database, summary: emptySummary(database, [], batchSize) };
    await removeArticles(ctx, takeOut, batchSize);
  }
  if (written.length || touched.size) {
    const part = documentOf(doc, new Set(written), touched);
    if (part.nodes.length)
      summary = await loadGraph(driver, database, part, { batchSize, applySchema: options.applySchema });
  }
  writeJsonAtomic(file, Object.fromEntries(next));
  const after = await loadedState(driver, database);
  return {
    written,
    removed,
    loaded: after.articles.filter((a) => stored.has(a)),
    full: !trusted,
    added: { nodes: after.nodes - before.nodes, relationships: after.relationships - before.relationships },
    problems,
    summary,
    extractMs,
    loadMs: Date.now() - t0 - extractMs,
  };
}
