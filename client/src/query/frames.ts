/**
 * The workbench's result frames, newest first, as Neo4j Browser stacks them: each run gets a frame
 * with its own status and result, so an earlier answer stays readable while the next one runs. A
 * typed query is started under an id of the client's choosing, so cancelling it ends it on the
 * server too (DELETE /api/cypher/{id} terminates its transaction); a named query is only abandoned.
 */
import type { QueryResult } from '../../../model/api';
import { api, ApiError } from '../api/client';
import type { QueryRun } from '../state/app-state';
import { Store } from '../state/store';
import { queryMemory } from './memory';

export type FrameStatus = 'running' | 'ok' | 'error' | 'cancelled';

export interface Frame {
  /** Also the run id the server knows a typed query by. */
  key: string;
  run: QueryRun;
  status: FrameStatus;
  result?: QueryResult;
  error?: unknown;
  /** Collapsed frames keep their header only (and no graph canvas). */
  open: boolean;
}

export const MAX_FRAMES = 8;

export const frameStore = new Store<{ frames: Frame[] }>({ frames: [] });
const inFlight = new Map<string, AbortController>();

function newKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(12));
  return `q-${[...bytes].map((b) => b.toString(16).padStart(2, '0')).join('')}`;
}

function update(key: string, patch: Partial<Frame>): void {
  frameStore.set((s) => ({ frames: s.frames.map((f) => (f.key === key ? { ...f, ...patch } : f)) }));
}

function request(run: QueryRun, key: string, signal: AbortSignal): Promise<QueryResult> {
  return run.kind === 'cypher'
    ? api.cypher({ query: run.text, id: key }, signal)
    : api.runNamed(run.name, run.params, signal);
}

/** Runs the query in a new frame on top; the frames below fold away. */
export function startFrame(run: QueryRun): string {
  const key = newKey();
  const controller = new AbortController();
  inFlight.set(key, controller);
  queryMemory.remember(run);
  frameStore.set((s) => ({
    frames: [
      { key, run, status: 'running', open: true },
      ...s.frames.slice(0, MAX_FRAMES - 1).map((f) => ({ ...f, open: false })),
    ],
  }));
  request(run, key, controller.signal)
    .then(
      (result) => update(key, { status: 'ok', result }),
      (error: unknown) => {
        const cancelled = controller.signal.aborted || (error instanceof ApiError && error.code === 'query_cancelled');
        update(key, cancelled ? { status: 'cancelled' } : { status: 'error', error });
      },
    )
    .finally(() => inFlight.delete(key));
  return key;
}

/** Stops a running frame: on the server for typed Cypher, then the request itself. */
export async function cancelFrame(key: string): Promise<void> {
  const frame = frameStore.get().frames.find((f) => f.key === key);
  if (!frame || frame.status !== 'running') return;
  if (frame.run.kind === 'cypher') await api.cancelCypher(key).catch(() => undefined);
  inFlight.get(key)?.abort();
  update(key, { status: 'cancelled' });
}

export function closeFrame(key: string): void {
  void cancelFrame(key);
  frameStore.set((s) => ({ frames: s.frames.filter((f) => f.key !== key) }));
}

export function toggleFrame(key: string): void {
  frameStore.set((s) => ({ frames: s.frames.map((f) => (f.key === key ? { ...f, open: !f.open } : f)) }));
}
