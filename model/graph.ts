/**
 * The one graph shape used everywhere: the extractor writes it, the loader reads it,
 * the API returns it, and the client turns it into a graphology graph.
 */
import type { NodeLabel, NodePropertiesByLabel, Provenance, RelPropertiesByType, RelType } from './schema';

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

export interface GraphProblem {
  /** The file or article the problem concerns. */
  source: string;
  /** 'empty' | 'binary' | 'encoding' | 'too_large' | 'unreadable' | 'warning' … */
  code: string;
  message: string;
}

export interface GraphDocument {
  /** Format version of this document, bumped on incompatible changes. */
  format: 'govgraph/1';
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
