import { createGraph, mergePayload } from '../../../client/src/graph/build';
import { expansionAnchor, expansionKey, parseExpansion } from '../../../client/src/graph/expansions';
import { FRESH_LABELLED, mostConnected, truncateLabel } from '../../../client/src/graph/importance';
import { neighbourInDirection } from '../../../client/src/graph/keyboard-nav';
import { nextFilledCell } from '../../../client/src/panels/matrix-keys';
import { articleCount, MAX_SIZE, MIN_SIZE, scaledColour, scaledSize } from '../../../client/src/graph/style-by';
import type { GraphNode, GraphRelationship } from '../../../model/graph';

const person = (id: string, name: string): GraphNode => ({ id, labels: ['Person'], properties: { name, aliases: [] } });

describe('expansion keys', () => {
  it.each([
    [{ kind: 'all' as const, id: 'person:zhangsan' }, 'person:zhangsan'],
    [{ kind: 'type' as const, id: 'person:zhangsan', type: 'HOLDS_POST' as const }, 'person:zhangsan|HOLDS_POST'],
    [{ kind: 'path' as const, from: 'person:zhangsan', to: 'place:mouxian' }, 'path|person:zhangsan|place:mouxian'],
  ])('when %j is written and read back, then it is the same expansion', (expansion, key) => {
    expect(expansionKey(expansion)).toBe(key);
    expect(parseExpansion(key)).toEqual(expansion);
  });

  it('when a key is not a known form (an unknown type, too many parts), then it is taken as a node id', () => {
    expect(parseExpansion('person:zhangsan|NOT_A_TYPE')).toEqual({ kind: 'all', id: 'person:zhangsan|NOT_A_TYPE' });
    expect(parseExpansion('path|a|b|c').kind).toBe('all');
    expect(expansionAnchor(parseExpansion('path|a|b'))).toBe('a');
  });
});

describe('labels by importance', () => {
  it('when a name is longer than the limit, then it is cut with an ellipsis, counting characters not bytes', () => {
    expect(truncateLabel('某县某乡某村党支部委员会关于开展某某活动的通知', 10)).toBe('某县某乡某村党支部…');
    expect(truncateLabel('张三')).toBe('张三');
  });

  it('when a hub brings a hundred neighbours, then only the most connected few are chosen for labels', () => {
    const graph = createGraph();
    const hub = person('p:hub', '张三');
    const nodes = [hub, ...Array.from({ length: 100 }, (_, i) => person(`p:${String(i).padStart(3, '0')}`, `某${i}`))];
    const rels: GraphRelationship[] = nodes.slice(1).map((n, i) => ({
      id: `r:${i}`,
      type: 'PARTNERS_WITH',
      start: hub.id,
      end: n.id,
      properties: { kind: 'pairing' },
    }));
    // p:007 and p:042 know each other too: they are the best connected after the hub.
    rels.push({ id: 'r:x', type: 'PARTNERS_WITH', start: 'p:007', end: 'p:042', properties: { kind: 'pairing' } });
    mergePayload(graph, { nodes, relationships: rels });
    const chosen = mostConnected(graph, graph.nodes());
    expect(chosen.size).toBe(FRESH_LABELLED);
    expect([...chosen].slice(0, 3)).toEqual(['p:hub', 'p:007', 'p:042']);
  });
});

describe('arrow keys between nodes', () => {
  const from = { id: 'a', x: 100, y: 100 };
  const candidates = [
    { id: 'right', x: 200, y: 110 },
    { id: 'far-right', x: 400, y: 100 },
    { id: 'up', x: 100, y: 20 },
    { id: 'down-left', x: 60, y: 160 },
  ];
  it.each([
    ['ArrowRight', 'right'],
    ['ArrowUp', 'up'],
    ['ArrowDown', 'down-left'],
  ] as const)('when %s is pressed, then the selection moves to %s', (key, expected) => {
    expect(neighbourInDirection(from, candidates, key)).toBe(expected);
  });

  it('when no neighbour lies that way, then the selection stays', () => {
    expect(neighbourInDirection(from, [{ id: 'right', x: 200, y: 100 }], 'ArrowLeft')).toBeNull();
  });
});

describe('size and colour by attribute', () => {
  it('when values are scaled, then the smallest gets the minimum and the largest the maximum', () => {
    expect(scaledSize(0, 10)).toBe(MIN_SIZE);
    expect(scaledSize(10, 10)).toBe(MAX_SIZE);
    expect(scaledSize(3, 0)).toBe(MIN_SIZE);
    expect(scaledColour(0, 10)).toBe('#c6dbef');
    expect(scaledColour(10, 10)).toBe('#08306b');
  });

  it('when a node lists the articles it was read in, then that is its article count', () => {
    expect(articleCount({ articles: ['a1', 'a2'] })).toBe(2);
    expect(articleCount({ name: '张三' })).toBe(0);
  });
});

describe('arrow keys in the matrix', () => {
  const filled = [
    [true, false, false, true],
    [false, false, true, false],
    [true, false, true, true],
  ];
  it('when the next cells that way are empty, then the focus skips to the next filled one', () => {
    expect(nextFilledCell(filled, 0, 0, 'ArrowRight')).toEqual({ row: 0, column: 3 });
    expect(nextFilledCell(filled, 0, 0, 'ArrowDown')).toEqual({ row: 2, column: 0 });
    expect(nextFilledCell(filled, 2, 2, 'ArrowUp')).toEqual({ row: 1, column: 2 });
  });
  it('when no filled cell lies that way, then the focus stays', () => {
    expect(nextFilledCell(filled, 0, 3, 'ArrowRight')).toBeNull();
    expect(nextFilledCell(filled, 0, 0, 'ArrowLeft')).toBeNull();
  });
});
