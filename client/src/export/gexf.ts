/**
 * The graph on screen as GEXF 1.3 (Gephi, Gephi Lite): positions, colours, sizes and shapes in the
 * viz namespace, the domain attributes (label, county, number of articles, relationship type) declared
 * and typed. Written by hand: the namespaces must be exactly GEXF 1.3's (tests/support/gexf-schema.ts
 * checks the schema's rules).
 */
import type { ExplorerGraph, NodeAttrs } from '../graph/attributes';
import { articleCount } from '../graph/style-by';

const GEXF_NS = 'http://gexf.net/1.3';
const VIZ_NS = 'http://gexf.net/1.3/viz';

const SHAPE: Record<NodeAttrs['type'], string> = {
  circle: 'disc',
  square: 'square',
  triangle: 'triangle',
  diamond: 'diamond',
};

function esc(text: string): string {
  return (
    text
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
      // XML 1.0 has no way to write these control characters at all.
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '')
  );
}

/** `#RRGGBB` or `#RGB` → viz:color channels; anything else is grey. */
export function rgb(color: string): { r: number; g: number; b: number } {
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(color)?.[1];
  if (!hex) return { r: 153, g: 153, b: 153 };
  const full = hex.length === 3 ? [...hex].map((c) => c + c).join('') : hex;
  return {
    r: parseInt(full.slice(0, 2), 16),
    g: parseInt(full.slice(2, 4), 16),
    b: parseInt(full.slice(4, 6), 16),
  };
}

const num = (n: number) => (Number.isFinite(n) ? String(Math.round(n * 1000) / 1000) : '0');

export function toGexf(graph: ExplorerGraph, date = new Date()): string {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<gexf xmlns="${GEXF_NS}" xmlns:viz="${VIZ_NS}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="${GEXF_NS} ${GEXF_NS}/gexf.xsd" version="1.3">`,
    `  <meta lastmodifieddate="${date.toISOString().slice(0, 10)}"><creator>GovGraph</creator></meta>`,
    '  <graph defaultedgetype="directed" mode="static">',
    '    <attributes class="node" mode="static">',
    '      <attribute id="kind" title="label" type="string"/>',
    '      <attribute id="county" title="county" type="string"/>',
    '      <attribute id="articles" title="articles" type="integer"/>',
    '    </attributes>',
    '    <attributes class="edge" mode="static">',
    '      <attribute id="type" title="type" type="string"/>',
    '    </attributes>',
    '    <nodes>',
  ];
  graph.forEachNode((key, a) => {
    const { r, g, b } = rgb(a.color);
    lines.push(
      `      <node id="${esc(key)}" label="${esc(a.fullLabel ?? a.label)}">`,
      '        <attvalues>',
      `          <attvalue for="kind" value="${esc(a.kind)}"/>`,
      ...(a.county ? [`          <attvalue for="county" value="${esc(a.county)}"/>`] : []),
      `          <attvalue for="articles" value="${articleCount(a.data.properties)}"/>`,
      '        </attvalues>',
      `        <viz:color r="${r}" g="${g}" b="${b}"/>`,
      `        <viz:position x="${num(a.x)}" y="${num(a.y)}" z="0"/>`,
      `        <viz:size value="${num(a.size)}"/>`,
      `        <viz:shape value="${SHAPE[a.type] ?? 'disc'}"/>`,
      '      </node>',
    );
  });
  lines.push('    </nodes>', '    <edges>');
  graph.forEachEdge((key, a, source, target) => {
    lines.push(
      `      <edge id="${esc(key)}" source="${esc(source)}" target="${esc(target)}" label="${esc(a.caption || a.relType)}">`,
      `        <attvalues><attvalue for="type" value="${esc(a.relType)}"/></attvalues>`,
      '      </edge>',
    );
  });
  lines.push('    </edges>', '  </graph>', '</gexf>', '');
  return lines.join('\n');
}
