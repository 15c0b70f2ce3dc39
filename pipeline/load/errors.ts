/** Typed loader errors: tests and the CLI check the class and its fields, never the wording. */
import type { LoadSummary } from './summary';

/** The graph file or document is unusable; nothing was written. */
export class GraphDocumentError extends Error {
  readonly code = 'invalid_graph';
  constructor(
    message: string,
    readonly problems: string[] = [],
  ) {
    super(problems.length ? `${message}\n  - ${problems.join('\n  - ')}` : message);
    this.name = 'GraphDocumentError';
  }
}

/** Where a failing batch sits, so the message names it and a re-run can be checked against it. */
export interface BatchRef {
  phase: 'nodes' | 'sentences' | 'relationships' | 'remove' | 'clear' | 'derive' | 'fingerprints';
  /** 'Person', 'HOLDS_POST Person→Organization' … */
  group: string;
  /** 1-based batch number within the group, and the group's number of batches when known in advance. */
  index: number;
  of?: number;
  firstId?: string;
  lastId?: string;
}

/**
 * A batch failed after the driver's retries. Every earlier batch is committed and this one is rolled
 * back, so the database holds whole batches only; loading again (MERGE) completes the load.
 */
export class LoadBatchError extends Error {
  readonly code = 'batch_failed';
  constructor(
    readonly batch: BatchRef,
    readonly partial: LoadSummary,
    cause: unknown,
  ) {
    const ids = batch.firstId === undefined ? '' : ` (ids ${batch.firstId} … ${batch.lastId})`;
    const reason = cause instanceof Error ? cause.message : String(cause);
    super(
      `${batch.phase} batch ${batch.index}${batch.of ? `/${batch.of}` : ''} of ${batch.group}${ids} failed: ${reason}. Earlier batches are stored; run the load again to complete it.`,
      { cause },
    );
    this.name = 'LoadBatchError';
  }
}
