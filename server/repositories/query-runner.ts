/**
 * Runs Cypher for the API: every query in its own session (closed on every path), in a READ
 * transaction with a timeout, streamed so that a row cap and a size cap stop it early.
 */
import neo4j, { Driver, Record as Neo4jRecord } from 'neo4j-driver';
import type { QueryResult } from '../../model';
import type { DatabaseConfig } from '../../db/config';
import { translateDriverError, type TextShift } from '../../db/neo4j-errors';
import { nodeIds, recordsToGraph, recordToRow, toCypherParams } from '../../db/records';

export interface RunLimits {
  timeoutMs: number;
  maxRows: number;
  maxBytes: number;
}

/** The bounds of every user query, from the configuration. */
export function runLimits(
  config: Pick<DatabaseConfig, 'QUERY_TIMEOUT_MS' | 'QUERY_MAX_ROWS' | 'QUERY_MAX_RESPONSE_BYTES'>,
): RunLimits {
  return {
    timeoutMs: config.QUERY_TIMEOUT_MS,
    maxRows: config.QUERY_MAX_ROWS,
    maxBytes: config.QUERY_MAX_RESPONSE_BYTES,
  };
}

/** Transaction metadata, visible to SHOW TRANSACTIONS: how a console run is found again to terminate it. */
export type TxMetadata = Record<string, string>;

/** One operator of an EXPLAIN plan, e.g. { name: 'ProcedureCall', database: 'neo4j', details: 'db.labels() :: …' }. */
export interface PlanOperator {
  name: string;
  database?: string;
  details: string;
}

/** One of the compiler's notifications, its position in the user's text (EXPLAIN's line taken off). */
export interface PlanNotification {
  code: string;
  description: string;
  position?: { line: number; column: number; offset: number };
}

export interface QueryPlan {
  /** 'r' read, 'rw' read-write, 'w' write, 's' schema or administration (neo4j-driver's summary.queryType). */
  queryType: string;
  operators: PlanOperator[];
  notifications: PlanNotification[];
}

interface RawPlan {
  operatorType: string;
  arguments?: Record<string, unknown>;
  children?: RawPlan[];
}

/** `EXPLAIN` on a line of its own keeps the user's column numbers in Neo4j's error positions. */
const EXPLAIN_PREFIX = 'EXPLAIN\n';
const EXPLAIN_SHIFT: TextShift = { lines: 1, chars: EXPLAIN_PREFIX.length };

function notificationsOf(summary: { notifications?: unknown[] }): PlanNotification[] {
  return (summary.notifications ?? []).map((raw) => {
    const n = raw as {
      code?: string;
      description?: string;
      position?: { line?: number; column?: number; offset?: number };
    };
    const { line, column, offset } = n.position ?? {};
    const position =
      typeof line === 'number' && typeof column === 'number' && typeof offset === 'number'
        ? { line: line - EXPLAIN_SHIFT.lines, column, offset: Math.max(0, offset - EXPLAIN_SHIFT.chars) }
        : undefined;
    return { code: n.code ?? '', description: n.description ?? '', ...(position ? { position } : {}) };
  });
}

function flattenPlan(plan: RawPlan | null | undefined, out: PlanOperator[] = []): PlanOperator[] {
  if (!plan) return out;
  const [name = '', database] = plan.operatorType.split('@');
  const details = plan.arguments?.Details;
  out.push({ name, ...(database ? { database } : {}), details: typeof details === 'string' ? details : '' });
  for (const child of plan.children ?? []) flattenPlan(child, out);
  return out;
}

export class QueryRunner {
  constructor(
    private readonly driver: Driver,
    readonly database: string,
  ) {}

  private session() {
    return this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.READ });
  }

  /** Compiles the query without running it: its type and every operator of its plan. */
  async explain(
    text: string,
    params: Record<string, unknown>,
    timeoutMs: number,
    metadata?: TxMetadata,
  ): Promise<QueryPlan> {
    const session = this.session();
    try {
      const result = await session.run(`${EXPLAIN_PREFIX}${text}`, toCypherParams(params) as Record<string, unknown>, {
        timeout: timeoutMs,
        metadata,
      });
      return {
        queryType: String(result.summary.queryType),
        operators: flattenPlan((result.summary.plan || null) as RawPlan | null),
        notifications: notificationsOf(result.summary),
      };
    } catch (err) {
      throw translateDriverError(err, timeoutMs, EXPLAIN_SHIFT);
    } finally {
      await session.close();
    }
  }

  /** Runs the query and converts its records; stops at the row or size cap and says so. */
  async run(
    text: string,
    params: Record<string, unknown>,
    limits: RunLimits,
    metadata?: TxMetadata,
  ): Promise<QueryResult> {
    const started = performance.now();
    const session = this.session();
    try {
      const tx = await session.beginTransaction({ timeout: limits.timeoutMs, metadata });
      try {
        const result = tx.run(text, toCypherParams(params) as Record<string, unknown>);
        const records: Neo4jRecord[] = [];
        let bytes = 0;
        let truncated = false;
        // Breaking out of the iteration discards the rest of the stream on the server.
        for await (const record of result) {
          bytes += JSON.stringify(recordToRow(record)).length;
          if (records.length >= limits.maxRows || bytes > limits.maxBytes) {
            truncated = true;
            break;
          }
          records.push(record);
        }
        const columns = (await result.keys()).map(String);
        const ids = nodeIds(records);
        return {
          columns,
          rows: records.map((r) => recordToRow(r, ids)),
          graph: recordsToGraph(records),
          truncated,
          elapsedMs: Math.round(performance.now() - started),
        };
      } finally {
        // Nothing the API runs is meant to change the graph: roll back whatever happened.
        if (tx.isOpen()) await tx.rollback().catch(() => undefined);
      }
    } catch (err) {
      throw translateDriverError(err, limits.timeoutMs);
    } finally {
      await session.close();
    }
  }
}
