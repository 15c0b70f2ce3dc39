/**
 * A console worker: one thread with its own driver that checks and runs the user's Cypher. The API's
 * thread only passes text in and JSON out, so decoding one huge record, or a run the API gives up on,
 * never stalls the requests of other users; a worker out of memory or past its deadline is simply
 * terminated, which also closes its connection to Neo4j.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { createDriver } from '../../db/driver';
import { AppError } from '../errors';
import { QueryRunner, type RunLimits } from '../repositories/query-runner';
import { CypherConsole } from './cypher-console';

export interface ConsoleWorkerConfig {
  neo4jUri: string;
  NEO4J_USER: string;
  NEO4J_PASSWORD: string;
  database: string;
  limits: RunLimits;
}

export interface ConsoleRequest {
  query: string;
  params: Record<string, unknown>;
  /** Written into the transactions' metadata, so the pool can find them in the database. */
  run: string;
}

export type ConsoleReply =
  | { ok: true; json: string }
  | {
      ok: false;
      error: {
        code: string;
        status: number;
        message: string;
        details?: Record<string, unknown>;
        retryAfterSeconds?: number;
      };
    }
  | { ok: false; internal: string };

const config = workerData as ConsoleWorkerConfig;
const driver = createDriver({ ...config, maxConnectionPoolSize: 1 });
const cypherConsole = new CypherConsole(new QueryRunner(driver, config.database), config.limits);

parentPort!.on('message', (request: ConsoleRequest) => {
  cypherConsole
    .run(request.query, request.params, { govgraphConsoleRun: request.run })
    .then((result): ConsoleReply => ({ ok: true, json: JSON.stringify(result) }))
    .catch((err: unknown): ConsoleReply => {
      if (err instanceof AppError)
        return { ok: false, error: { code: err.code, status: err.status, message: err.message, details: err.details } };
      return { ok: false, internal: err instanceof Error ? err.message : String(err) };
    })
    .then((reply) => parentPort!.postMessage(reply));
});
// Loaded: the pool starts a query's deadline only from here.
parentPort!.postMessage({ ready: true });
