/**
 * Values between JavaScript and Neo4j, both ways, in one place. Out of Neo4j: integers become numbers
 * (strings when beyond 2^53), nodes and relationships the shared graph shape, temporal and spatial
 * values strings. Into Neo4j: whole numbers become Cypher integers.
 */
import neo4j, { isInt, Integer, Node, Path, Record as Neo4jRecord, Relationship } from 'neo4j-driver';
import {
  decodeProperties,
  type GraphNode,
  type GraphPayload,
  type GraphRelationship,
  type NodeLabel,
  type RelType,
} from '../model';

export function toNumber(value: Integer | number | bigint): number | string {
  if (typeof value === 'number') return value;
  if (typeof value === 'bigint') return Number.isSafeInteger(Number(value)) ? Number(value) : value.toString();
  return neo4j.integer.inSafeRange(value) ? value.toNumber() : value.toString();
}

/**
 * Parameters for Cypher: whole numbers, at any depth, become Cypher integers. `LIMIT $n`, list slices
 * and range() need integers, and the driver would otherwise send every JavaScript number as a float.
 */
export function toCypherParams(value: unknown): unknown {
  if (typeof value === 'number' && Number.isSafeInteger(value)) return neo4j.int(value);
  if (Array.isArray(value)) return value.map(toCypherParams);
  if (value && typeof value === 'object' && !isInt(value))
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toCypherParams(v)]));
  return value;
}

const nodeId = (n: Node) => String((n.properties as { id?: unknown }).id ?? n.elementId);

function plainProperties(props: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(props)) out[k] = toPlain(v);
  return decodeProperties(out);
}

export function nodeToGraph(n: Node): GraphNode {
  return {
    id: nodeId(n),
    labels: n.labels as NodeLabel[],
    properties: plainProperties(n.properties) as GraphNode['properties'],
  };
}

/** The endpoints of a relationship are given as element ids; `ids` maps them to our node ids when known. */
export function relationshipToGraph(r: Relationship, ids: Map<string, string>): GraphRelationship {
  const props = plainProperties(r.properties);
  return {
    id: String(props.id ?? r.elementId),
    type: r.type as RelType,
    start: ids.get(r.startNodeElementId) ?? r.startNodeElementId,
    end: ids.get(r.endNodeElementId) ?? r.endNodeElementId,
    properties: props as GraphRelationship['properties'],
  };
}

function isNode(v: unknown): v is Node {
  return v instanceof neo4j.types.Node;
}
function isRelationship(v: unknown): v is Relationship {
  return v instanceof neo4j.types.Relationship;
}
function isPath(v: unknown): v is Path {
  return v instanceof neo4j.types.Path;
}

/**
 * A value for a table cell: nodes and relationships are summarised by their graph shape.
 * `ids` (element id → node id, see nodeIds) lets relationships name their ends by our ids.
 */
export function toPlain(value: unknown, ids: Map<string, string> = new Map()): unknown {
  if (value === null || value === undefined) return null;
  if (isInt(value)) return toNumber(value as Integer);
  if (typeof value === 'bigint') return toNumber(value);
  if (Array.isArray(value)) return value.map((v) => toPlain(v, ids));
  if (isNode(value)) return nodeToGraph(value);
  if (isRelationship(value)) return relationshipToGraph(value, ids);
  if (isPath(value)) {
    const pathIds = new Map(ids);
    for (const n of [value.start, ...value.segments.map((s) => s.end)]) pathIds.set(n.elementId, nodeId(n));
    return {
      nodes: [value.start, ...value.segments.map((s) => s.end)].map(nodeToGraph),
      relationships: value.segments.map((s) => relationshipToGraph(s.relationship, pathIds)),
    };
  }
  if (typeof value === 'object') {
    const ctor = (value as object).constructor?.name;
    if (ctor && ['Date', 'DateTime', 'LocalDateTime', 'LocalTime', 'Time', 'Duration', 'Point'].includes(ctor))
      return String(value);
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) out[k] = toPlain(v, ids);
    return out;
  }
  return value;
}

function collect(records: Neo4jRecord[]): { nodes: Map<string, Node>; rels: Map<string, Relationship> } {
  const nodes = new Map<string, Node>();
  const rels = new Map<string, Relationship>();
  const visit = (v: unknown): void => {
    if (v === null || v === undefined) return;
    if (isNode(v)) nodes.set(v.elementId, v);
    else if (isRelationship(v)) rels.set(v.elementId, v);
    else if (isPath(v)) {
      nodes.set(v.start.elementId, v.start);
      for (const s of v.segments) {
        nodes.set(s.end.elementId, s.end);
        rels.set(s.relationship.elementId, s.relationship);
      }
    } else if (Array.isArray(v)) v.forEach(visit);
    else if (typeof v === 'object' && !isInt(v) && (v as object).constructor === Object)
      Object.values(v as object).forEach(visit);
  };
  for (const record of records) record.forEach((v) => visit(v));
  return { nodes, rels };
}

const idMap = (nodes: Map<string, Node>) => new Map([...nodes].map(([elementId, n]) => [elementId, nodeId(n)]));

/** Element id → node id of every node found anywhere in the records. */
export function nodeIds(records: Neo4jRecord[]): Map<string, string> {
  return idMap(collect(records).nodes);
}

/** Collects every node, relationship and path found anywhere in the records into one graph. */
export function recordsToGraph(records: Neo4jRecord[]): GraphPayload {
  const { nodes, rels } = collect(records);
  const ids = idMap(nodes);
  // A relationship is drawable only when both ends are in the payload.
  const relationships = [...rels.values()]
    .filter((r) => nodes.has(r.startNodeElementId) && nodes.has(r.endNodeElementId))
    .map((r) => relationshipToGraph(r, ids));
  return { nodes: [...nodes.values()].map(nodeToGraph), relationships };
}

export function recordToRow(record: Neo4jRecord, ids: Map<string, string> = new Map()): Record<string, unknown> {
  const row: Record<string, unknown> = {};
  for (const key of record.keys) row[String(key)] = toPlain(record.get(key), ids);
  return row;
}
