/**
 * Runs console queries on a few worker threads (console-worker.ts), bounded four ways:
 * - at most `size` queries at once, and `perClient` from one address (else 503 / 429 with Retry-After);
 * - a hard deadline on this side: past timeout + grace the worker is terminated and the client told;
 * - a client that disconnects, or cancels the run by the id it chose, gets its worker terminated the same way;
 * - a worker that runs out of its memory limit (one huge record) is replaced.
 * A query that finds every slot taken waits a moment (SLOT_WAIT_MS) for one to free before it is refused, so
 * that a run right after a cancel or a timeout is not told to come back later.
 * A terminated run may still be working inside Neo4j (an expression runs to its end whatever the
 * timeout), so its slot stays taken until the database shows no transaction of that run any more:
 * hostile queries cannot pile up in the database behind the API's back.
 */
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { AppError, BusyError, QueryTimeoutError, ValidationError } from '../errors';
import { log } from '../log';
import type { TransactionRepository } from '../repositories/transaction-repository';
import type { ConsoleReply, ConsoleRequest, ConsoleWorkerConfig } from './console-worker';

export interface ConsolePoolOptions {
  size: number;
  perClient: number;
  /** Heap of each worker, MB. */
  memoryMb: number;
  /** Added to the query timeout before the worker is terminated. */
  graceMs: number;
  /** Longest wait for a terminated run's transactions to leave the database. */
  drainMs: number;
  worker: ConsoleWorkerConfig;
}

/** The client went away; nobody reads this error, it only ends the run. */
class ClientGoneError extends AppError {
  constructor() {
    super('client_closed_request', 499, 'The client closed the connection before the query finished.');
  }
}

/** The client asked for its run to be stopped (DELETE /api/cypher/{id}); the POST that started it answers this. */
class QueryCancelledError extends AppError {
  constructor() {
    super('query_cancelled', 409, 'The query was cancelled.');
  }
}

const WORKER_FILE = path.join(__dirname, 'console-worker.ts');
// Workers start without the parent's TypeScript loader; tsx registers it for them.
const BOOTSTRAP = `require('tsx/cjs/api').register(); require(${JSON.stringify(WORKER_FILE)});`;

/** How long a query waits for a slot to free before it is refused as busy. */
const SLOT_WAIT_MS = 3000;

interface Slot {
  worker?: Worker;
  /** Settles when the worker has loaded and can take a query. */
  ready?: Promise<void>;
  /** Busy running, or waiting for a terminated run to leave the database. */
  taken: boolean;
}

export class ConsolePool {
  private readonly slots: Slot[];
  private readonly running = new Map<string, number>();
  /** Runs started with a client-chosen id, by that id: who started it and how to stop it. */
  private readonly cancellable = new Map<string, { client: string; stop: AbortController }>();
  private closed = false;
  /** Queries waiting for a slot, oldest first: each is called when one frees. */
  private readonly waiting: Array<() => void> = [];

  constructor(
    private readonly options: ConsolePoolOptions,
    private readonly transactions: TransactionRepository,
  ) {
    this.slots = Array.from({ length: options.size }, () => ({ taken: false }));
    // Started ahead: a worker takes a moment to load, and that moment would eat into a query's deadline.
    for (const slot of this.slots) this.workerOf(slot);
  }

  /** The query's result as JSON text, or a typed error. `id`, when given, lets the same client cancel() it. */
  async run(
    query: string,
    params: Record<string, unknown>,
    client: string,
    signal?: AbortSignal,
    id?: string,
  ): Promise<string> {
    if (id !== undefined && this.cancellable.has(id))
      throw new ValidationError(`A query with id ${id} is already running; choose a new id for each run.`, { id });
    const retryAfter = Math.ceil((this.options.worker.limits.timeoutMs + this.options.graceMs) / 1000);
    if ((this.running.get(client) ?? 0) >= this.options.perClient)
      throw new BusyError('client', retryAfter, this.options.perClient);
    const slot = await this.freeSlot();
    const mine = this.running.get(client) ?? 0;
    if (mine >= this.options.perClient) throw new BusyError('client', retryAfter, this.options.perClient);
    if (!slot || this.closed) throw new BusyError('server', retryAfter, this.options.size);
    slot.taken = true;
    this.running.set(client, mine + 1);
    const stop = new AbortController();
    if (id !== undefined) this.cancellable.set(id, { client, stop });
    try {
      return await this.runOn(slot, { query, params, run: randomUUID() }, signal, stop.signal);
    } finally {
      if (id !== undefined) this.cancellable.delete(id);
      const left = (this.running.get(client) ?? 1) - 1;
      if (left > 0) this.running.set(client, left);
      else this.running.delete(client);
    }
  }

  /**
   * Stops the run `id` of this client: its worker is terminated and its transactions in the database
   * too (retire). False when no such run of this client is going on (finished, or someone else's).
   */
  cancel(id: string, client: string): boolean {
    const run = this.cancellable.get(id);
    if (!run || run.client !== client) return false;
    run.stop.abort();
    return true;
  }

  /** A free slot, waiting up to SLOT_WAIT_MS for one when all are taken. */
  private async freeSlot(): Promise<Slot | undefined> {
    const free = () => (this.closed ? undefined : this.slots.find((s) => !s.taken));
    if (free() || this.closed) return free();
    await new Promise<void>((resolve) => {
      const wake = () => {
        clearTimeout(timer);
        resolve();
      };
      const timer = setTimeout(() => {
        const k = this.waiting.indexOf(wake);
        if (k >= 0) this.waiting.splice(k, 1);
        resolve();
      }, SLOT_WAIT_MS);
      timer.unref();
      this.waiting.push(wake);
    });
    return free();
  }

  /** The slot is free again: the oldest waiting query may take it. */
  private release(slot: Slot): void {
    slot.taken = false;
    this.waiting.shift()?.();
  }

  private workerOf(slot: Slot): Worker {
    if (!slot.worker) {
      slot.worker = new Worker(BOOTSTRAP, {
        eval: true,
        workerData: this.options.worker,
        resourceLimits: { maxOldGenerationSizeMb: this.options.memoryMb, maxYoungGenerationSizeMb: 32 },
      });
      slot.worker.unref();
      const worker = slot.worker;
      slot.ready = new Promise<void>((resolve, reject) => {
        const onMessage = (m: { ready?: boolean }) => {
          if (!m.ready) return;
          worker.off('message', onMessage).off('error', reject);
          resolve();
        };
        worker.on('message', onMessage).once('error', reject);
      });
      slot.ready.catch(() => undefined);
    }
    return slot.worker;
  }

  private async runOn(
    slot: Slot,
    request: ConsoleRequest,
    signal: AbortSignal | undefined,
    stop: AbortSignal,
  ): Promise<string> {
    const worker = this.workerOf(slot);
    try {
      await slot.ready;
    } catch (err) {
      slot.worker = undefined;
      this.release(slot);
      log.error('console worker failed to start', { error: err instanceof Error ? err.message : String(err) });
      throw new AppError('internal_error', 500, 'Something went wrong on the server. The error has been logged.');
    }
    const { timeoutMs } = this.options.worker.limits;
    return new Promise<string>((resolve, reject) => {
      const settle = (outcome: { json: string } | { error: unknown }, terminate: boolean) => {
        clearTimeout(deadline);
        signal?.removeEventListener('abort', onAbort);
        stop.removeEventListener('abort', onStop);
        worker.off('message', onMessage).off('error', onError).off('exit', onExit);
        if (terminate) this.retire(slot, worker, request.run);
        else this.release(slot);
        if ('json' in outcome) resolve(outcome.json);
        else reject(outcome.error);
      };
      const onMessage = (reply: ConsoleReply | { ready: true }) => {
        if ('ready' in reply) return;
        if (reply.ok) return settle({ json: reply.json }, false);
        // The reason only: the query text may hold what the user would not want in a log.
        if ('error' in reply && reply.error.code === 'query_refused')
          log.info('console query refused', { reason: reply.error.details?.reason, length: request.query.length });
        if ('error' in reply)
          return settle(
            { error: new AppError(reply.error.code, reply.error.status, reply.error.message, reply.error.details) },
            false,
          );
        log.error('console worker failed', { error: reply.internal });
        settle(
          {
            error: new AppError(
              'internal_error',
              500,
              'Something went wrong on the server. The error has been logged.',
            ),
          },
          false,
        );
      };
      const onError = (err: Error & { code?: string }) => {
        const tooLarge = err.code === 'ERR_WORKER_OUT_OF_MEMORY';
        if (!tooLarge) log.error('console worker crashed', { error: err.message });
        settle(
          {
            error: tooLarge
              ? new AppError(
                  'query_too_large',
                  422,
                  'The result is too large to send. Add a LIMIT, or return fewer or smaller values.',
                )
              : new AppError('internal_error', 500, 'Something went wrong on the server. The error has been logged.'),
          },
          true,
        );
      };
      const onExit = () =>
        settle(
          {
            error: new AppError(
              'internal_error',
              500,
              'Something went wrong on the server. The error has been logged.',
            ),
          },
          true,
        );
      const onAbort = () => settle({ error: new ClientGoneError() }, true);
      const onStop = () => settle({ error: new QueryCancelledError() }, true);
      const deadline = setTimeout(
        () => settle({ error: new QueryTimeoutError(timeoutMs) }, true),
        timeoutMs + this.options.graceMs,
      );
      worker.on('message', onMessage).on('error', onError).on('exit', onExit);
      signal?.addEventListener('abort', onAbort, { once: true });
      stop.addEventListener('abort', onStop, { once: true });
      if (signal?.aborted) return onAbort();
      if (stop.aborted) return onStop();
      worker.postMessage(request);
    });
  }

  /** Ends a worker and frees its slot once the database no longer runs anything of that run. */
  private retire(slot: Slot, worker: Worker, run: string): void {
    slot.worker = undefined;
    void worker.terminate();
    void this.drain(run).finally(() => {
      if (!this.closed) this.workerOf(slot);
      this.release(slot);
    });
  }

  private async drain(run: string): Promise<void> {
    const until = Date.now() + this.options.drainMs;
    try {
      for (;;) {
        const open = await this.transactions.openOf(run);
        if (!open.length || this.closed) return;
        await this.transactions.terminate(open);
        if (Date.now() > until) {
          log.warn('console run still in the database after termination', { run, transactions: open.length });
          return;
        }
        await new Promise((r) => setTimeout(r, 250));
      }
    } catch (err) {
      // Listing transactions may be forbidden (a restricted user): hold the slot for one timeout instead.
      log.warn('could not list console transactions', { error: err instanceof Error ? err.message : String(err) });
      await new Promise((r) => setTimeout(r, this.options.worker.limits.timeoutMs));
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.slots.map((s) => s.worker?.terminate()));
  }
}
