/** Sigma settings shared by every graph view (explore, hierarchy, bipartite, query results, bench). */
import { EdgeArrowProgram, EdgeLineProgram } from 'sigma/rendering';
import type { Settings } from 'sigma/settings';
import type { EdgeAttrs, NodeAttrs } from './attributes';
import { EdgeUndrawnProgram, NODE_PROGRAMS, POINT_NODE_PROGRAMS } from './programs';

/** CJK fonts first, so Chinese labels are drawn with a real Chinese face rather than a fallback. */
export const LABEL_FONT =
  '"Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", "WenQuanYi Micro Hei", sans-serif';

export const SIGMA_SETTINGS: Partial<Settings<NodeAttrs, EdgeAttrs>> = {
  nodeProgramClasses: NODE_PROGRAMS,
  // 'line' (1px GL lines) is for big graphs, where arrows and thick edges cost too much per frame.
  // 'undrawn': edges kept in the graph but left off the screen (the edge cap of crowded graphs).
  edgeProgramClasses: { arrow: EdgeArrowProgram, line: EdgeLineProgram, undrawn: EdgeUndrawnProgram },
  defaultEdgeType: 'arrow',
  renderEdgeLabels: true,
  enableEdgeEvents: true,
  labelFont: LABEL_FONT,
  labelSize: 13,
  labelWeight: '500',
  labelColor: { color: '#1f2328' },
  edgeLabelFont: LABEL_FONT,
  edgeLabelSize: 11,
  edgeLabelColor: { color: '#57606a' },
  // Labels by importance: sigma keeps, per grid cell of the screen, the labels of the biggest nodes
  // (size is degree, or what the user sizes by); zooming in makes cells hold fewer nodes, so more
  // labels show. The selection, its most connected neighbours and fresh nodes are forced (reducers).
  labelDensity: 1,
  labelGridCellSize: 70,
  labelRenderedSizeThreshold: 3,
  zIndex: true,
  // Room for labels, which extend to the right of nodes at the edge.
  stagePadding: 80,
  minCameraRatio: 0.02,
  maxCameraRatio: 20,
};

/** Below this camera ratio the view counts as zoomed in and every edge shows its label. */
export const EDGE_LABEL_ZOOM_RATIO = 0.45;

/** Above this many edges a graph is drawn in "large" mode: see LARGE_GRAPH_SETTINGS. */
export const LARGE_GRAPH_EDGES = 5000;

/**
 * Large graphs: nodes as point sprites (programs.ts: instanced shapes cost per node in software
 * WebGL), 1px line edges instead of arrows, no edge hover/click (edge picking redraws every edge into
 * the picking buffer), edges and labels hidden while the user drags or zooms, fewer labels.
 */
export const LARGE_GRAPH_SETTINGS: Partial<Settings<NodeAttrs, EdgeAttrs>> = {
  ...SIGMA_SETTINGS,
  nodeProgramClasses: POINT_NODE_PROGRAMS,
  defaultEdgeType: 'line',
  enableEdgeEvents: false,
  hideEdgesOnMove: true,
  hideLabelsOnMove: true,
  labelDensity: 0.3,
  // Until ReducersController sets its reducers: sigma draws its first frame in its constructor, and
  // 50,000 arrows (two instanced programs) would make that frame the slowest of all.
  edgeReducer: (_edge, attrs) => ({ ...attrs, type: 'line' }),
};
