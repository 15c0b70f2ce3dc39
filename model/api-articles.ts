/**
 * The article API (issue 12): the requests and responses of `/api/articles`, `/api/jobs` and
 * `/api/rebuild` as zod schemas. The server validates with them and publishes them in
 * /api/openapi.json; the client builds against the inferred types. Imports nothing of the project's
 * other layers, so both sides can use it.
 */
import { z } from 'zod';
import { isoDate, wholeNumber } from './request-fields';

const optionalText = (name: string, max: number) =>
  z
    .string({ error: `${name} must be text` })
    .trim()
    .max(max, { error: `${name} must be at most ${max} characters` })
    .optional()
    // An empty form field means "not given".
    .transform((s) => (s ? s : undefined));

/** How an article came in: an uploaded file's format, or text pasted in the explorer. */
export const ARTICLE_FORMATS = ['txt', 'md', 'html', 'docx', 'paste'] as const;
export type ArticleFormat = (typeof ARTICLE_FORMATS)[number];

/** An article in the store: kept (stored), in the graph (loaded), or kept but its load failed. */
export const ARTICLE_STATUSES = ['stored', 'loaded', 'failed'] as const;
export type ArticleStatus = (typeof ARTICLE_STATUSES)[number];

/** Longest pasted text, in characters (a newspaper page is tens of thousands). */
export const MAX_PASTED_CHARS = 500_000;

// ---- Requests ----

/** Metadata a user may give for an article; as multipart fields it applies to every file of the request. */
export const ArticleMetadataInput = z.object({
  title: optionalText('title', 300).describe('Title; default: the document’s own title or its first line'),
  url: optionalText('url', 2000)
    .refine((u) => u === undefined || /^https?:\/\/\S+$/i.test(u), {
      error: 'url must be an http:// or https:// address',
    })
    .describe('Where the article was published'),
  date: isoDate('date').optional().describe('Publication date, YYYY-MM-DD'),
  outlet: optionalText('outlet', 200).describe('The newspaper, site or account that published it'),
  county: optionalText('county', 100).describe('The county the article is about, if given'),
});
export type ArticleMetadata = Partial<z.output<typeof ArticleMetadataInput>>;

/** POST /api/articles with a JSON body: pasted text and its metadata. */
export const PasteArticleBody = ArticleMetadataInput.extend({
  text: z
    .string({ error: 'text is required' })
    .refine((s) => s.trim().length > 0, { error: 'text must not be empty' })
    .refine((s) => s.length <= MAX_PASTED_CHARS, {
      error: `text must be at most ${MAX_PASTED_CHARS} characters; upload a file instead`,
    })
    .describe('The article’s text'),
}).strict();
export type PasteArticleRequest = z.output<typeof PasteArticleBody>;

/** POST /api/articles as multipart/form-data: the metadata fields (files go in `files`). */
export const UploadFields = ArticleMetadataInput.strict();

/** GET /api/articles */
export const ArticleListQuery = z
  .object({
    offset: wholeNumber('offset', 0, 1_000_000, 0).describe('Articles to skip'),
    limit: wholeNumber('limit', 1, 200, 50).describe('Articles in this page'),
    q: optionalText('q', 200).describe('Text in the title, outlet, url or file name'),
    county: optionalText('county', 100).describe('Only articles about this county'),
    from: isoDate('from').optional().describe('Only articles dated on or after this day'),
    to: isoDate('to').optional().describe('Only articles dated on or before this day'),
  })
  .strict();
export type ArticleListRequest = z.output<typeof ArticleListQuery>;

export const StoredArticleIdPath = z
  .object({
    id: z
      .string()
      .regex(/^[A-Za-z0-9_-]{1,100}$/, { error: 'an article id has letters, digits, _ and - only' })
      .describe('The article id (the key evidence uses, Evidence.article)'),
  })
  .strict();

export const JobIdPath = z
  .object({
    id: z
      .string()
      .regex(/^job_[a-z0-9]{1,40}$/, { error: 'a job id looks like job_…' })
      .describe('The job id'),
  })
  .strict();

// ---- Responses ----

/** A problem with one file (as the ingest stage reports it): a stable code and a message for the user. */
export const FileProblemSchema = z.object({
  code: z.string().describe('e.g. unsupported_format, empty, binary, encoding, too_large, unreadable, duplicate'),
  message: z.string(),
});
export type FileProblem = z.infer<typeof FileProblemSchema>;

/** meta.json of a stored article. */
export const ArticleMetaSchema = z.object({
  id: z.string(),
  title: z.string(),
  url: z.string().optional(),
  date: z.string().optional().describe('Publication date, YYYY-MM-DD'),
  outlet: z.string().optional(),
  county: z.string().optional(),
  format: z.enum(ARTICLE_FORMATS),
  /** The file name as uploaded (inside a zip: archive/inner path). */
  source: z.string(),
  hash: z.string().describe('sha256 of the extracted text: the same text again is a duplicate'),
  addedAt: z.string().describe('ISO timestamp'),
  extractorVersion: z.number().int().describe('The extractor that last read it (pipeline/extract/version.ts)'),
  status: z.enum(ARTICLE_STATUSES),
  /** Why the last load failed, when status is failed. */
  problem: FileProblemSchema.optional(),
});
export type ArticleMeta = z.infer<typeof ArticleMetaSchema>;

/** What the graph holds from one article. */
export const ArticleCountsSchema = z.object({
  entities: z.number().int().describe('People, bodies, places, initiatives and mechanisms it mentions'),
  relationships: z.number().int().describe('Facts (posts, runs, located-in …) read from it'),
  sentences: z.number().int().describe('Evidence sentences'),
});
export type ArticleCounts = z.infer<typeof ArticleCountsSchema>;

export const ArticleSummarySchema = ArticleMetaSchema.extend({
  /** null while the article is not in the graph, or the database is not reachable. */
  counts: ArticleCountsSchema.nullable(),
});
export type ArticleSummary = z.infer<typeof ArticleSummarySchema>;

export const ArticleListResponseSchema = z.object({
  total: z.number().int().describe('Articles matching the filters'),
  offset: z.number().int(),
  limit: z.number().int(),
  articles: z.array(ArticleSummarySchema),
});
export type ArticleListResponse = z.infer<typeof ArticleListResponseSchema>;

/** Where one file of a job stands, in order: queued → stored | duplicate | failed → extracted → loaded. */
export const FILE_STATUSES = ['queued', 'stored', 'duplicate', 'failed', 'extracted', 'loaded'] as const;
export type FileStatus = (typeof FILE_STATUSES)[number];

export const JobFileSchema = z.object({
  /** Position in the request (a zip's members follow it as name/inner-path). */
  index: z.number().int(),
  name: z.string(),
  status: z.enum(FILE_STATUSES),
  /** The stored article this file became (or, for a duplicate, the one it repeats). */
  article: z.string().optional(),
  title: z.string().optional(),
  problem: FileProblemSchema.optional(),
  warnings: z.array(z.string()).optional(),
});
export type JobFile = z.infer<typeof JobFileSchema>;

export const JOB_KINDS = ['ingest', 'rebuild'] as const;
export type JobKind = (typeof JOB_KINDS)[number];

/**
 * queued → running → done, or failed (nothing could be done); waiting_for_database while Neo4j is not
 * reachable (the stored articles are loaded when it returns).
 */
export const JOB_STATES = ['queued', 'running', 'waiting_for_database', 'done', 'failed'] as const;
export type JobState = (typeof JOB_STATES)[number];

export const JobSchema = z.object({
  id: z.string(),
  kind: z.enum(JOB_KINDS),
  state: z.enum(JOB_STATES),
  createdAt: z.string(),
  updatedAt: z.string(),
  files: z.array(JobFileSchema),
  /** Nodes and relationships the graph gained with this job (net; negative when a rebuild dropped facts). */
  added: z.object({ nodes: z.number().int(), relationships: z.number().int() }),
  /** Load attempts that found the database unreachable. */
  databaseRetries: z.number().int(),
  /** What happened, for the user (e.g. "The database was unreachable for 12 s; loaded when it returned."). */
  message: z.string().optional(),
  elapsedMs: z.number().optional(),
});
export type Job = z.infer<typeof JobSchema>;

/** 202 from POST /api/articles and POST /api/rebuild; 200 from GET /api/jobs/:id. */
export const JobResponseSchema = z.object({ job: JobSchema });
export type JobResponse = z.infer<typeof JobResponseSchema>;

/** The Server-Sent Events of GET /api/jobs/:id/events: `event:` is the type, `data:` this JSON. */
export const JOB_EVENT_TYPES = ['snapshot', 'file', 'state', 'loaded', 'done'] as const;
export const JobEventSchema = z.discriminatedUnion('type', [
  /** First event of every stream: the job as it is now (a late subscriber misses nothing). */
  z.object({ type: z.literal('snapshot'), job: JobSchema }),
  z.object({ type: z.literal('file'), file: JobFileSchema }),
  z.object({
    type: z.literal('state'),
    state: z.enum(JOB_STATES),
    message: z.string().optional(),
    retryInMs: z.number().optional(),
  }),
  z.object({ type: z.literal('loaded'), added: z.object({ nodes: z.number(), relationships: z.number() }) }),
  /** Last event: the finished job; the server closes the stream after it. */
  z.object({ type: z.literal('done'), job: JobSchema }),
]);
export type JobEvent = z.infer<typeof JobEventSchema>;

/** DELETE /api/articles/:id */
export const DeleteArticleResponseSchema = z.object({
  id: z.string(),
  removed: z.object({
    nodes: z.number().int().describe('Nodes deleted (facts only this article supported, its sentences, itself)'),
    relationships: z.number().int(),
  }),
});
export type DeleteArticleResponse = z.infer<typeof DeleteArticleResponseSchema>;

/** GET /api/articles/:id/meta: the stored article's metadata (the Article node stays at GET /api/articles/:id). */
export const ArticleMetaResponseSchema = z.object({ article: ArticleSummarySchema });
export type ArticleMetaResponse = z.infer<typeof ArticleMetaResponseSchema>;
