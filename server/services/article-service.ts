/**
 * The articles of the store, as the API lists them (metadata from DATA_DIR, counts from the graph),
 * and the port through which the API changes them. The writer (ingest jobs, rebuild, removal) is the
 * pipeline's (pipeline/jobs); the server never imports the pipeline, so `npm start` (scripts/) hands
 * it in. Without one, reads work and writes answer 503.
 */
import type {
  ArticleListRequest,
  ArticleListResponse,
  ArticleMetadata,
  ArticleMeta,
  ArticleSummary,
  DeleteArticleResponse,
  Job,
  JobEvent,
} from '../../model/api-articles';
import { ArticleStore, JobStore } from '../../store';
import { AppError, NotFoundError } from '../errors';
import type { ArticleRepository } from '../repositories/article-repository';

export interface ArticleWriter {
  submitFiles(files: { name: string; bytes: Uint8Array }[], metadata: ArticleMetadata): Job;
  submitText(text: string, metadata: ArticleMetadata): Job;
  rebuild(): Job;
  /** A job still running (with its live state), or undefined. */
  job(id: string): Job | undefined;
  subscribe(id: string, listener: (event: JobEvent) => void): () => void;
  /** undefined when no such article is stored. */
  remove(id: string): Promise<DeleteArticleResponse | undefined>;
}

export class WritesUnavailableError extends AppError {
  constructor() {
    super(
      'writes_unavailable',
      503,
      'This server was started without the article writer (server/main.ts alone); start it with npm start to add or remove articles.',
    );
  }
}

const newestFirst = (a: ArticleMeta, b: ArticleMeta) =>
  (b.date ?? '') < (a.date ?? '') ? -1 : (b.date ?? '') > (a.date ?? '') ? 1 : b.addedAt < a.addedAt ? -1 : 1;

export class ArticleService {
  private readonly jobStore: JobStore;

  constructor(
    private readonly store: ArticleStore,
    private readonly repository: ArticleRepository,
    private readonly writer: ArticleWriter | undefined,
  ) {
    this.jobStore = new JobStore(store.dataDir);
  }

  get write(): ArticleWriter {
    if (!this.writer) throw new WritesUnavailableError();
    return this.writer;
  }

  /** Newest first (publication date, then when added); counts null while the database is unreachable. */
  async list(query: ArticleListRequest): Promise<ArticleListResponse> {
    const q = query.q?.toLowerCase();
    const matching = this.store
      .list()
      .filter(
        (m) =>
          (!q || [m.title, m.outlet, m.url, m.source, m.id].some((f) => f?.toLowerCase().includes(q))) &&
          (!query.county || m.county === query.county) &&
          (!query.from || (m.date !== undefined && m.date >= query.from)) &&
          (!query.to || (m.date !== undefined && m.date <= query.to)),
      )
      .sort(newestFirst);
    const page = matching.slice(query.offset, query.offset + query.limit);
    return { total: matching.length, offset: query.offset, limit: query.limit, articles: await this.withCounts(page) };
  }

  async meta(id: string): Promise<ArticleSummary> {
    const meta = this.store.get(id);
    if (!meta) throw new NotFoundError(`No stored article ${id}.`, { id });
    return (await this.withCounts([meta]))[0]!;
  }

  job(id: string): Job {
    const job = this.writer?.job(id) ?? this.jobStore.get(id);
    if (!job) throw new NotFoundError(`No job ${id}.`, { id });
    return job;
  }

  async remove(id: string): Promise<DeleteArticleResponse> {
    const removed = await this.write.remove(id);
    if (!removed) throw new NotFoundError(`No stored article ${id}.`, { id });
    return removed;
  }

  private async withCounts(metas: ArticleMeta[]): Promise<ArticleSummary[]> {
    let counts = new Map<string, ArticleSummary['counts']>();
    try {
      counts = await this.repository.counts(metas.map((m) => m.id));
    } catch {
      // The list comes from the store; the graph's counts are a bonus while the database is away.
    }
    return metas.map((m) => ({ ...m, counts: counts.get(m.id) ?? null }));
  }
}
