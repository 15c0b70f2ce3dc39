/** Taking data out: the articles a `--replace` reloads, or everything the project loaded (`--clear`). */
import type { Driver } from 'neo4j-driver';
import { sentenceId } from '../../model';
import { loadCypher } from '../../db/cypher-files';
import { toCypherParams } from '../../db/records';
import { numberAt, writeBatch, type BatchContext } from './batches';
import { deriveProperties, seedsOfArticles } from './derive';
import { clearAllFingerprints } from './fingerprint';
import type { BatchRef } from './errors';
import { emptySummary, type LoadSummary } from './summary';

type Removed = NonNullable<LoadSummary['removed']>;

/**
 * The ids of an article's sentences begin with this (model/schema.ts sentenceId, followed by the start
 * offset). Built from the same function that made the ids, so the two cannot drift apart.
 */
export function sentencePrefix(article: string): string {
  return sentenceId(article, 0).slice(0, -1);
}

/** Repeats a batch statement that stops matching what it processed, until it touches nothing. */
async function drain(
  ctx: BatchContext,
  ref: Omit<BatchRef, 'index'>,
  statement: string,
  params: Record<string, unknown>,
) {
  const totals = { touched: 0, nodesDeleted: 0, relationshipsDeleted: 0 };
  for (let index = 1; ; index++) {
    const result = await writeBatch(ctx, { ...ref, index }, statement, params);
    const touched = numberAt(result, 'touched');
    if (touched === 0) return totals;
    const counters = result.summary.counters.updates();
    totals.touched += touched;
    totals.nodesDeleted += counters.nodesDeleted;
    totals.relationshipsDeleted += counters.relationshipsDeleted;
    ctx.onProgress?.({ phase: ref.phase, group: ref.group, done: totals.touched });
  }
}

/**
 * Takes the given articles out of everything the project loaded: out of `articles` lists and the
 * sentence lists of relationships, deleting relationships left without any article, then the articles'
 * Sentence nodes (with their mentions), then nodes left without any article. Relationships go first so
 * that a node's DETACH DELETE only removes relationships that have no article left either. First, every
 * stored fingerprint goes (pipeline/load/fingerprint.ts): the removal changes what other articles carry. Last, the
 * derived properties of what the removal may have changed are recomputed (pipeline/load/derive.ts).
 */
export async function removeArticles(ctx: BatchContext, articles: string[], batchSize: number): Promise<Removed> {
  const seeds = await seedsOfArticles(ctx, articles);
  await clearAllFingerprints(ctx);
  const params = { articles, sentencePrefixes: articles.map(sentencePrefix), batchSize: toCypherParams(batchSize) };
  const rels = await drain(
    ctx,
    { phase: 'remove', group: 'relationships' },
    loadCypher('load/remove-articles-relationships'),
    params,
  );
  const sentences = await drain(
    ctx,
    { phase: 'remove', group: 'sentences' },
    loadCypher('load/remove-articles-sentences'),
    params,
  );
  const nodes = await drain(ctx, { phase: 'remove', group: 'nodes' }, loadCypher('load/remove-articles-nodes'), params);
  await deriveProperties(ctx, seeds, batchSize);
  return {
    nodesTouched: nodes.touched + sentences.touched,
    relationshipsTouched: rels.touched,
    nodesDeleted: nodes.nodesDeleted + sentences.nodesDeleted,
    relationshipsDeleted: rels.relationshipsDeleted + sentences.relationshipsDeleted + nodes.relationshipsDeleted,
  };
}

/**
 * Deletes every node the project loaded and its relationships, relationships first, each phase in
 * bounded transactions; returns how many nodes. Other data stays.
 */
export async function clearLoaded(driver: Driver, database: string, batchSize: number): Promise<number> {
  const ctx = { driver, database, summary: emptySummary(database, [], batchSize) };
  const params = { batchSize: toCypherParams(batchSize) };
  await drain(ctx, { phase: 'clear', group: 'relationships' }, loadCypher('load/clear-relationships'), params);
  const { touched } = await drain(ctx, { phase: 'clear', group: 'nodes' }, loadCypher('load/clear'), params);
  return touched;
}
