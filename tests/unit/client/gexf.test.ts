import { createGraph, mergePayload } from '../../../client/src/graph/build';
import { rgb, toGexf } from '../../../client/src/export/gexf';
import type { GraphNode, GraphRelationship } from '../../../model/graph';
import { gexfProblems } from '../../support/gexf-schema';

const nodes: GraphNode[] = [
  { id: 'person:张三', labels: ['Person'], properties: { name: '张三 & "李四"', aliases: [], articles: ['a1', 'a2'] } },
  {
    id: 'org:某县委<1>',
    labels: ['Organization'],
    properties: { name: '某县委', aliases: [], kind: 'party_committee', county: '某县' },
  } as GraphNode,
  { id: 'place:某县', labels: ['Place'], properties: { name: '某县', aliases: [], level: 'county' } } as GraphNode,
];
const rels: GraphRelationship[] = [
  { id: 'r1', type: 'HOLDS_POST', start: 'person:张三', end: 'org:某县委<1>', properties: { title: '书记' } },
  { id: 'r2', type: 'LOCATED_IN', start: 'org:某县委<1>', end: 'place:某县', properties: {} },
];

function sample(): string {
  const graph = createGraph();
  mergePayload(graph, { nodes, relationships: rels });
  return toGexf(graph, new Date('2026-01-02T00:00:00Z'));
}

describe('GEXF export', () => {
  it('when the explore graph is exported, then the file meets the GEXF 1.3 schema rules', () => {
    expect(gexfProblems(sample())).toEqual([]);
  });

  it('when names hold &, quotes and <, then they are escaped and read back whole', () => {
    const text = sample();
    expect(text).toContain('label="张三 &amp; &quot;李四&quot;"');
    expect(text).toContain('id="org:某县委&lt;1&gt;"');
  });

  it('when nodes carry colour, size, shape and articles, then they are in the viz namespace and typed attributes', () => {
    const text = sample();
    expect(text).toContain('xmlns:viz="http://gexf.net/1.3/viz"');
    expect(text).toMatch(/<viz:color r="230" g="159" b="0"\/>/);
    expect(text).toContain('<viz:shape value="triangle"/>');
    expect(text).toContain('<attvalue for="articles" value="2"/>');
    expect(text).toContain('<attvalue for="type" value="HOLDS_POST"/>');
  });

  it('when colours are short hex or not hex at all, then the channels are still valid', () => {
    expect(rgb('#fff')).toEqual({ r: 255, g: 255, b: 255 });
    expect(rgb('rgba(1,2,3)')).toEqual({ r: 153, g: 153, b: 153 });
  });
});

describe('the GEXF 1.3 rules themselves', () => {
  const valid = sample();
  it.each([
    ['a wrong viz namespace', valid.replace('http://gexf.net/1.3/viz', 'http:///www.gexf.net/1.1draft/viz'), 'viz'],
    ['an older version', valid.replace('version="1.3"', 'version="1.2"'), 'version'],
    ['an edge to a missing node', valid.replace('target="place:某县"', 'target="nowhere"'), 'nowhere'],
    [
      'an integer attribute holding text',
      valid.replace('for="articles" value="2"', 'for="articles" value="two"'),
      'two',
    ],
    ['an undeclared attribute', valid.replace('for="kind"', 'for="colour"'), 'colour'],
    ['a colour channel out of range', valid.replace('r="230"', 'r="300"'), 'viz:color r'],
    ['an unescaped ampersand', valid.replace('&amp;', '&'), 'well-formed'],
    ['an unclosed element', valid.replace('</nodes>', ''), 'well-formed'],
  ])('when a file has %s, then it is refused', (_what, text, problem) => {
    expect(gexfProblems(text).join('\n')).toContain(problem);
  });
});
