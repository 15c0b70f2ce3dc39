/** The OpenAPI 3.1 document of the API, generated from the zod schemas the routes validate with. */
import { z } from 'zod';
import * as A from '../model/api-articles';
import * as S from '../model/api';

interface Operation {
  method: 'get' | 'post' | 'delete';
  /** OpenAPI path template, e.g. /api/nodes/{id}. */
  path: string;
  summary: string;
  pathParams?: z.ZodObject;
  query?: z.ZodObject;
  /** Name of the request body schema in components.schemas. */
  body?: string;
  /** Also accepted as multipart/form-data: the schema of its fields (the files go in `files`). */
  multipart?: z.ZodObject;
  /** Name of the response schema in components.schemas. */
  response: string;
  /** Success status (default 200); 202 for the writes that start a job. */
  status?: 200 | 202;
  /** Answered as text/event-stream, each event's data being this component. */
  events?: boolean;
  /** Needs `Authorization: Bearer <ADMIN_TOKEN>`. */
  auth?: boolean;
  errors: number[];
}

/** Response and body schemas published as named components (HierarchyEntry is recursive, so it needs a name). */
const COMPONENTS: Record<string, z.ZodType> = {
  GraphNode: S.GraphNodeSchema,
  GraphRelationship: S.GraphRelationshipSchema,
  GraphPayload: S.GraphPayloadSchema,
  ApiError: S.ApiErrorSchema,
  HealthResponse: S.HealthResponseSchema,
  ReadyResponse: S.ReadyResponseSchema,
  SearchResponse: S.SearchResponseSchema,
  NodeResponse: S.NodeResponseSchema,
  ArticleResponse: S.ArticleResponseSchema,
  QueryListResponse: S.QueryListResponseSchema,
  QueryResult: S.QueryResultSchema,
  CancelResponse: S.CancelResponseSchema,
  PathResponse: S.PathResponseSchema,
  SharedInitiativesResponse: S.SharedInitiativesResponseSchema,
  InitiativeRunnersResponse: S.InitiativeRunnersResponseSchema,
  HierarchyEntry: S.HierarchyEntrySchema,
  LeadersResponse: S.LeadersResponseSchema,
  CountiesResponse: S.CountiesResponseSchema,
  RunQueryBody: S.RunQueryBody,
  CypherBody: S.CypherBody,
  PasteArticleBody: A.PasteArticleBody,
  ArticleListResponse: A.ArticleListResponseSchema,
  ArticleMetaResponse: A.ArticleMetaResponseSchema,
  JobResponse: A.JobResponseSchema,
  JobEvent: A.JobEventSchema,
  DeleteArticleResponse: A.DeleteArticleResponseSchema,
};

const OPERATIONS: Operation[] = [
  {
    method: 'get',
    path: '/api/health',
    summary: 'Database state, version and node counts (always 200; status says degraded)',
    response: 'HealthResponse',
    errors: [],
  },
  {
    method: 'get',
    path: '/api/ready',
    summary: 'Ready to serve graph data: 200, or 503 while the database is down',
    response: 'ReadyResponse',
    errors: [],
  },
  {
    method: 'get',
    path: '/api/search',
    summary: 'Full-text search over names, aliases and pinyin, ranked',
    query: S.SearchQuery,
    response: 'SearchResponse',
    errors: [400, 503],
  },
  {
    method: 'get',
    path: '/api/nodes/{id}',
    summary: 'One node with its properties and evidence',
    pathParams: S.NodeIdPath,
    response: 'NodeResponse',
    errors: [400, 404, 503],
  },
  {
    method: 'get',
    path: '/api/nodes/{id}/neighbors',
    summary: 'The subgraph around a node, capped (truncated says so)',
    pathParams: S.NodeIdPath,
    query: S.NeighborsQuery,
    response: 'GraphPayload',
    errors: [400, 404, 503],
  },
  {
    method: 'get',
    path: '/api/articles/{id}',
    summary: 'An article with its text and items',
    pathParams: S.ArticleIdPath,
    response: 'ArticleResponse',
    errors: [400, 404, 503],
  },
  {
    method: 'get',
    path: '/api/queries',
    summary: 'The named query library with its parameters',
    response: 'QueryListResponse',
    errors: [],
  },
  {
    method: 'post',
    path: '/api/queries/{name}',
    summary: 'Run a named query; rows plus the nodes and relationships found in them',
    pathParams: S.QueryNamePath,
    body: 'RunQueryBody',
    response: 'QueryResult',
    errors: [400, 404, 408, 503],
  },
  {
    method: 'post',
    path: '/api/cypher',
    summary:
      'Run the user’s own read-only Cypher (checked with EXPLAIN, read transaction, timeout, row and size caps, rate-limited)',
    body: 'CypherBody',
    response: 'QueryResult',
    errors: [400, 408, 409, 413, 422, 429, 503],
  },
  {
    method: 'delete',
    path: '/api/cypher/{id}',
    summary:
      'Cancel a running console query by the id it was started with (same client address): its transaction is terminated in the database and its POST answers 409 query_cancelled',
    pathParams: S.CypherRunPath,
    response: 'CancelResponse',
    errors: [400, 404],
  },
  {
    method: 'get',
    path: '/api/path',
    summary: 'Shortest path between two nodes',
    query: S.PathQuery,
    response: 'PathResponse',
    errors: [400, 404, 503],
  },
  {
    method: 'get',
    path: '/api/shared-initiatives',
    summary: 'Initiatives and mechanisms run in several counties, with how many run them in each county',
    query: S.SharedInitiativesQuery,
    response: 'SharedInitiativesResponse',
    errors: [400, 503],
  },
  {
    method: 'get',
    path: '/api/initiatives/{id}/runners',
    summary: 'Who runs an initiative or mechanism (in one county, or everywhere), each with the evidence',
    pathParams: S.NodeIdPath,
    query: S.InitiativeRunnersQuery,
    response: 'InitiativeRunnersResponse',
    errors: [400, 404, 503],
  },
  {
    method: 'get',
    path: '/api/leaders',
    summary: 'The hierarchy under a place or body with the posts held there',
    query: S.LeadersQuery,
    response: 'LeadersResponse',
    errors: [400, 404, 503],
  },
  {
    method: 'get',
    path: '/api/counties',
    summary: 'County-level places, for filters',
    response: 'CountiesResponse',
    errors: [503],
  },
  {
    method: 'post',
    path: '/api/articles',
    summary:
      'Add articles: multipart files (txt, md, html, docx, zip; metadata fields apply to every file) or JSON pasted text; starts an ingest job',
    body: 'PasteArticleBody',
    multipart: A.UploadFields,
    response: 'JobResponse',
    status: 202,
    auth: true,
    errors: [400, 401, 413, 415],
  },
  {
    method: 'get',
    path: '/api/articles',
    summary: 'The stored articles with their metadata and what the graph holds from each, paged',
    query: A.ArticleListQuery,
    response: 'ArticleListResponse',
    errors: [400],
  },
  {
    method: 'get',
    path: '/api/articles/{id}/meta',
    summary: 'One stored article’s metadata and counts',
    pathParams: A.StoredArticleIdPath,
    response: 'ArticleMetaResponse',
    errors: [400, 404],
  },
  {
    method: 'delete',
    path: '/api/articles/{id}',
    summary: 'Remove an article from the store and every fact only it supports',
    pathParams: A.StoredArticleIdPath,
    response: 'DeleteArticleResponse',
    auth: true,
    errors: [400, 401, 404, 409, 503],
  },
  {
    method: 'get',
    path: '/api/jobs/{id}',
    summary: 'An ingest or rebuild job: its state and each file’s status',
    pathParams: A.JobIdPath,
    response: 'JobResponse',
    errors: [400, 404],
  },
  {
    method: 'get',
    path: '/api/jobs/{id}/events',
    summary: 'A job’s progress as Server-Sent Events (snapshot, file, state, loaded, done), closed after done',
    pathParams: A.JobIdPath,
    response: 'JobEvent',
    events: true,
    errors: [400, 404],
  },
  {
    method: 'post',
    path: '/api/rebuild',
    summary: 'Re-extract every stored article and reload the graph (after an extractor upgrade), as a job',
    response: 'JobResponse',
    status: 202,
    auth: true,
    errors: [401],
  },
  { method: 'get', path: '/api/openapi.json', summary: 'This document', response: 'OpenApiDocument', errors: [] },
];

const ERROR_TEXT: Record<number, string> = {
  400: 'Invalid input or Cypher error (message for the user; details name the field or the position)',
  401: 'A write without `Authorization: Bearer <token>` (the message says where the token is)',
  404: 'Not found',
  409: 'In conflict with a running job',
  408: 'The query ran past the timeout and was stopped',
  413: 'Request body too large (or an uploaded file, or too many files)',
  415: 'Unsupported content type',
  422: 'Query refused by the console (details.reason: write, file_access, procedure, admin, multiple_statements, too_long)',
  429: 'Too many console queries',
  503: 'The graph database is not reachable',
};

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });

function jsonSchema(schema: z.ZodType): Record<string, unknown> {
  const { $schema: _ignored, ...rest } = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as Record<
    string,
    unknown
  >;
  return rest;
}

function parameters(shape: z.ZodObject | undefined, where: 'path' | 'query') {
  return Object.entries(shape?.shape ?? {}).map(([name, field]) => {
    const schema = jsonSchema(field as z.ZodType);
    const { description, ...rest } = schema;
    return {
      name,
      in: where,
      required: where === 'path' || !(field as z.ZodType).safeParse(undefined).success,
      ...(description ? { description } : {}),
      schema: rest,
    };
  });
}

function components(): Record<string, unknown> {
  const registry = z.registry<{ id: string }>();
  for (const [id, schema] of Object.entries(COMPONENTS)) registry.add(schema, { id });
  const { schemas } = z.toJSONSchema(registry, {
    uri: (id) => `#/components/schemas/${id}`,
    unrepresentable: 'any',
  }) as { schemas: Record<string, Record<string, unknown>> };
  const out: Record<string, unknown> = {};
  for (const [id, { $schema: _s, $id: _i, ...rest }] of Object.entries(schemas)) out[id] = rest;
  out.OpenApiDocument = { type: 'object', description: 'An OpenAPI 3.1 document' };
  return out;
}

function requestBody(body: string, multipart: z.ZodObject | undefined) {
  const content: Record<string, unknown> = { 'application/json': { schema: ref(body) } };
  if (multipart) {
    const fields = jsonSchema(multipart) as { properties?: Record<string, unknown> };
    content['multipart/form-data'] = {
      schema: {
        type: 'object',
        properties: {
          files: { type: 'array', items: { type: 'string', format: 'binary' } },
          ...fields.properties,
        },
        required: ['files'],
      },
    };
  }
  return { required: true, content };
}

export function openApiDocument(): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const op of OPERATIONS) {
    const params = [...parameters(op.pathParams, 'path'), ...parameters(op.query, 'query')];
    const responses: Record<string, unknown> = {
      [op.status ?? 200]: {
        description: op.status === 202 ? 'Accepted: the job started' : 'OK',
        content: { [op.events ? 'text/event-stream' : 'application/json']: { schema: ref(op.response) } },
      },
    };
    for (const status of op.errors)
      responses[status] = {
        description: ERROR_TEXT[status],
        content: { 'application/json': { schema: ref('ApiError') } },
      };
    (paths[op.path] ??= {})[op.method] = {
      summary: op.summary,
      ...(params.length ? { parameters: params } : {}),
      ...(op.body ? { requestBody: requestBody(op.body, op.multipart) } : {}),
      ...(op.auth ? { security: [{ adminToken: [] }] } : {}),
      responses,
    };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'GovGraph API',
      version: '1.0.0',
      description:
        'Knowledge graph of Chinese grassroots-governance news. Graph responses use one shape: nodes {id, labels, properties}, relationships {id, type, start, end, properties}.',
    },
    paths,
    components: {
      schemas: components(),
      securitySchemes: {
        adminToken: {
          type: 'http',
          scheme: 'bearer',
          description: 'ADMIN_TOKEN, or the token `npm start` prints in the explorer URL (#token=…)',
        },
      },
    },
  };
}
