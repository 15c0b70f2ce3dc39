/**
 * One graph on screen: sigma over a graphology graph, with the controllers that connect it to
 * the app state. Every view (explore, hierarchy, bipartite, query results, the bench page) uses it.
 */
import { SigmaContainer } from '@react-sigma/core';
import '@react-sigma/core/lib/style.css';
import type { ReactNode } from 'react';
import type { EdgeAttrs, ExplorerGraph, NodeAttrs } from './attributes';
import { CameraController } from './controllers/CameraController';
import { EventsController } from './controllers/EventsController';
import { FitNewNodesController } from './controllers/FitNewNodesController';
import { GraphKeysController } from './controllers/GraphKeysController';
import { LayoutController } from './controllers/LayoutController';
import { ReducersController } from './controllers/ReducersController';
import { RegisterController } from './controllers/RegisterController';
import { GraphToolbar } from './GraphToolbar';
import { Legend } from './Legend';
import { NodeMenu } from './NodeMenu';
import { PathBar } from './PathBar';
import { LARGE_GRAPH_EDGES, LARGE_GRAPH_SETTINGS, SIGMA_SETTINGS } from './settings';

export interface GraphViewProps {
  graph: ExplorerGraph;
  /** Bumped by the owner when the graph's content changed. */
  version: number;
  /** Name used in exported file names. */
  exportName: string;
  /** Apply the explore filters and hidden nodes. */
  filterable?: boolean;
  /** Run ForceAtlas2 for a while after each content change (off where positions are computed). */
  autoLayout?: boolean;
  onExpand?: (node: string) => void;
  /** A click on a meta-node (graph/aggregate.ts) opens its group. */
  onOpenGroup?: (node: string) => void;
  /** Offer the node menu (right-click) and shortest paths between two chosen nodes: the explore graph. */
  menu?: boolean;
  /** Nodes just added, for the camera to bring into view once the layout has placed them. */
  fitNodes?: readonly string[];
  /** Shown over the canvas while the graph is empty. */
  empty?: ReactNode;
  children?: ReactNode;
}

export function GraphView({
  graph,
  version,
  exportName,
  filterable = false,
  autoLayout = true,
  onExpand,
  onOpenGroup,
  fitNodes,
  menu = false,
  empty,
  children,
}: GraphViewProps) {
  const large = graph.size > LARGE_GRAPH_EDGES;
  return (
    <div className="graph-view" data-testid="graph-view" data-nodes={graph.order} data-edges={graph.size}>
      <SigmaContainer<NodeAttrs, EdgeAttrs>
        graph={graph}
        settings={large ? LARGE_GRAPH_SETTINGS : SIGMA_SETTINGS}
        className="sigma"
      >
        <RegisterController version={version} />
        <ReducersController filterable={filterable} version={version} large={large} />
        <EventsController onExpand={onExpand} onOpenGroup={onOpenGroup} menu={menu} />
        <GraphKeysController onExpand={onExpand} menu={menu} />
        <CameraController version={version} />
        <LayoutController version={version} auto={autoLayout} />
        <FitNewNodesController nodes={fitNodes} />
        <GraphToolbar exportName={exportName} />
        {menu ? (
          <>
            <NodeMenu />
            <PathBar />
          </>
        ) : null}
        {children}
      </SigmaContainer>
      <Legend graph={graph} version={version} interactive={filterable} />
      {graph.order === 0 && empty ? <div className="graph-empty">{empty}</div> : null}
    </div>
  );
}
