/** Sigma settings shared by every graph view (explore, hierarchy, bipartite, query results, bench). */
import type { Settings } from 'sigma/settings';
import type { EdgeAttrs, NodeAttrs } from './attributes';
import { NODE_PROGRAMS } from './programs';

/** CJK fonts first, so Chinese labels are drawn with a real Chinese face rather than a fallback. */
export const LABEL_FONT = '"Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", "WenQuanYi Micro Hei", sans-serif';

export const SIGMA_SETTINGS: Partial<Settings<NodeAttrs, EdgeAttrs>> = {
  nodeProgramClasses: NODE_PROGRAMS,
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
  labelDensity: 0.6,
  labelGridCellSize: 90,
  labelRenderedSizeThreshold: 4,
  zIndex: true,
  stagePadding: 40,
  minCameraRatio: 0.02,
  maxCameraRatio: 20,
};

/** Below this camera ratio the view counts as zoomed in and every edge shows its label. */
export const EDGE_LABEL_ZOOM_RATIO = 0.45;
