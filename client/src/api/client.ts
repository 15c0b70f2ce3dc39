/**
 * Typed client of the GovGraph HTTP API (model/api.ts). Every failure becomes an ApiError with
 * the server's stable code, its user message and details (e.g. a syntax error's position), so
 * panels can show it in place; a failed fetch becomes code 'network'.
 */
import type {
  InitiativeRunnersResponse,
  ApiErrorBody,
  ArticleResponse,
  CancelResponse,
  CountiesResponse,
  CypherRequest,
  LeadersResponse,
  NodeResponse,
  PathResponse,
  QueryListResponse,
  QueryResult,
  SearchResponse,
  SharedInitiativesResponse,
} from '../../../model/api';
import type { GraphPayload } from '../../../model/graph';

export class ApiError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly status: number,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

function isErrorBody(body: unknown): body is ApiErrorBody {
  const error = (body as ApiErrorBody | null)?.error;
  return (
    typeof error === 'object' && error !== null && typeof error.code === 'string' && typeof error.message === 'string'
  );
}

/** `init.body` as a string is JSON; FormData goes as multipart (the browser sets its boundary). */
export async function request<T>(
  path: string,
  init: RequestInit & { headers?: Record<string, string> } = {},
): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, {
      ...init,
      headers: {
        accept: 'application/json',
        ...(typeof init.body === 'string' ? { 'content-type': 'application/json' } : {}),
        ...init.headers,
      },
    });
  } catch (err) {
    if ((err as Error).name === 'AbortError') throw err;
    throw new ApiError('network', (err as Error).message, 0);
  }
  const text = await response.text();
  let body: unknown;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {
    body = undefined;
  }
  if (!response.ok) {
    if (isErrorBody(body)) throw new ApiError(body.error.code, body.error.message, response.status, body.error.details);
    const code =
      response.status === 429 ? 'rate_limited' : response.status >= 500 ? 'internal_error' : 'invalid_request';
    throw new ApiError(code, `HTTP ${response.status}`, response.status);
  }
  if (body === undefined)
    throw new ApiError('internal_error', 'The server sent an empty or malformed answer.', response.status);
  return body as T;
}

export function query(params: Record<string, string | number | readonly string[] | undefined | null>): string {
  const p = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || value === null) continue;
    if (Array.isArray(value)) {
      if (value.length) p.set(key, value.join(','));
    } else p.set(key, String(value));
  }
  const s = p.toString();
  return s ? `?${s}` : '';
}

const id = encodeURIComponent;

export const api = {
  search: (q: string, opts: { labels?: readonly string[]; limit?: number; signal?: AbortSignal } = {}) =>
    request<SearchResponse>(`/api/search${query({ q, labels: opts.labels, limit: opts.limit })}`, {
      signal: opts.signal,
    }),
  node: (nodeId: string) => request<NodeResponse>(`/api/nodes/${id(nodeId)}`),
  neighbors: (nodeId: string, opts: { depth?: number; limit?: number; types?: readonly string[] } = {}) =>
    request<GraphPayload>(
      `/api/nodes/${id(nodeId)}/neighbors${query({ depth: opts.depth, limit: opts.limit, types: opts.types })}`,
    ),
  article: (articleId: string) => request<ArticleResponse>(`/api/articles/${id(articleId)}`),
  queries: () => request<QueryListResponse>('/api/queries'),
  runNamed: (name: string, params: Record<string, unknown>, signal?: AbortSignal) =>
    request<QueryResult>(`/api/queries/${id(name)}`, { method: 'POST', body: JSON.stringify({ params }), signal }),
  cypher: (body: CypherRequest, signal?: AbortSignal) =>
    request<QueryResult>('/api/cypher', { method: 'POST', body: JSON.stringify(body), signal }),
  cancelCypher: (runId: string) => request<CancelResponse>(`/api/cypher/${id(runId)}`, { method: 'DELETE' }),
  path: (from: string, to: string) => request<PathResponse>(`/api/path${query({ from, to })}`),
  shared: (minCounties: number) =>
    request<SharedInitiativesResponse>(`/api/shared-initiatives${query({ minCounties })}`),
  initiativeRunners: (initiativeId: string, county: string) =>
    request<InitiativeRunnersResponse>(`/api/initiatives/${id(initiativeId)}/runners${query({ county })}`),
  leaders: (scope: string) => request<LeadersResponse>(`/api/leaders${query({ scope })}`),
  counties: () => request<CountiesResponse>('/api/counties'),
};
