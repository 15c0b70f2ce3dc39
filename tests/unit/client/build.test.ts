import type { GraphPayload } from '../../../model/graph';
import {
  createGraph,
  edgeCaption,
  graphFromPayload,
  hashUnit,
  mergePayload,
  nodeName,
  primaryLabel,
} from '../../../client/src/graph/build';

const person = (id: string, name: string) => ({ id, labels: ['Person'], properties: { name, aliases: [] } });
const org = (id: string, name: string) => ({
  id,
  labels: ['Organization'],
  properties: { name, aliases: [], kind: 'party_committee' },
});
const post = (id: string, start: string, end: string, title: string) => ({
  id,
  type: 'HOLDS_POST',
  start,
  end,
  properties: { title },
});
const payload = (p: { nodes: unknown[]; relationships: unknown[] }) => p as unknown as GraphPayload;

describe('nodeName and primaryLabel', () => {
  it('when a node has no name, then its id is its name', () => {
    expect(nodeName({ id: 'person:x', labels: ['Person'], properties: {} } as never)).toBe('person:x');
  });

  it('when a node carries no known label, then it is drawn as an Organization', () => {
    expect(primaryLabel({ id: 'a', labels: ['Unknown'], properties: {} } as never)).toBe('Organization');
  });

  it('when the node is an article, then its title is its name', () => {
    expect(
      nodeName({
        id: 'article:1',
        labels: ['Article'],
        properties: { title: '某县推进网格化治理', name: 'x' },
      } as never),
    ).toBe('某县推进网格化治理');
  });

  it('when a relationship has a title, then it is the caption; otherwise the fallback', () => {
    expect(edgeCaption(post('r', 'a', 'b', '书记') as never, 'holds')).toBe('书记');
    expect(edgeCaption({ id: 'r', type: 'RUNS', start: 'a', end: 'b', properties: {} } as never, 'runs')).toBe('runs');
  });
});

describe('mergePayload', () => {
  it('when a relationship has an end missing from the payload or an unknown type, then it is left out', () => {
    const graph = graphFromPayload(
      payload({
        nodes: [person('p', '张三'), org('o', '某乡党委')],
        relationships: [
          post('r1', 'p', 'o', '书记'),
          post('r2', 'p', 'missing', '主任'),
          { id: 'r3', type: 'FLIES', start: 'p', end: 'o', properties: {} },
        ],
      }),
    );
    expect(graph.edges()).toEqual(['r1']);
    expect(graph.getEdgeAttribute('r1', 'caption')).toBe('书记');
  });

  it('when a node is merged again with newer data, then it keeps its position and gets the new name', () => {
    const graph = graphFromPayload(payload({ nodes: [person('p', '张三')], relationships: [] }));
    graph.mergeNodeAttributes('p', { x: 42, y: -7 });
    mergePayload(graph, payload({ nodes: [person('p', '张三丰')], relationships: [] }));
    expect(graph.getNodeAttributes('p')).toMatchObject({ x: 42, y: -7, label: '张三丰' });
  });

  it('when a new node connects to a placed node, then it starts within 3 units of it', () => {
    const graph = graphFromPayload(payload({ nodes: [org('o', '某乡党委')], relationships: [] }));
    graph.mergeNodeAttributes('o', { x: 100, y: 100 });
    mergePayload(
      graph,
      payload({ nodes: [org('o', '某乡党委'), person('p', '张三')], relationships: [post('r', 'p', 'o', '书记')] }),
    );
    const p = graph.getNodeAttributes('p');
    expect(Math.hypot(p.x - 100, p.y - 100)).toBeLessThanOrEqual(3);
  });

  it('when the same payload is built twice, then the positions are the same (stable start layout)', () => {
    const data = payload({
      nodes: [person('p', '张三'), org('o', '某乡党委')],
      relationships: [post('r', 'p', 'o', '书记')],
    });
    const a = graphFromPayload(data);
    const b = graphFromPayload(data);
    expect(a.getNodeAttributes('p')).toMatchObject({
      x: b.getNodeAttribute('p', 'x'),
      y: b.getNodeAttribute('p', 'y'),
    });
  });

  it('when a node has more neighbours, then it is drawn bigger', () => {
    const graph = graphFromPayload(
      payload({
        nodes: [org('o', '某乡党委'), person('a', '张三'), person('b', '李四')],
        relationships: [post('r1', 'a', 'o', '书记'), post('r2', 'b', 'o', '委员')],
      }),
    );
    expect(graph.getNodeAttribute('o', 'size')).toBeGreaterThan(graph.getNodeAttribute('a', 'size'));
  });
});

describe('hashUnit', () => {
  it('when strings differ, then the values differ and stay in [0, 1)', () => {
    const values = ['a', 'b', '张三', ''].map(hashUnit);
    expect(new Set(values).size).toBe(4);
    for (const v of values) expect(v >= 0 && v < 1).toBe(true);
  });
});

it('createGraph: when created, then the graph is a directed multigraph (two posts between the same two nodes are kept)', () => {
  const graph = createGraph();
  mergePayload(
    graph,
    payload({
      nodes: [person('p', '张三'), org('o', '某乡党委')],
      relationships: [post('r1', 'p', 'o', '书记'), post('r2', 'p', 'o', '主任')],
    }),
  );
  expect(graph.size).toBe(2);
});
