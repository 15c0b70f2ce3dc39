/**
 * Loads a graph document into Neo4j: schema, then (with `replace`) the document's articles taken out,
 * then nodes by label and relationships by type in batches of UNWIND … MERGE on ids. Rows of articles
 * whose fingerprint says they are loaded as they are already are not sent (pipeline/load/fingerprint.ts).
 */
import type { Driver } from 'neo4j-driver';
import type { GraphDocument, NodeLabel } from '../../model';
import { applySchema } from '../../db/schema';
import { batchesOf, numberAt, writeBatch, type BatchContext, type ProgressEvent } from './batches';
import { deriveProperties, type Seeds } from './derive';
import { GraphDocumentError, LoadBatchError } from './errors';
import { fingerprintPlan, storeFingerprints, unchangedArticles } from './fingerprint';
import { planLoad, type LoadPlan } from './plan';
import { removeArticles } from './remove';
import {
  mergeMentionsStatement,
  mergeNodesStatement,
  mergeRelationshipsStatement,
  mergeSentencesStatement,
} from './statements';
import { addTally, emptySummary, type LoadSummary } from './summary';
import { validateGraphDocument } from './validate';

/**
 * Rows per transaction, measured with pipeline/load/measure.ts (figures in the README, "Data model"):
 * 100 → 1000 rows per batch makes a load 3–4× faster; beyond 1000 the gain is within the noise, while
 * transactions grow (an Article row carries its whole text) and a failing batch redoes more.
 */
export const DEFAULT_BATCH_SIZE = 1000;

export interface LoadOptions {
  batchSize?: number;
  /** Take the document's articles out of the database (what an earlier load of them wrote) before loading. */
  replace?: boolean;
  /** Apply cypher/schema.cypher first (default true; it is idempotent). */
  applySchema?: boolean;
  onProgress?: (event: ProgressEvent) => void;
}

/** Writes one group (a label, or a type between two labels) batch by batch, tallying as it goes. */
async function writeGroup(
  ctx: BatchContext,
  batchSize: number,
  phase: 'nodes' | 'sentences' | 'relationships',
  group: string,
  statement: string,
  rows: { id: string }[],
  tally: (rows: number, changed: number, created: number) => void,
  creates: 'nodes' | 'relationships' = phase === 'relationships' ? 'relationships' : 'nodes',
): Promise<void> {
  const batches = batchesOf(rows, batchSize);
  for (const [i, batch] of batches.entries()) {
    const ref = { phase, group, index: i + 1, of: batches.length, firstId: batch[0]!.id, lastId: batch.at(-1)!.id };
    const result = await writeBatch(ctx, ref, statement, { rows: batch });
    const found = numberAt(result, 'rows');
    // A relationship row yields nothing when an end is missing: nodes are loaded first, so only
    // something deleting them meanwhile can cause it.
    if (found < batch.length)
      throw new LoadBatchError(
        ref,
        ctx.summary,
        new Error(`${batch.length - found} row(s) did not find their start or end node`),
      );
    const counters = result.summary.counters.updates();
    tally(
      found,
      numberAt(result, 'changed'),
      creates === 'nodes' ? counters.nodesCreated : counters.relationshipsCreated,
    );
    ctx.onProgress?.({ phase, group, done: Math.min((i + 1) * batchSize, rows.length), total: rows.length });
  }
}

/** Rows left out because their article is unchanged are counted as found unchanged. */
function tallySkipped(summary: LoadSummary, plan: LoadPlan, written: LoadPlan): void {
  const skipped = (all: { rows: unknown[] }[], kept: { rows: unknown[] }[], i: number) =>
    all[i]!.rows.length - kept[i]!.rows.length;
  plan.nodes.forEach((g, i) => addTally(summary.nodes, g.label, skipped(plan.nodes, written.nodes, i), 0, 0));
  addTally(summary.nodes, 'Sentence', plan.sentences.length - written.sentences.length, 0, 0);
  plan.mentions.forEach((_, i) =>
    addTally(summary.relationships, 'MENTIONED_IN', skipped(plan.mentions, written.mentions, i), 0, 0),
  );
  plan.relationships.forEach((g, i) =>
    addTally(summary.relationships, g.type, skipped(plan.relationships, written.relationships, i), 0, 0),
  );
}

/** The nodes whose derived properties a load may have changed: those written, and the ends of relationships written. */
function seedsOf(written: LoadPlan): Seeds {
  const seeds = new Map<NodeLabel, Set<string>>();
  const add = (label: NodeLabel, id: string) => {
    let set = seeds.get(label);
    if (!set) seeds.set(label, (set = new Set()));
    set.add(id);
  };
  for (const g of written.nodes) for (const r of g.rows) add(g.label, r.id);
  for (const g of written.relationships)
    for (const r of g.rows) {
      add(g.start, r.start);
      add(g.end, r.end);
    }
  return new Map([...seeds].map(([label, ids]) => [label, [...ids]]));
}

export async function loadGraph(
  driver: Driver,
  database: string,
  document: GraphDocument,
  options: LoadOptions = {},
): Promise<LoadSummary> {
  const started = Date.now();
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  if (!Number.isInteger(batchSize) || batchSize < 1)
    throw new GraphDocumentError(`Batch size must be a positive integer, got ${batchSize}`);
  const plan = planLoad(validateGraphDocument(document));
  const summary = emptySummary(database, plan.articles, batchSize);
  const ctx: BatchContext = { driver, database, summary, onProgress: options.onProgress };

  if (options.applySchema !== false) await applySchema(driver, database);
  if (options.replace) summary.removed = await removeArticles(ctx, plan.articles, batchSize);
  const { fingerprints, without } = fingerprintPlan(plan);
  const unchanged = await unchangedArticles(ctx, fingerprints.byNode);
  summary.skippedArticles = unchanged.size;
  const written = without(unchanged);
  tallySkipped(summary, plan, written);

  for (const { label, rows } of written.nodes) {
    await writeGroup(ctx, batchSize, 'nodes', label, mergeNodesStatement(label), rows, (n, changed, created) =>
      addTally(summary.nodes, label, n, changed, created),
    );
  }
  // Provenance: the sentences once each (after the Articles they hang on), then the entities' mentions of them.
  await writeGroup(
    ctx,
    batchSize,
    'sentences',
    'Sentence',
    mergeSentencesStatement(),
    written.sentences,
    (n, changed, created) => addTally(summary.nodes, 'Sentence', n, changed, created),
  );
  for (const { label, rows } of written.mentions) {
    await writeGroup(
      ctx,
      batchSize,
      'sentences',
      `MENTIONED_IN ${label}→Sentence`,
      mergeMentionsStatement(label),
      rows,
      (n, changed, created) => addTally(summary.relationships, 'MENTIONED_IN', n, changed, created),
      'relationships',
    );
  }
  for (const { type, start, end, rows } of written.relationships) {
    const statement = mergeRelationshipsStatement(type, start, end);
    await writeGroup(
      ctx,
      batchSize,
      'relationships',
      `${type} ${start}→${end}`,
      statement,
      rows,
      (n, changed, created) => addTally(summary.relationships, type, n, changed, created),
    );
  }

  // Derived properties of what was written and of everything under it (pipeline/load/derive.ts); what
  // was skipped is as it was, and so is what depends on it.
  summary.derived = await deriveProperties(ctx, seedsOf(written), batchSize);
  await storeFingerprints(ctx, fingerprints.byNode, batchSize);

  summary.elapsedMs = Date.now() - started;
  return summary;
}
