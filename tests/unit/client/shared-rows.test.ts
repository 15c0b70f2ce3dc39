import type { SharedInitiative, SharedInitiativesResponse } from '../../../model/api';
import { bipartiteGraph } from '../../../client/src/graph/bipartite';
import { NO_FILTER, matrixColumns, matrixRows, presentValues } from '../../../client/src/panels/shared-rows';

// Invented initiatives in invented counties.
const initiative = (
  id: string,
  name: string,
  counties: string[],
  scope?: string,
  category?: string,
): SharedInitiative =>
  ({
    node: {
      id,
      labels: ['Initiative'],
      properties: {
        name,
        aliases: [],
        kind: 'programme',
        ...(scope ? { scope } : {}),
        ...(category ? { category } : {}),
      },
    },
    countyCount: counties.length,
    counties: counties.map((county) => ({ county, runnerCount: 1 })),
  }) as unknown as SharedInitiative;

const RESPONSE = {
  minCounties: 1,
  counties: ['甲县', '乙县', '丙县', '丁县'],
  initiatives: [
    initiative('i1', '网格化管理', ['甲县', '乙县'], 'national', 'mechanism'),
    initiative('i2', '红色驿站', ['乙县'], 'local', 'facility'),
    initiative('i3', '板凳议事', ['甲县', '乙县', '丙县'], 'local', 'activity'),
    initiative('i4', '无类别举措', ['丙县']),
  ],
} as unknown as SharedInitiativesResponse;

const names = (rows: SharedInitiative[]) => rows.map((r) => r.node.properties.name);

describe('matrixRows', () => {
  it('when a filter matches nothing, then there are no rows and no columns', () => {
    const rows = matrixRows(RESPONSE, { scope: 'provincial', category: null }, 'spread');
    expect(rows).toEqual([]);
    expect(matrixColumns(RESPONSE, rows)).toEqual([]);
  });

  it('when sorted by spread, then the most shared come first, ties by name', () => {
    expect(names(matrixRows(RESPONSE, NO_FILTER, 'spread'))).toEqual([
      '板凳议事',
      '网格化管理',
      '红色驿站',
      '无类别举措',
    ]);
  });

  it('when sorted by scope, then national comes before local and rows without a scope come last', () => {
    expect(names(matrixRows(RESPONSE, NO_FILTER, 'scope'))).toEqual([
      '网格化管理',
      '板凳议事',
      '红色驿站',
      '无类别举措',
    ]);
  });

  it('when filtered by scope and category, then only rows with both remain', () => {
    expect(names(matrixRows(RESPONSE, { scope: 'local', category: 'facility' }, 'spread'))).toEqual(['红色驿站']);
  });
});

describe('matrixColumns and presentValues', () => {
  it('when a county runs none of the shown rows, then it is no column', () => {
    expect(matrixColumns(RESPONSE, matrixRows(RESPONSE, NO_FILTER, 'spread'))).toEqual(['甲县', '乙县', '丙县']);
    expect(matrixColumns(RESPONSE, matrixRows(RESPONSE, { scope: 'local', category: 'facility' }, 'spread'))).toEqual([
      '乙县',
    ]);
  });

  it('when the menus are built, then they offer only the scopes and categories the data has, in the model order', () => {
    expect(presentValues(RESPONSE)).toEqual({
      categories: ['facility', 'mechanism', 'activity'],
      scopes: ['national', 'local'],
    });
  });
});

describe('bipartiteGraph', () => {
  it('when built from rows, then counties are one column and initiatives another, in row order from the top', () => {
    const rows = matrixRows(RESPONSE, NO_FILTER, 'spread');
    const { graph, frame } = bipartiteGraph(rows, matrixColumns(RESPONSE, rows), new Map([['甲县', 'place:1']]));
    const xs = new Set(graph.mapNodes((_n, a) => a.x));
    expect(xs.size).toBe(2);
    const ys = rows.map((r) => graph.getNodeAttribute(r.node.id, 'y'));
    for (let i = 1; i < ys.length; i++) expect(ys[i]!).toBeLessThan(ys[i - 1]!);
    expect(graph.hasNode('place:1')).toBe(true);
    expect(graph.size).toBe(7);
    graph.forEachNode((_n, a) => expect(a.y).toBeGreaterThanOrEqual(frame.y[0]));
  });
});
