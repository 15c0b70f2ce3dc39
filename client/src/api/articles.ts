/** The article endpoints (model/api-articles.ts): list, metadata, add (files or text), remove, and a job's events. */
import type {
  ArticleListResponse,
  ArticleMetadata,
  ArticleMetaResponse,
  DeleteArticleResponse,
  JobEvent,
  JobResponse,
} from '../../../model/api-articles';
import { query, request } from './client';
import { authHeader } from './token';

export interface ArticleFilter {
  q?: string;
  county?: string;
  from?: string;
  to?: string;
  offset?: number;
  limit?: number;
}

const id = encodeURIComponent;

function metadataFields(metadata: ArticleMetadata): [string, string][] {
  return Object.entries(metadata).filter((e): e is [string, string] => typeof e[1] === 'string' && e[1] !== '');
}

export const articlesApi = {
  list: (filter: ArticleFilter) =>
    request<ArticleListResponse>(`/api/articles${query({ ...filter, q: filter.q || undefined })}`),
  meta: (articleId: string) => request<ArticleMetaResponse>(`/api/articles/${id(articleId)}/meta`),
  upload(files: readonly File[], metadata: ArticleMetadata): Promise<JobResponse> {
    const body = new FormData();
    for (const [k, v] of metadataFields(metadata)) body.append(k, v);
    for (const f of files) body.append('files', f, f.name);
    return request<JobResponse>('/api/articles', { method: 'POST', body, headers: authHeader() });
  },
  paste: (text: string, metadata: ArticleMetadata) =>
    request<JobResponse>('/api/articles', {
      method: 'POST',
      body: JSON.stringify({ ...Object.fromEntries(metadataFields(metadata)), text }),
      headers: authHeader(),
    }),
  remove: (articleId: string) =>
    request<DeleteArticleResponse>(`/api/articles/${id(articleId)}`, { method: 'DELETE', headers: authHeader() }),
  job: (jobId: string) => request<JobResponse>(`/api/jobs/${id(jobId)}`),
  /** Calls `onEvent` with each Server-Sent Event of the job until its `done`; returns the function that stops listening. */
  events(jobId: string, onEvent: (event: JobEvent) => void, onLost: () => void): () => void {
    const source = new EventSource(`/api/jobs/${id(jobId)}/events`);
    const handle = (message: MessageEvent<string>) => {
      const event = JSON.parse(message.data) as JobEvent;
      // The server ends the stream after `done`; EventSource would reconnect and replay it.
      if (event.type === 'done') source.close();
      onEvent(event);
    };
    for (const type of ['snapshot', 'file', 'state', 'loaded', 'done'] as const) source.addEventListener(type, handle);
    source.onerror = () => {
      if (source.readyState === EventSource.CLOSED) onLost();
    };
    return () => source.close();
  },
};
