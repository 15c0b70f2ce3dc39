/**
 * Ingest and rebuild jobs: what a user brings goes into the article store first (each file on its own,
 * a bad one never stops the others), then the graph is brought in step with the store (store-graph.ts).
 * Jobs run one at a time, in order, and every step is written to DATA_DIR/jobs/<id>.json, so a restart
 * finds each job where it was: files that were stored are loaded, files that were not are marked failed
 * with a message. While Neo4j is unreachable a job waits and retries with backoff; the stored articles
 * are loaded when it returns, and the job says so.
 */
import type { Driver } from 'neo4j-driver';
import type { ArticleMetadata, DeleteArticleResponse, Job, JobEvent, JobFile, JobKind } from '../../model/api-articles';
import { DatabaseUnavailableError } from '../../db/errors';
import { translateDriverError } from '../../db/neo4j-errors';
import { ArticleStore, JobStore, articleIdFor, newJobId } from '../../store';
import { EXTRACTOR_VERSION } from '../extract/version';
import { DEFAULT_UPLOAD_LIMITS, readPastedText, readUpload, type IngestedDocument } from '../ingest/read-upload';
import type { UploadLimits, UploadResult } from '../ingest/document';
import { segmentArticle } from '../segment/segment-article';
import { syncGraph, type SyncResult } from './store-graph';

export interface UploadedFile {
  name: string;
  bytes: Uint8Array;
}

export interface JobsOptions {
  store: ArticleStore;
  jobs: JobStore;
  driver: Driver;
  database: string;
  limits?: UploadLimits;
  /** Backoff while the database is unreachable: first wait, longest wait (ms). */
  retry?: { firstMs: number; maxMs: number };
  batchSize?: number;
  /** Where a job's unexpected failure is reported (the server's log). */
  onError?: (message: string, error: unknown) => void;
}

type Input = { kind: 'files'; files: UploadedFile[] } | { kind: 'text'; text: string; name: string } | { kind: 'none' };

type Listener = (event: JobEvent) => void;

/** The driver's error when the database cannot be reached (also inside a loader's batch error). */
export function isUnavailable(err: unknown): boolean {
  for (let e: unknown = err; e; e = (e as { cause?: unknown }).cause) {
    if (translateDriverError(e, 0) instanceof DatabaseUnavailableError) return true;
  }
  return false;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The job record in the API's shape. */
function newJob(kind: JobKind, files: JobFile[]): Job {
  const now = new Date().toISOString();
  return {
    id: newJobId(),
    kind,
    state: 'queued',
    createdAt: now,
    updatedAt: now,
    files,
    added: { nodes: 0, relationships: 0 },
    databaseRetries: 0,
  };
}

const extensionOf = (name: string) => /\.([A-Za-z0-9]{1,10})$/.exec(name)?.[1]?.toLowerCase() ?? '';

export class ArticleJobs {
  private queue: Promise<void> = Promise.resolve();
  private readonly live = new Map<string, Job>();
  private readonly listeners = new Map<string, Set<Listener>>();
  private closed = false;
  /** cypher/schema.cypher is applied by the first sync of this process only. */
  private schemaApplied = false;
  private readonly retry: { firstMs: number; maxMs: number };

  constructor(private readonly options: JobsOptions) {
    this.retry = options.retry ?? { firstMs: 1_000, maxMs: 30_000 };
  }

  get store(): ArticleStore {
    return this.options.store;
  }

  // ---- what the API calls ----

  submitFiles(files: UploadedFile[], metadata: ArticleMetadata): Job {
    const job = newJob(
      'ingest',
      files.map((f, index) => ({ index, name: f.name, status: 'queued' })),
    );
    return this.start(job, { kind: 'files', files }, metadata);
  }

  submitText(text: string, metadata: ArticleMetadata): Job {
    const name = metadata.title ? `${metadata.title}` : 'pasted-text';
    const job = newJob('ingest', [{ index: 0, name, status: 'queued' }]);
    return this.start(job, { kind: 'text', text, name }, metadata);
  }

  rebuild(): Job {
    return this.start(newJob('rebuild', []), { kind: 'none' }, {});
  }

  job(id: string): Job | undefined {
    return this.live.get(id) ?? this.options.jobs.get(id);
  }

  /** Calls `listener` with every event of the job from now on; returns the unsubscribe function. */
  subscribe(id: string, listener: Listener): () => void {
    let set = this.listeners.get(id);
    if (!set) this.listeners.set(id, (set = new Set()));
    set.add(listener);
    return () => set.delete(listener);
  }

  /**
   * Takes an article out of the store and its facts out of the graph (what only it supports goes;
   * what other articles also support stays). Refused with 503 before anything changes when the
   * database is not reachable.
   */
  remove(articleId: string): Promise<DeleteArticleResponse | undefined> {
    return this.enqueue(async () => {
      if (!this.store.get(articleId)) return undefined;
      try {
        await this.options.driver.verifyConnectivity({ database: this.options.database });
      } catch (e) {
        throw isUnavailable(e) ? new DatabaseUnavailableError() : e;
      }
      this.store.remove(articleId);
      const result = await this.syncWithRetry(undefined);
      return {
        id: articleId,
        removed: { nodes: -result.added.nodes, relationships: -result.added.relationships },
      };
    });
  }

  /** Resolves when every job queued so far has finished. */
  idle(): Promise<void> {
    return this.enqueue(async () => undefined);
  }

  /**
   * After a restart: jobs the last process left unfinished are completed. Files that were not stored
   * yet cannot be recovered (their bytes were in memory) and are marked failed; stored ones are loaded.
   */
  resume(): Job[] {
    const unfinished = this.options.jobs.list().filter((j) => j.state !== 'done' && j.state !== 'failed');
    for (const job of unfinished) {
      for (const f of job.files)
        if (f.status === 'queued') {
          f.status = 'failed';
          f.problem = {
            code: 'interrupted',
            message: 'The server stopped before this file was stored; add it again.',
          };
        }
      job.message = 'The server restarted during this job; it was resumed.';
      this.live.set(job.id, job);
      this.save(job);
      this.enqueue(() => this.finish(job));
    }
    return unfinished;
  }

  /** Brings the graph in step with the store (at start: the bundled corpus, articles left unloaded). */
  sync(full = false): Promise<SyncResult> {
    return this.enqueue(() => this.syncWithRetry(undefined, full));
  }

  async close(): Promise<void> {
    this.closed = true;
    await this.queue.catch(() => undefined);
  }

  // ---- running ----

  private enqueue<T>(work: () => Promise<T>): Promise<T> {
    const run = this.queue.then(work);
    this.queue = run.then(
      () => undefined,
      () => undefined,
    );
    return run;
  }

  private start(job: Job, input: Input, metadata: ArticleMetadata): Job {
    this.live.set(job.id, job);
    this.save(job);
    void this.enqueue(async () => {
      try {
        this.setState(job, 'running');
        if (input.kind !== 'none') await this.storeInputs(job, input, metadata);
        await this.finish(job);
      } catch (e) {
        this.fail(job, e);
      }
    });
    return job;
  }

  private async storeInputs(job: Job, input: Exclude<Input, { kind: 'none' }>, metadata: ArticleMetadata) {
    const hashes = new Map(this.store.list().map((m) => [m.hash, m.id]));
    const inputs =
      input.kind === 'text'
        ? [
            {
              index: 0,
              name: input.name,
              read: () => Promise.resolve(readPastedText(input.text, input.name, this.limits)),
              bytes: undefined,
            },
          ]
        : input.files.map((f, index) => ({
            index,
            name: f.name,
            read: () => readUpload(f, this.limits),
            bytes: f.bytes,
          }));
    for (const item of inputs) {
      let result: UploadResult;
      try {
        result = await item.read();
      } catch (e) {
        result = {
          documents: [],
          problems: [
            { source: item.name, code: 'unreadable', message: `The file could not be read: ${(e as Error).message}` },
          ],
        };
      }
      const entries: JobFile[] = [];
      for (const p of result.problems) {
        entries.push({
          index: item.index,
          name: p.source,
          status: p.code === 'duplicate' ? 'duplicate' : 'failed',
          problem: { code: p.code, message: p.message },
        });
      }
      for (const doc of result.documents) {
        const single = result.documents.length === 1 && doc.name === item.name;
        entries.push(this.storeDocument(item.index, doc, metadata, hashes, single ? item.bytes : undefined));
      }
      // One entry per file, or a zip's members in its place.
      const at = job.files.findIndex((f) => f.index === item.index && f.status === 'queued');
      job.files.splice(at < 0 ? job.files.length : at, at < 0 ? 0 : 1, ...entries);
      this.save(job);
      for (const file of entries) this.emit(job, { type: 'file', file });
    }
  }

  private get limits(): UploadLimits {
    return this.options.limits ?? DEFAULT_UPLOAD_LIMITS;
  }

  private storeDocument(
    index: number,
    doc: IngestedDocument,
    metadata: ArticleMetadata,
    hashes: Map<string, string>,
    original: Uint8Array | undefined,
  ): JobFile {
    const seen = hashes.get(doc.hash);
    if (seen)
      return {
        index,
        name: doc.name,
        status: 'duplicate',
        article: seen,
        problem: {
          code: 'duplicate',
          message: `The same text is already stored as article ${seen}; it was not added again.`,
        },
      };
    const id = articleIdFor(doc.hash);
    const title =
      metadata.title ?? doc.title ?? segmentArticle({ id, source: doc.name, text: doc.text }).title ?? doc.name;
    try {
      this.store.add({
        meta: {
          id,
          title,
          url: metadata.url ?? doc.url,
          date: metadata.date ?? doc.date,
          outlet: metadata.outlet ?? doc.outlet,
          county: metadata.county,
          format: doc.format,
          source: doc.name,
          hash: doc.hash,
          extractorVersion: EXTRACTOR_VERSION,
        },
        text: doc.text,
        original: original ? { bytes: original, extension: extensionOf(doc.name) } : undefined,
      });
    } catch (e) {
      return {
        index,
        name: doc.name,
        status: 'failed',
        problem: { code: 'store_failed', message: `The article could not be stored: ${(e as Error).message}` },
      };
    }
    hashes.set(doc.hash, id);
    return {
      index,
      name: doc.name,
      status: 'stored',
      article: id,
      title,
      ...(doc.encoding && doc.encoding !== 'utf-8' ? { warnings: [`Read as ${doc.encoding}.`] } : {}),
    };
  }

  /** The load half of a job: sync the graph with the store, then report each stored file. */
  private async finish(job: Job): Promise<void> {
    const started = Date.now();
    const pending = job.files.filter((f) => f.status === 'stored' || f.status === 'extracted');
    if (pending.length || job.kind === 'rebuild') {
      this.setState(job, 'running');
      const result = await this.syncWithRetry(job, job.kind === 'rebuild');
      const loaded = new Set(result.loaded);
      const problems = new Map(result.problems.map((p) => [p.source, p]));
      for (const f of pending) {
        if (f.article && loaded.has(f.article)) f.status = 'loaded';
        else {
          f.status = 'failed';
          const p = problems.get(f.name);
          f.problem = p
            ? { code: p.code, message: p.message }
            : { code: 'not_loaded', message: 'The article is stored but its facts could not be loaded.' };
        }
        this.emit(job, { type: 'file', file: f });
      }
      job.added = result.added;
      this.emit(job, { type: 'loaded', added: result.added });
    }
    job.elapsedMs = (job.elapsedMs ?? 0) + (Date.now() - started);
    job.state = 'done';
    this.save(job);
    this.emit(job, { type: 'done', job });
    this.listeners.delete(job.id);
    this.live.delete(job.id);
  }

  /** syncGraph, waiting for the database with backoff while it is unreachable. */
  private async syncWithRetry(job: Job | undefined, full = false): Promise<SyncResult> {
    let wait = this.retry.firstMs;
    let downSince: number | undefined;
    for (;;) {
      try {
        const result = await syncGraph(this.options.driver, this.options.database, this.store, {
          full,
          batchSize: this.options.batchSize,
          applySchema: !this.schemaApplied,
          onExtracted: job ? () => this.markExtracted(job) : undefined,
        });
        // A sync that wrote nothing (an empty store at start) has not applied the schema yet.
        if (result.written.length) this.schemaApplied = true;
        this.recordStatuses(result);
        if (job && downSince !== undefined) {
          job.message = `The database was unreachable for ${Math.round((Date.now() - downSince) / 1000)} s (${job.databaseRetries} retries); the stored articles were loaded when it returned.`;
          this.setState(job, 'running', job.message);
        }
        return result;
      } catch (e) {
        if (!isUnavailable(e) || this.closed) throw e;
        downSince ??= Date.now();
        if (job) {
          job.databaseRetries += 1;
          this.setState(
            job,
            'waiting_for_database',
            'The graph database is not reachable; the stored articles will be loaded when it returns.',
            wait,
          );
        }
        await sleep(wait);
        wait = Math.min(wait * 2, this.retry.maxMs);
      }
    }
  }

  private markExtracted(job: Job): void {
    for (const f of job.files)
      if (f.status === 'stored') {
        f.status = 'extracted';
        this.emit(job, { type: 'file', file: f });
      }
    this.save(job);
  }

  /** meta.json follows the graph: loaded, or failed with the reason, and the extractor that read it. */
  private recordStatuses(result: SyncResult): void {
    const loaded = new Set(result.loaded);
    const problems = new Map(result.problems.map((p) => [p.source, p]));
    for (const meta of this.store.list()) {
      const status = loaded.has(meta.id) ? 'loaded' : 'failed';
      if (meta.status === status && meta.extractorVersion === EXTRACTOR_VERSION) continue;
      const p = problems.get(meta.source);
      this.store.update(meta.id, {
        status,
        extractorVersion: EXTRACTOR_VERSION,
        problem:
          status === 'failed' ? { code: p?.code ?? 'not_loaded', message: p?.message ?? 'Not loaded.' } : undefined,
      });
    }
  }

  private fail(job: Job, e: unknown): void {
    job.state = 'failed';
    job.message = `The job stopped: ${e instanceof Error ? e.message : String(e)}. Stored articles are kept and will be loaded by the next job or restart.`;
    this.options.onError?.('ingest job failed', e);
    this.save(job);
    this.emit(job, { type: 'done', job });
    this.listeners.delete(job.id);
    this.live.delete(job.id);
  }

  private setState(job: Job, state: Job['state'], message?: string, retryInMs?: number): void {
    job.state = state;
    if (message) job.message = message;
    this.save(job);
    this.emit(job, { type: 'state', state, ...(message ? { message } : {}), ...(retryInMs ? { retryInMs } : {}) });
  }

  private save(job: Job): void {
    job.updatedAt = new Date().toISOString();
    this.options.jobs.save(job);
  }

  private emit(job: Job, event: JobEvent): void {
    for (const l of this.listeners.get(job.id) ?? []) {
      try {
        l(event);
      } catch {
        // A listener's failure (a closed stream) is its own business.
      }
    }
  }
}
