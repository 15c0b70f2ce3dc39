import type { ExplorerGraph } from '../../../client/src/graph/attributes';
import { GROUP_PREFIX, aggregateGraph, communitiesOf, groupSize } from '../../../client/src/graph/aggregate';
import { EDGE_COLOR, createGraph } from '../../../client/src/graph/build';
import { strongestEdges } from '../../../client/src/graph/edge-cap';
import { IDLE_LAYOUT, layoutFraction, layoutProgressText } from '../../../client/src/graph/layout/progress';
import { translate } from '../../../client/src/i18n';

function node(graph: ExplorerGraph, id: string, county?: string, x = 0, y = 0): void {
  graph.addNode(id, {
    x,
    y,
    size: 4,
    color: '#000',
    label: id,
    type: 'circle',
    kind: 'Person',
    county,
    data: { id, labels: ['Person'], properties: { name: id, aliases: [] } as never },
  });
}

function edge(graph: ExplorerGraph, source: string, target: string): void {
  const id = `${source}-${target}-${graph.size}`;
  graph.addDirectedEdgeWithKey(id, source, target, {
    size: 1,
    color: EDGE_COLOR,
    type: 'arrow',
    relType: 'PART_OF',
    caption: '',
    data: { id, type: 'PART_OF', start: source, end: target, properties: {} },
  });
}

/** Two villages' worth of nodes in two counties (invented names), joined by one edge. */
function twoCounties(): ExplorerGraph {
  const graph = createGraph();
  for (const id of ['a1', 'a2', 'a3']) node(graph, id, '青石县', 0, 0);
  for (const id of ['b1', 'b2']) node(graph, id, '白河县', 10, 10);
  edge(graph, 'a1', 'a2');
  edge(graph, 'a2', 'a3');
  edge(graph, 'b1', 'b2');
  edge(graph, 'a1', 'b1');
  edge(graph, 'a3', 'b2');
  return graph;
}

describe('edge cap per node', () => {
  it('when a node has more edges than the cap, then it keeps those to the best connected ends', () => {
    const graph = createGraph();
    for (const id of ['hub', 'x', 'y', 'z', 'leaf']) node(graph, id);
    // hub is linked to everything, so edges to it are the strongest for x, y, z.
    for (const id of ['x', 'y', 'z', 'leaf']) edge(graph, 'hub', id);
    edge(graph, 'x', 'y');
    edge(graph, 'y', 'z');
    const kept = strongestEdges(graph, 1);
    // Every node keeps one edge; x, y and z each keep their edge to the hub, the hub its edge to y (most connected).
    expect([...kept].sort()).toEqual(['hub-leaf-3', 'hub-x-0', 'hub-y-1', 'hub-z-2']);
    expect(graph.size).toBe(6);
  });

  it('when every node has no more edges than the cap, then every edge is drawn', () => {
    const graph = twoCounties();
    expect(strongestEdges(graph, 3).size).toBe(graph.size);
  });

  it('when edges stand for several (aggregated), then the heavier wins', () => {
    const graph = createGraph();
    for (const id of ['p', 'q', 'r']) node(graph, id);
    edge(graph, 'p', 'q');
    edge(graph, 'p', 'r');
    graph.setEdgeAttribute('p-r-1', 'weight', 5);
    graph.setEdgeAttribute('p-q-0', 'weight', 2);
    const kept = strongestEdges(graph, 1);
    expect(kept.has('p-r-1')).toBe(true);
  });
});

describe('aggregation into meta-nodes', () => {
  it('when most nodes carry a county, then the counties are the groups, and a county-less node joins its neighbours', () => {
    const graph = twoCounties();
    node(graph, 'loose');
    edge(graph, 'loose', 'b1');
    const grouping = communitiesOf(graph);
    expect(grouping.get('a1')).toBe('county:青石县');
    expect(grouping.get('loose')).toBe('county:白河县');
  });

  it('when nodes carry no county, then Louvain finds the two dense clusters', () => {
    const graph = createGraph();
    const clusters = [
      ['c1', 'c2', 'c3', 'c4'],
      ['d1', 'd2', 'd3', 'd4'],
    ];
    for (const cluster of clusters) {
      for (const id of cluster) node(graph, id);
      for (let i = 0; i < cluster.length; i++)
        for (let j = i + 1; j < cluster.length; j++) edge(graph, cluster[i]!, cluster[j]!);
    }
    edge(graph, 'c1', 'd1');
    const grouping = communitiesOf(graph);
    expect(new Set(clusters[0]!.map((n) => grouping.get(n))).size).toBe(1);
    expect(new Set(clusters[1]!.map((n) => grouping.get(n))).size).toBe(1);
    expect(grouping.get('c1')).not.toBe(grouping.get('d1'));
  });

  it('when groups are closed, then each is one meta-node at its centre and the edges between two groups are one, counted', () => {
    const full = twoCounties();
    const { graph, members } = aggregateGraph(full, communitiesOf(full));
    const a = `${GROUP_PREFIX}county:青石县`;
    const b = `${GROUP_PREFIX}county:白河县`;
    expect(graph.nodes().sort()).toEqual([b, a].sort());
    expect(graph.getNodeAttribute(a, 'label')).toBe('青石县 (3)');
    expect(graph.getNodeAttribute(a, 'group')).toEqual({ key: 'county:青石县', members: 3 });
    expect(graph.getNodeAttribute(a, 'size')).toBe(groupSize(3));
    expect(graph.getNodeAttributes(b)).toMatchObject({ x: 10, y: 10 });
    expect(members.get(a)).toEqual(['a1', 'a2', 'a3']);
    // a1–b1 and a3–b2 become one edge standing for two; edges inside a group disappear.
    expect(graph.size).toBe(1);
    expect(graph.getEdgeAttribute(graph.edges()[0]!, 'weight')).toBe(2);
    // The full graph is untouched.
    expect(full.order).toBe(5);
    expect(full.size).toBe(5);
  });

  it('when one group is opened, then its members replace it, keeping their own edges, linked to the other meta-node', () => {
    const full = twoCounties();
    const target = createGraph();
    const { graph } = aggregateGraph(full, communitiesOf(full), new Set(['county:青石县']), target);
    expect(graph).toBe(target);
    const b = `${GROUP_PREFIX}county:白河县`;
    expect(graph.nodes().sort()).toEqual(['a1', 'a2', 'a3', b].sort());
    expect(graph.hasEdge('a1-a2-0')).toBe(true);
    expect(graph.hasEdge('a2-a3-1')).toBe(true);
    // a1 → b1 and a3 → b2 each become an edge to the closed group.
    expect(graph.edges(b).length).toBe(2);
    expect(graph.getNodeAttribute('a1', 'group')).toBeUndefined();
  });

  it('when it is rebuilt into the same graph, then what was there before is gone', () => {
    const full = twoCounties();
    const target = createGraph();
    aggregateGraph(full, communitiesOf(full), new Set(['county:青石县']), target);
    aggregateGraph(full, communitiesOf(full), new Set(), target);
    expect(target.order).toBe(2);
  });
});

describe('layout progress', () => {
  const t = (key: Parameters<typeof translate>[1], vars?: Record<string, string | number>) =>
    translate('en', key, vars);

  it('when a run stops by itself, then its progress is elapsed over total, capped at the end', () => {
    const state = { running: true, elapsedMs: 1500, durationMs: 6000, iterations: 212 };
    expect(layoutFraction(state)).toBe(0.25);
    expect(layoutFraction({ ...state, elapsedMs: 7000 })).toBe(1);
    expect(layoutProgressText(t, state)).toBe('Layout 1.5 / 6.0 s · 212 iterations');
    expect(translate('zh', 'graph.layoutProgress', { elapsed: '1.5', total: '6.0', iterations: 212 })).toBe(
      '布局 1.5 / 6.0 秒 · 212 轮',
    );
  });

  it('when the user started the run, then there is no fraction, only the elapsed time', () => {
    const state = { ...IDLE_LAYOUT, running: true, elapsedMs: 12_340, iterations: 3000 };
    expect(layoutFraction(state)).toBeNull();
    expect(layoutProgressText(t, state)).toBe('Layout 12.3 s · 3000 iterations');
  });
});
