/**
 * What a value in a query result is, so it can be shown as what it is: a node as a chip, a
 * relationship as its type, a path as its steps, evidence as its sentence, a list as a list, a map as
 * its fields; only numbers, text and booleans are shown as text. Also which tab a result opens on.
 */
import type { QueryResult } from '../../../model/api';
import type { GraphNode, GraphRelationship } from '../../../model/graph';
import type { Evidence } from '../../../model/schema';

export type PathValue = { nodes: GraphNode[]; relationships: GraphRelationship[] };

export type ValueShape =
  | { kind: 'empty' }
  | { kind: 'scalar'; text: string }
  | { kind: 'node'; node: GraphNode }
  | { kind: 'relationship'; relationship: GraphRelationship }
  | { kind: 'path'; path: PathValue }
  | { kind: 'evidence'; evidence: Evidence }
  | { kind: 'list'; items: unknown[] }
  | { kind: 'map'; entries: [string, unknown][] };

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export function isNode(value: unknown): value is GraphNode {
  return isObject(value) && typeof value.id === 'string' && Array.isArray(value.labels) && isObject(value.properties);
}

export function isRelationship(value: unknown): value is GraphRelationship {
  return (
    isObject(value) &&
    typeof value.id === 'string' &&
    typeof value.type === 'string' &&
    typeof value.start === 'string' &&
    typeof value.end === 'string'
  );
}

export function isPath(value: unknown): value is PathValue {
  return (
    isObject(value) &&
    Array.isArray(value.nodes) &&
    Array.isArray(value.relationships) &&
    value.nodes.every(isNode) &&
    value.relationships.every(isRelationship)
  );
}

/** A sentence a fact was read from: the shape evidence has in the graph and in the library queries' rows. */
export function isEvidence(value: unknown): value is Evidence {
  return isObject(value) && typeof value.sentence === 'string' && typeof value.article === 'string';
}

export function shapeOf(value: unknown): ValueShape {
  if (value === null || value === undefined) return { kind: 'empty' };
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
    return { kind: 'scalar', text: String(value) };
  if (Array.isArray(value)) return { kind: 'list', items: value };
  if (isNode(value)) return { kind: 'node', node: value };
  if (isRelationship(value)) return { kind: 'relationship', relationship: value };
  if (isPath(value)) return { kind: 'path', path: value };
  if (isEvidence(value)) return { kind: 'evidence', evidence: value };
  if (isObject(value)) return { kind: 'map', entries: Object.entries(value) };
  return { kind: 'scalar', text: String(value) };
}

function graphValued(value: unknown): boolean {
  if (value === null || value === undefined) return true;
  if (Array.isArray(value)) return value.every(graphValued);
  return isNode(value) || isRelationship(value) || isPath(value);
}

/**
 * The tab a result opens on, decided by the result alone (never by the tab the last one was on): the
 * graph when it has relationships to draw or holds nothing but nodes, the table otherwise.
 */
export function preferredTab(result: Pick<QueryResult, 'columns' | 'rows' | 'graph'>): 'graph' | 'table' {
  if (!result.graph.nodes.length) return 'table';
  if (result.graph.relationships.length) return 'graph';
  const onlyGraph = result.rows.every((row) => result.columns.every((c) => graphValued(row[c])));
  return onlyGraph ? 'graph' : 'table';
}
