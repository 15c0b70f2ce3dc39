/** Shapes of the HTTP API shared by server and client. */
import type { GraphPayload } from './graph';

/** Every error response body. `code` is stable and machine-readable; `message` is for the user. */
export interface ApiErrorBody {
  error: {
    code: string;
    message: string;
    /** e.g. { line, column, offset } for a Cypher syntax error, or the failing field for validation. */
    details?: Record<string, unknown>;
  };
}

export interface HealthResponse {
  status: 'ok' | 'degraded';
  database: {
    up: boolean;
    uri: string;
    version?: string;
    edition?: string;
    error?: string;
    counts?: Record<string, number>;
  };
}

export interface QueryParameterSpec {
  name: string;
  /** `fulltext`: the user's search text, turned into a full-text (Lucene) query by the server, never passed raw. */
  type: 'string' | 'fulltext' | 'integer' | 'float' | 'boolean' | 'string[]';
  default?: unknown;
  description?: string;
}

export interface QuerySpec {
  name: string;
  description: { en: string; zh: string };
  parameters: QueryParameterSpec[];
}

export interface QueryResult {
  columns: string[];
  rows: Record<string, unknown>[];
  graph: GraphPayload;
  /** True when the row cap cut the result short. */
  truncated: boolean;
  elapsedMs: number;
}

// ---- The contract between server/routes and client (issue: the Express API) ----

import type { GraphNode as _GraphNode, GraphRelationship as _GraphRelationship } from './graph';

/** GET /api/search?q=&labels=Person,Place&limit=20 */
export interface SearchResponse {
  query: string;
  hits: { node: _GraphNode; score: number }[];
}

/** GET /api/nodes/:id → the node with its properties (evidence included). */
export interface NodeResponse {
  node: _GraphNode;
}

/** GET /api/nodes/:id/neighbors?depth=1&limit=200&types=HOLDS_POST,RUNS → GraphPayload (truncated when capped). */

/** GET /api/articles/:id → the Article node: text and items, for showing a sentence in its article. */
export interface ArticleResponse {
  article: _GraphNode<'Article'>;
}

/** GET /api/queries */
export interface QueryListResponse {
  queries: QuerySpec[];
}

/** POST /api/queries/:name  body { params }  → QueryResult; POST /api/cypher body { query, params } → QueryResult */
export interface CypherRequest {
  query: string;
  params?: Record<string, unknown>;
}

/** GET /api/path?from=&to=&maxLength=6 */
export interface PathResponse {
  found: boolean;
  graph: GraphPayload;
}

/** GET /api/shared-initiatives?minCounties=2 */
export interface SharedInitiative {
  node: _GraphNode;
  countyCount: number;
  counties: {
    county: string;
    runners: { id: string; name: string; labels: string[]; relationship: _GraphRelationship }[];
  }[];
}
export interface SharedInitiativesResponse {
  minCounties: number;
  /** Every county that runs at least one initiative or mechanism, for the matrix columns. */
  counties: string[];
  initiatives: SharedInitiative[];
  graph: GraphPayload;
}

/** GET /api/leaders?scope=<name or id> : the hierarchy under a place or body with the posts held there. */
export interface HierarchyEntry {
  node: _GraphNode;
  /** People holding posts in this node. */
  posts: { person: _GraphNode; title: string; relationship: _GraphRelationship }[];
  children: HierarchyEntry[];
}
export interface LeadersResponse {
  scope: _GraphNode;
  tree: HierarchyEntry;
  graph: GraphPayload;
}

/** GET /api/counties: the county-level places, for filters. */
export interface CountiesResponse {
  counties: { id: string; name: string }[];
}
