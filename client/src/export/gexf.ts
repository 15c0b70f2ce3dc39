/** The graph on screen as GEXF 1.3 (Gephi), with colours, sizes, positions and the domain attributes. */
import { write } from 'graphology-gexf/browser';
import type { ExplorerGraph } from '../graph/attributes';

export function toGexf(graph: ExplorerGraph): string {
  return write(graph, {
    formatNode: (key, attrs) => ({
      label: attrs.label,
      viz: { color: attrs.color, size: attrs.size, x: attrs.x, y: attrs.y },
      attributes: { kind: attrs.kind, county: attrs.county ?? '', id: key },
    }),
    formatEdge: (key, attrs) => ({
      label: attrs.caption || attrs.relType,
      attributes: { type: attrs.relType, id: key },
    }),
  });
}
