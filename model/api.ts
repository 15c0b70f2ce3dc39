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
  database: { up: boolean; uri: string; version?: string; edition?: string; error?: string; counts?: Record<string, number> };
}

export interface QueryParameterSpec {
  name: string;
  type: 'string' | 'integer' | 'float' | 'boolean' | 'string[]';
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
