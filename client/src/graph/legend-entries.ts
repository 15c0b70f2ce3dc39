/** The labels present in a graph with their colour, shape and count: what the legend shows and the PNG export draws. */
import { LABEL_STYLE, NODE_LABELS, type NodeLabel } from '../../../model/schema';
import type { Lang } from '../i18n/messages';
import type { LegendEntry } from '../export/png';
import type { ExplorerGraph } from './attributes';

export function labelCounts(graph: ExplorerGraph): Map<NodeLabel, number> {
  const counts = new Map<NodeLabel, number>();
  graph.forEachNode((_n, attrs) => counts.set(attrs.kind, (counts.get(attrs.kind) ?? 0) + 1));
  return counts;
}

export function legendEntries(graph: ExplorerGraph, lang: Lang): (LegendEntry & { label: NodeLabel })[] {
  const counts = labelCounts(graph);
  return NODE_LABELS.filter((l) => counts.has(l)).map((label) => ({
    label,
    caption: LABEL_STYLE[label].caption[lang],
    color: LABEL_STYLE[label].color,
    shape: LABEL_STYLE[label].shape,
    count: counts.get(label) ?? 0,
  }));
}
