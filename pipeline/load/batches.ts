/** Runs the loader's write statements one batch per managed transaction. */
import neo4j, { type Driver, type EagerResult } from 'neo4j-driver';
import { toNumber } from '../../db/records';
import { LoadBatchError, type BatchRef } from './errors';
import type { LoadSummary } from './summary';

/** Written on every node and relationship the project loads, so `--replace` and `--clear` touch nothing else. */
export const LOADED_BY = 'govgraph';

export interface ProgressEvent {
  phase: BatchRef['phase'];
  group: string;
  /** Rows (or, when removing, items) processed so far in the group, and the group's total when known. */
  done: number;
  total?: number;
}

export interface BatchContext {
  driver: Driver;
  database: string;
  summary: LoadSummary;
  onProgress?: (event: ProgressEvent) => void;
}

/**
 * One batch in one write transaction. executeQuery runs it as a managed transaction: routed to a writer
 * on neo4j:// and neo4j+s:// URIs, and retried by the driver on transient errors (deadlocks, leader
 * changes). A batch that still fails is rolled back whole and named in a LoadBatchError.
 */
export async function writeBatch(
  ctx: BatchContext,
  ref: BatchRef,
  statement: string,
  params: Record<string, unknown>,
): Promise<EagerResult> {
  try {
    const result = await ctx.driver.executeQuery(
      statement,
      { ...params, marker: LOADED_BY },
      { database: ctx.database, routing: neo4j.routing.WRITE },
    );
    ctx.summary.batches += 1;
    return result;
  } catch (err) {
    throw new LoadBatchError(ref, ctx.summary, err);
  }
}

export function batchesOf<T>(rows: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
}

/** A column of the first record as a number (Cypher integers arrive as neo4j Integers). */
export function numberAt(result: EagerResult, key: string): number {
  const value = result.records[0]?.get(key) as Parameters<typeof toNumber>[0] | undefined;
  return value === undefined || value === null ? 0 : Number(toNumber(value));
}
