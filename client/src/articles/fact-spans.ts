/**
 * Where an article's facts sit in its text: for each entity the graph read from it, the offsets of the
 * surface form in each evidence sentence of that article. Overlaps keep the earlier, then the longer
 * span (县委书记张三 over 张三), so the text can be cut into plain and marked pieces.
 */
import type { GraphNode } from '../../../model/graph';
import type { Evidence, NodeLabel } from '../../../model/schema';
import { nodeName, primaryLabel } from '../graph/build';

export interface FactSpan {
  start: number;
  end: number;
  node: string;
  label: NodeLabel;
  name: string;
}

export function factSpans(articleKey: string, nodes: readonly GraphNode[]): FactSpan[] {
  const spans: FactSpan[] = [];
  for (const node of nodes) {
    if (node.labels.includes('Article')) continue;
    const evidence = ((node.properties as { evidence?: Evidence[] }).evidence ?? []).filter(
      (e) => e.article === articleKey && e.surface,
    );
    for (const e of evidence) {
      const at = e.sentence.indexOf(e.surface);
      if (at < 0) continue;
      const start = e.start + at;
      spans.push({
        start,
        end: start + e.surface.length,
        node: node.id,
        label: primaryLabel(node),
        name: nodeName(node),
      });
    }
  }
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: FactSpan[] = [];
  for (const s of spans) if (!kept.length || s.start >= kept[kept.length - 1]!.end) kept.push(s);
  return kept;
}

export type Piece = { text: string; span?: FactSpan };

/** The text cut at the spans (spans past the end of the text are dropped). */
export function cutText(text: string, spans: readonly FactSpan[]): Piece[] {
  const pieces: Piece[] = [];
  let at = 0;
  for (const span of spans) {
    if (span.end > text.length) break;
    if (span.start > at) pieces.push({ text: text.slice(at, span.start) });
    pieces.push({ text: text.slice(span.start, span.end), span });
    at = span.end;
  }
  if (at < text.length) pieces.push({ text: text.slice(at) });
  return pieces;
}
