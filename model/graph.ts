/**
 * The one graph shape used everywhere: the extractor writes it, the loader reads it, the API returns it,
 * and the client turns it into a graphology graph. `GraphDocumentSchema` is the one check of a document:
 * the extractor's export and the loader both run it, so nothing the loader refuses can be exported.
 */
import { z } from 'zod';
import { NODE_PROPERTIES, ProvenanceSchema, REL_PROPERTIES } from './properties';
import {
  NODE_LABELS,
  REL_TYPES,
  isNodeLabel,
  isRelType,
  joinsAllowed,
  type NodeLabel,
  type NodePropertiesByLabel,
  type Provenance,
  type RelPropertiesByType,
  type RelType,
} from './schema';

export type NodeProperties<L extends NodeLabel = NodeLabel> = NodePropertiesByLabel[L] & Partial<Provenance>;
export type RelProperties<T extends RelType = RelType> = RelPropertiesByType[T] & Partial<Provenance>;

export interface GraphNode<L extends NodeLabel = NodeLabel> {
  id: string;
  labels: L[];
  properties: NodeProperties<L>;
}

export interface GraphRelationship<T extends RelType = RelType> {
  id: string;
  type: T;
  start: string;
  end: string;
  properties: RelProperties<T>;
}

export const GraphProblemSchema = z.object({
  source: z.string().describe('The file or article the problem concerns'),
  code: z.string().describe("'empty' | 'binary' | 'encoding' | 'too_large' | 'unreadable' | 'warning' …"),
  message: z.string(),
});
export type GraphProblem = z.infer<typeof GraphProblemSchema>;

export const GRAPH_FORMAT = 'govgraph/1';

export interface GraphDocument {
  /** Format version of this document, bumped on incompatible changes. */
  format: typeof GRAPH_FORMAT;
  generatedFrom?: string[];
  nodes: GraphNode[];
  relationships: GraphRelationship[];
  problems?: GraphProblem[];
}

/** A subgraph returned by the API; `truncated` says a cap cut it short. */
export interface GraphPayload {
  nodes: GraphNode[];
  relationships: GraphRelationship[];
  truncated?: boolean;
}

const provenance = ProvenanceSchema.partial().shape;
/** A node's properties by its label: unknown keys are refused, so a misspelt property cannot load silently. */
const nodeProperties = byKey(NODE_LABELS, (l) => NODE_PROPERTIES[l].extend(provenance).strict());
const relProperties = byKey(REL_TYPES, (t) => REL_PROPERTIES[t].extend(provenance).strict());

function byKey<K extends string>(keys: readonly K[], schema: (key: K) => z.ZodType): Record<K, z.ZodType> {
  return Object.fromEntries(keys.map((k) => [k, schema(k)])) as Record<K, z.ZodType>;
}

const id = z.string({ error: 'needs a non-empty string id' }).min(1, { error: 'needs a non-empty string id' });
const properties = z.record(z.string(), z.unknown(), { error: 'properties must be an object' });

/** Every statement needs its provenance; an Article is its own. */
function hasProvenance(p: Record<string, unknown>, isArticle: boolean): boolean {
  const count = (v: unknown) => (Array.isArray(v) ? v.length : 0);
  return isArticle || count(p.articles) > 0 || count(p.evidence) > 0;
}

function checkProperties(schema: z.ZodType, value: Record<string, unknown>, ctx: z.RefinementCtx): void {
  const result = schema.safeParse(value);
  if (!result.success)
    for (const issue of result.error.issues) ctx.addIssue({ ...issue, path: ['properties', ...issue.path] });
}

export const GraphNodeDocumentSchema = z
  .object({
    id,
    labels: z.tuple([z.enum(NODE_LABELS)], {
      error: `needs exactly one label of the model (${NODE_LABELS.join(', ')})`,
    }),
    properties,
  })
  .superRefine((node, ctx) => {
    const label = node.labels[0];
    checkProperties(nodeProperties[label], node.properties, ctx);
    if (!hasProvenance(node.properties, label === 'Article'))
      ctx.addIssue({ code: 'custom', message: 'no provenance (neither evidence nor articles)', path: ['properties'] });
  });

export const GraphRelationshipDocumentSchema = z
  .object({
    id,
    type: z.enum(REL_TYPES, { error: `type must be one of ${REL_TYPES.join(', ')}` }),
    start: id,
    end: id,
    properties,
  })
  .superRefine((rel, ctx) => {
    checkProperties(relProperties[rel.type], rel.properties, ctx);
    if (!hasProvenance(rel.properties, false))
      ctx.addIssue({ code: 'custom', message: 'no provenance (neither evidence nor articles)', path: ['properties'] });
  });

type Item = { id?: unknown; labels?: unknown; type?: unknown; start?: unknown; end?: unknown } | null | undefined;

/**
 * Ids unique, relationship ends present in the document, and each relationship joining labels its type allows.
 * It runs even when items have their own problems (so a user sees every problem at once), hence the untyped items.
 */
function checkReferences(doc: { nodes: Item[]; relationships: Item[] }, ctx: z.RefinementCtx) {
  const ids = new Set<string>();
  const labelOf = new Map<string, NodeLabel>();
  doc.nodes.forEach((node, i) => {
    if (typeof node?.id !== 'string') return;
    if (ids.has(node.id)) ctx.addIssue({ code: 'custom', message: 'duplicate id', path: ['nodes', i, 'id'] });
    ids.add(node.id);
    const label = Array.isArray(node.labels) ? node.labels[0] : undefined;
    if (typeof label === 'string' && isNodeLabel(label) && !labelOf.has(node.id)) labelOf.set(node.id, label);
  });
  const relIds = new Set<string>();
  doc.relationships.forEach((rel, i) => {
    const issue = (message: string) => ctx.addIssue({ code: 'custom', message, path: ['relationships', i] });
    if (typeof rel?.id === 'string' && relIds.has(rel.id)) issue('duplicate id');
    if (typeof rel?.id === 'string') relIds.add(rel.id);
    for (const end of ['start', 'end'] as const) {
      const ref = rel?.[end];
      if (typeof ref === 'string' && !ids.has(ref)) issue(`${end} ${ref} is not a node of the document`);
    }
    const [start, end] = [labelOf.get(String(rel?.start)), labelOf.get(String(rel?.end))];
    if (start && end && typeof rel?.type === 'string' && isRelType(rel.type) && !joinsAllowed(rel.type, start, end))
      issue(`${rel.type} cannot join ${start} → ${end}`);
  });
}

export const GraphDocumentSchema = z
  .object({
    format: z.literal(GRAPH_FORMAT, { error: `format must be "${GRAPH_FORMAT}"` }),
    generatedFrom: z.array(z.string()).optional(),
    nodes: z.array(GraphNodeDocumentSchema, { error: 'nodes must be a list' }),
    relationships: z.array(GraphRelationshipDocumentSchema, { error: 'relationships must be a list' }),
    problems: z.array(GraphProblemSchema).optional(),
  })
  .superRefine((doc, ctx) => checkReferences(doc as { nodes: Item[]; relationships: Item[] }, ctx), {
    when: ({ value }) => {
      const doc = value as { nodes?: unknown; relationships?: unknown } | null;
      return Array.isArray(doc?.nodes) && Array.isArray(doc?.relationships);
    },
  });

/** Names an issue's place in the document the way a user reads it: `node 3 (person:x): properties.level`. */
function where(path: readonly PropertyKey[], doc: unknown): string {
  const [list, index, ...rest] = path;
  if ((list === 'nodes' || list === 'relationships') && typeof index === 'number') {
    const item = (doc as Record<string, unknown[]>)[list]?.[index] as { id?: unknown } | undefined;
    const named = typeof item?.id === 'string' ? ` (${item.id})` : '';
    const tail = rest.length ? `: ${rest.join('.')}` : '';
    return `${list === 'nodes' ? 'node' : 'relationship'} ${index}${named}${tail}`;
  }
  return path.length ? path.join('.') : 'document';
}

/** Every problem of a graph document, readable, in document order; empty when it is usable. */
export function graphDocumentProblems(doc: unknown): string[] {
  const result = GraphDocumentSchema.safeParse(doc);
  if (result.success) return [];
  const rank = ({ path: [list, index] }: z.core.$ZodIssue) =>
    [list === 'nodes' ? 1 : list === 'relationships' ? 2 : 0, typeof index === 'number' ? index : -1] as const;
  return [...result.error.issues]
    .sort((a, b) => rank(a)[0] - rank(b)[0] || rank(a)[1] - rank(b)[1])
    .map((issue) => `${where(issue.path, doc)}: ${issue.message}`);
}
