/**
 * The HTTP API's requests and responses as zod schemas, with the TypeScript types inferred from them:
 * the routes validate requests with them, server/openapi.ts derives /api/openapi.json from them, and
 * the client builds against the inferred types (type-only imports, so zod stays out of the bundle).
 */
import { z } from 'zod';
import { type GraphNode, type GraphPayload, type GraphRelationship } from './graph';
import { NODE_LABELS, QUERY_PARAMETER_TYPES, REL_TYPES, STORED_LABELS } from './schema';
import { isoDate, wholeNumber } from './request-fields';

const ID_MAX = 200;
const TEXT_MAX = 200;
const PARAM_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

function requiredText(name: string, max = TEXT_MAX) {
  return z
    .string({ error: `${name} is required (text, given once)` })
    .trim()
    .min(1, { error: `${name} must not be empty` })
    .max(max, { error: `${name} must be at most ${max} characters` });
}

/** `Person,Place` → ['Person', 'Place'], each checked against the allowed values. */
function commaList<const T extends readonly [string, ...string[]]>(name: string, values: T) {
  return z
    .string({ error: `${name} must be a comma-separated list, given once` })
    .max(500, { error: `${name} is too long` })
    .transform((s) =>
      s
        .split(',')
        .map((x) => x.trim())
        .filter(Boolean),
    )
    .pipe(z.array(z.enum(values, { error: `${name} may contain only ${values.join(', ')}` })));
}

// ---- Requests ----

export const SearchQuery = z
  .object({
    q: requiredText('q').describe('Search text: Chinese (whole or partial names), pinyin, initials or a code'),
    labels: commaList('labels', NODE_LABELS)
      .optional()
      .describe(`Only these labels, comma-separated (${NODE_LABELS.join(', ')})`),
    limit: wholeNumber('limit', 1, 100, 20).describe('Maximum number of hits'),
  })
  .strict();

export const NodeIdPath = z.object({ id: requiredText('id', ID_MAX).describe('The node id') }).strict();

export const ArticleIdPath = z
  .object({
    id: requiredText('id', ID_MAX).describe(
      'The Article node id, or the article key that evidence names (Evidence.article)',
    ),
  })
  .strict();

export const NeighborsQuery = z
  .object({
    depth: wholeNumber('depth', 1, 3, 1).describe('How many hops from the node'),
    limit: wholeNumber('limit', 1, 1000, 200).describe(
      'Maximum number of nodes, the centre included; the answer says when it was truncated',
    ),
    types: commaList('types', REL_TYPES)
      .optional()
      .describe(`Only these relationship types, comma-separated (${REL_TYPES.join(', ')})`),
  })
  .strict();

export const PathQuery = z
  .object({
    from: requiredText('from', ID_MAX).describe('Id or exact name of the first node'),
    to: requiredText('to', ID_MAX).describe('Id or exact name of the second node'),
    maxLength: wholeNumber('maxLength', 1, 10, 6).describe('Longest path considered, in relationships'),
  })
  .strict();

export const SharedInitiativesQuery = z
  .object({
    minCounties: wholeNumber('minCounties', 1, 50, 2).describe(
      'Minimum number of counties running the initiative or mechanism',
    ),
    limit: wholeNumber('limit', 1, 500, 100).describe(
      'At most this many initiatives and mechanisms, those run in the most counties first',
    ),
  })
  .strict();

export const InitiativeRunnersQuery = z
  .object({
    county: requiredText('county').optional().describe('Only the runners in this county (its name); default: all'),
    limit: wholeNumber('limit', 1, 500, 100).describe('At most this many runners, by county and name'),
  })
  .strict();

export const LeadersQuery = z
  .object({
    scope: requiredText('scope', ID_MAX).describe('Id or exact name of a place or body'),
    asOf: isoDate('asOf').optional().describe('Posts as of this day: from the latest article on or before it'),
  })
  .strict();

export const QueryNamePath = z
  .object({
    name: z
      .string()
      .regex(/^[a-z0-9][a-z0-9-]*$/, { error: 'a query name has lower-case letters, digits and dashes only' })
      .max(100),
  })
  .strict();

/** Lists and maps inside parameter values may nest this deep; deeper would only exhaust the driver's stack. */
export const MAX_PARAM_DEPTH = 8;

/** True when lists and maps nest at most `limit` deep in a JSON value (iterative: it may nest thousands deep). */
function nestsAtMost(value: unknown, limit: number): boolean {
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length) {
    const [v, d] = stack.pop()!;
    if (v === null || typeof v !== 'object') continue;
    if (d + 1 > limit) return false;
    for (const child of Object.values(v as object)) stack.push([child, d + 1]);
  }
  return true;
}

const Params = z
  .record(
    z.string().regex(PARAM_NAME, { error: 'parameter names are letters, digits and _ (not starting with a digit)' }),
    z.unknown(),
  )
  .refine((p) => Object.keys(p).length <= 100, { error: 'at most 100 parameters' })
  .refine((p) => Object.values(p).every((v) => nestsAtMost(v, MAX_PARAM_DEPTH)), {
    error: `parameter values may nest lists and maps at most ${MAX_PARAM_DEPTH} deep`,
  });

export const RunQueryBody = z
  .object({ params: Params.optional().describe('Values of the query parameters, by name (see GET /api/queries)') })
  .strict();

/** A console run's id, chosen by the client so it can cancel the run while it waits for the answer. */
const RunId = z
  .string({ error: 'id must be text' })
  .regex(/^[A-Za-z0-9_-]{8,64}$/, { error: 'id has 8 to 64 letters, digits, _ or -' });

export const CypherBody = z
  .object({
    query: z
      .string({ error: 'query is required and must be text' })
      .refine((s) => s.trim().length > 0, { error: 'query must not be empty' })
      .describe('One read-only Cypher statement'),
    params: Params.optional().describe('Values for $parameters in the query'),
    id: RunId.optional().describe('An id the client chooses for this run, to cancel it with DELETE /api/cypher/{id}'),
  })
  .strict();

export const CypherRunPath = z.object({ id: RunId.describe('The id the run was started with') }).strict();

// ---- Responses ----

/**
 * Nodes and relationships as the API returns them. Their properties are documented loosely (the stored
 * properties of model/properties.ts, evidence and items as lists of objects) and typed by label in
 * TypeScript through GraphNode, whose property types are themselves inferred from model/properties.ts.
 */
const Properties = z.record(z.string(), z.unknown()).describe('Properties; evidence and items are lists of objects');
export const GraphNodeSchema = z.object({
  id: z.string(),
  labels: z.array(z.enum(STORED_LABELS)),
  properties: Properties,
}) as unknown as z.ZodType<GraphNode>;
export const GraphRelationshipSchema = z.object({
  id: z.string(),
  type: z.enum(REL_TYPES),
  start: z.string(),
  end: z.string(),
  properties: Properties,
}) as unknown as z.ZodType<GraphRelationship>;
export const GraphPayloadSchema: z.ZodType<GraphPayload> = z.object({
  nodes: z.array(GraphNodeSchema),
  relationships: z.array(GraphRelationshipSchema),
  truncated: z.boolean().optional().describe('True when a cap cut the subgraph short'),
});

/** Every error response body. `code` is stable and machine-readable; `message` is for the user. */
export const ApiErrorSchema = z.object({
  error: z.object({
    code: z
      .string()
      .describe('Stable machine-readable code, e.g. invalid_request, not_found, query_refused, cypher_syntax_error'),
    message: z.string().describe('For the user'),
    details: z
      .record(z.string(), z.unknown())
      .optional()
      .describe('e.g. { reason } for a refused query, { line, column, offset } for a syntax error'),
  }),
});

export const HealthResponseSchema = z.object({
  status: z.enum(['ok', 'degraded']),
  database: z.object({
    up: z.boolean(),
    uri: z.string(),
    version: z.string().optional(),
    edition: z.string().optional(),
    error: z.string().optional(),
    counts: z.record(z.string(), z.number()).optional(),
  }),
});

export const ReadyResponseSchema = z.object({ ready: z.boolean() });
export const SearchResponseSchema = z.object({
  query: z.string(),
  hits: z.array(z.object({ node: GraphNodeSchema, score: z.number() })),
});
export const NodeResponseSchema = z.object({ node: GraphNodeSchema });
export const ArticleResponseSchema = z.object({
  article: GraphNodeSchema as unknown as z.ZodType<GraphNode<'Article'>>,
});

export const QueryParameterSpecSchema = z.object({
  name: z.string(),
  type: z.enum(QUERY_PARAMETER_TYPES),
  default: z.unknown().optional(),
  description: z.string().optional(),
  descriptionZh: z.string().optional().describe('The description in Chinese (// @param:zh)'),
});
export const QuerySpecSchema = z.object({
  name: z.string(),
  title: z.object({ en: z.string(), zh: z.string() }).describe('A short title for menus (// @title, // @title:zh)'),
  description: z.object({ en: z.string(), zh: z.string() }),
  parameters: z.array(QueryParameterSpecSchema),
});
export const QueryListResponseSchema = z.object({ queries: z.array(QuerySpecSchema) });

/** What Neo4j's EXPLAIN notices about a typed query that compiles but is probably not what was meant. */
export const QUERY_WARNING_KINDS = [
  'unknown_label',
  'unknown_property',
  'unknown_relationship_type',
  'cartesian_product',
  'other',
] as const;
export const QueryWarningSchema = z.object({
  kind: z.enum(QUERY_WARNING_KINDS),
  code: z.string().describe("Neo4j's notification code, e.g. Neo.ClientNotification.Statement.UnknownLabelWarning"),
  name: z
    .string()
    .optional()
    .describe('The unknown label, property key or relationship type; the disconnected pattern of a cartesian product'),
  message: z.string().describe("Neo4j's own description (English)"),
  position: z
    .object({ line: z.number().int(), column: z.number().int(), offset: z.number().int() })
    .optional()
    .describe("Where in the user's query, line and column 1-based"),
});

export const QueryResultSchema = z.object({
  columns: z.array(z.string()),
  rows: z.array(z.record(z.string(), z.unknown())),
  graph: GraphPayloadSchema,
  truncated: z.boolean().describe('True when the row or size cap cut the result short'),
  elapsedMs: z.number(),
  warnings: z
    .array(QueryWarningSchema)
    .optional()
    .describe(
      "A typed query's EXPLAIN notifications: unknown labels, properties, relationship types, cartesian products",
    ),
});

export const CancelResponseSchema = z.object({
  id: z.string(),
  cancelled: z.literal(true).describe('The run was ended and its transaction terminated in the database'),
});

export const PathResponseSchema = z.object({ found: z.boolean(), graph: GraphPayloadSchema });

export const SharedInitiativeSchema = z.object({
  node: GraphNodeSchema.describe('The initiative or mechanism, without its derived county lists (they are `counties`)'),
  countyCount: z.number(),
  counties: z.array(
    z.object({
      county: z.string(),
      runnerCount: z.number().int().describe('How many bodies or places run it in this county'),
    }),
  ),
});
export const SharedInitiativesResponseSchema = z
  .object({
    minCounties: z.number(),
    counties: z.array(z.string()).describe('Every county that runs at least one initiative or mechanism'),
    initiatives: z.array(SharedInitiativeSchema),
  })
  .describe(
    'The matrix only: who runs an initiative in a county, with the evidence, is GET /api/initiatives/{id}/runners',
  );

export const InitiativeRunnersResponseSchema = z.object({
  initiative: GraphNodeSchema,
  county: z.string().nullable().describe('The county asked for; null for every county'),
  runners: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      labels: z.array(z.string()),
      county: z.string().nullable().describe("The runner's county (derived inCounty); null when unknown"),
      relationship: GraphRelationshipSchema.describe('The RUNS relationship, with its evidence'),
    }),
  ),
  truncated: z.boolean().describe('True when there are more runners than `limit`'),
});

/** The hierarchy under a place or body, with the posts held in each node (recursive, so declared by hand once). */
export interface HierarchyEntry {
  node: GraphNode;
  posts: { person: GraphNode; title: string; relationship: GraphRelationship }[];
  children: HierarchyEntry[];
}
export const HierarchyEntrySchema: z.ZodType<HierarchyEntry> = z.lazy(() =>
  z.object({
    node: GraphNodeSchema,
    posts: z.array(z.object({ person: GraphNodeSchema, title: z.string(), relationship: GraphRelationshipSchema })),
    children: z.array(HierarchyEntrySchema),
  }),
);
export const LeadersResponseSchema = z.object({
  scope: GraphNodeSchema,
  tree: HierarchyEntrySchema,
  graph: GraphPayloadSchema,
});

export const CountiesResponseSchema = z.object({ counties: z.array(z.object({ id: z.string(), name: z.string() })) });

export type ApiErrorBody = z.infer<typeof ApiErrorSchema>;
export type HealthResponse = z.infer<typeof HealthResponseSchema>;
export type SearchResponse = z.infer<typeof SearchResponseSchema>;
export type NodeResponse = z.infer<typeof NodeResponseSchema>;
export type ArticleResponse = z.infer<typeof ArticleResponseSchema>;
export type QueryParameterSpec = z.infer<typeof QueryParameterSpecSchema>;
export type QuerySpec = z.infer<typeof QuerySpecSchema>;
export type QueryListResponse = z.infer<typeof QueryListResponseSchema>;
export type QueryResult = z.infer<typeof QueryResultSchema>;
export type QueryWarning = z.infer<typeof QueryWarningSchema>;
export type QueryWarningKind = QueryWarning['kind'];
export type CancelResponse = z.infer<typeof CancelResponseSchema>;
export type PathResponse = z.infer<typeof PathResponseSchema>;
export type SharedInitiative = z.infer<typeof SharedInitiativeSchema>;
export type SharedInitiativesResponse = z.infer<typeof SharedInitiativesResponseSchema>;
export type InitiativeRunnersResponse = z.infer<typeof InitiativeRunnersResponseSchema>;
export type LeadersResponse = z.infer<typeof LeadersResponseSchema>;
export type CountiesResponse = z.infer<typeof CountiesResponseSchema>;
/** POST /api/cypher: what a client sends (before defaults). */
export type CypherRequest = z.input<typeof CypherBody>;
