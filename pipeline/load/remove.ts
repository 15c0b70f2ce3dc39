/** Taking data out: the articles a `--replace` reloads, or everything the project loaded (`--clear`). */
import type { Driver } from 'neo4j-driver';
import { encodeProperties } from '../../model';
import { loadCypher } from '../../db/cypher-files';
import { toCypherParams } from '../../db/records';
import { numberAt, writeBatch, type BatchContext } from './batches';
import type { BatchRef } from './errors';
import { emptySummary, type LoadSummary } from './summary';

type Removed = NonNullable<LoadSummary['removed']>;

/**
 * The stored form of an evidence entry begins with its article: canonical JSON sorts keys and `article`
 * comes first. Built with the same encoder that stored it, so the two cannot drift apart.
 */
export function evidencePrefix(article: string): string {
  const [encoded] = encodeProperties({ evidence: [{ article }] }).evidence as string[];
  return `${encoded!.slice(0, -1)},`;
}

/** Repeats a batch statement that stops matching what it processed, until it touches nothing. */
async function drain(ctx: BatchContext, ref: Omit<BatchRef, 'index'>, statement: string, params: Record<string, unknown>) {
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
 * Takes the given articles out of everything the project loaded: out of `articles` lists and evidence,
 * deleting relationships, then nodes, left without any article. Relationships go first so that a node's
 * DETACH DELETE only removes relationships that have no article left either.
 */
export async function removeArticles(ctx: BatchContext, articles: string[], batchSize: number): Promise<Removed> {
  const params = { articles, evidencePrefixes: articles.map(evidencePrefix), batchSize: toCypherParams(batchSize) };
  const rels = await drain(ctx, { phase: 'remove', group: 'relationships' }, loadCypher('load/remove-articles-relationships'), params);
  const nodes = await drain(ctx, { phase: 'remove', group: 'nodes' }, loadCypher('load/remove-articles-nodes'), params);
  return {
    nodesTouched: nodes.touched,
    relationshipsTouched: rels.touched,
    nodesDeleted: nodes.nodesDeleted,
    relationshipsDeleted: rels.relationshipsDeleted + nodes.relationshipsDeleted,
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
