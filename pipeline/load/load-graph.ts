/**
 * Loads a graph document into Neo4j: schema, then (with `replace`) the document's articles taken out,
 * then nodes by label and relationships by type in batches of UNWIND … MERGE on ids.
 */
import type { Driver } from 'neo4j-driver';
import type { GraphDocument } from '../../model';
import { applySchema } from '../../db/schema';
import { batchesOf, numberAt, writeBatch, type BatchContext, type ProgressEvent } from './batches';
import { deriveProperties } from './derive';
import { GraphDocumentError, LoadBatchError } from './errors';
import { planLoad } from './plan';
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

  for (const { label, rows } of plan.nodes) {
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
    plan.sentences,
    (n, changed, created) => addTally(summary.nodes, 'Sentence', n, changed, created),
  );
  for (const { label, rows } of plan.mentions) {
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
  for (const { type, start, end, rows } of plan.relationships) {
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

  // Derived properties of what was written and of everything under it (pipeline/load/derive.ts).
  summary.derived = await deriveProperties(
    ctx,
    new Map(plan.nodes.map((g) => [g.label, g.rows.map((r) => r.id)])),
    batchSize,
  );

  summary.elapsedMs = Date.now() - started;
  return summary;
}
