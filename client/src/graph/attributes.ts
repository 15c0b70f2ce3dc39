/** What the explorer stores on graphology nodes and edges: display attributes plus the API's own data. */
import Graph from 'graphology';
import type { GraphNode, GraphRelationship } from '../../../model/graph';
import type { LabelStyle, NodeLabel, RelType } from '../../../model/schema';

export interface NodeAttrs {
  x: number;
  y: number;
  size: number;
  color: string;
  /** Shown on the canvas: the name, cut short when long (see importance.ts). */
  label: string;
  /** The whole name, shown while the node is hovered or selected. */
  fullLabel?: string;
  /** Added by the latest expansion: drawn highlighted, never dimmed; 'label' for the most connected few. */
  fresh?: 'label' | 'quiet';
  /** Kept in place by the layout (ForceAtlas2 honours `fixed`). */
  fixed?: boolean;
  /** sigma program name = the label's shape. */
  type: LabelStyle['shape'];
  /** The domain label that decides colour, shape and filters. */
  kind: NodeLabel;
  county?: string;
  /** Draw the label even where sigma's label grid would drop it (computed layouts with room for every label). */
  forceLabel?: boolean;
  /** A meta-node standing for a group of the full graph (graph/aggregate.ts): opens on click. */
  group?: { key: string; members: number };
  data: GraphNode;
}

export interface EdgeAttrs {
  size: number;
  color: string;
  type: 'arrow';
  relType: RelType;
  /** Edge label shown on hover or when zoomed in: the post title for HOLDS_POST. */
  caption: string;
  /** How many edges of the full graph an aggregated edge stands for (graph/aggregate.ts). */
  weight?: number;
  data: GraphRelationship;
}

export type ExplorerGraph = Graph<NodeAttrs, EdgeAttrs>;
