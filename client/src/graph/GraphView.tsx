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
import { LayoutController } from './controllers/LayoutController';
import { ReducersController } from './controllers/ReducersController';
import { RegisterController } from './controllers/RegisterController';
import { GraphToolbar } from './GraphToolbar';
import { Legend } from './Legend';
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
        <EventsController onExpand={onExpand} />
        <CameraController version={version} />
        <LayoutController version={version} auto={autoLayout} />
        <GraphToolbar exportName={exportName} />
        {children}
      </SigmaContainer>
      <Legend graph={graph} version={version} interactive={filterable} />
      {graph.order === 0 && empty ? <div className="graph-empty">{empty}</div> : null}
    </div>
  );
}
