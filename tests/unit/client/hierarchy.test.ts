import type { HierarchyEntry } from '../../../model/api';
import {
  ROW_HEIGHT,
  hierarchyGraph,
  labelWidth,
  linkType,
  personLabel,
  postsInTree,
} from '../../../client/src/graph/hierarchy';

// An invented county: a township with a village whose branch and committee share one secretary,
// a second township with a party committee, and a former committee member.
const place = (id: string, name: string, level: string) => ({
  id,
  labels: ['Place'],
  properties: { name, aliases: [], level },
});
const org = (id: string, name: string) => ({
  id,
  labels: ['Organization'],
  properties: { name, aliases: [], kind: 'party_branch' },
});
const person = (id: string, name: string) => ({ id, labels: ['Person'], properties: { name, aliases: [] } });
const post = (id: string, p: ReturnType<typeof person>, body: string, title: string, status?: string) => ({
  person: p,
  title,
  relationship: {
    id,
    type: 'HOLDS_POST',
    start: p.id,
    end: body,
    properties: { title, ...(status ? { status } : {}) },
  },
});
const entry = (node: unknown, posts: unknown[] = [], children: unknown[] = []) =>
  ({ node, posts, children }) as unknown as HierarchyEntry;

const zhang = person('p:zhang', '张建国');
const li = person('p:li', '李红梅');
const zhao = person('p:zhao', '赵小东');
const TREE = entry(
  place('c', '某某县', 'county'),
  [],
  [
    entry(
      place('t1', '东风镇', 'township'),
      [],
      [
        entry(
          place('v1', '前进村', 'village'),
          [],
          [
            entry(org('b1', '前进村党支部'), [post('h1', zhang, 'b1', '党支部书记')]),
            entry(org('b2', '前进村村民委员会'), [post('h2', zhang, 'b2', '村委会主任')]),
          ],
        ),
      ],
    ),
    entry(
      place('t2', '西河乡', 'township'),
      [],
      [
        entry(org('b3', '西河乡党委'), [
          post('h3', li, 'b3', '党委书记'),
          post('h4', zhao, 'b3', '组织委员', 'former'),
        ]),
      ],
    ),
  ],
);
const word = (s: string) => ({ current: '现任', former: '原任', proposed: '拟任' })[s] ?? s;

describe('hierarchyGraph', () => {
  it('when a tree has one node and no posts, then the graph is that node alone', () => {
    const { graph } = hierarchyGraph(entry(place('c', '某某县', 'county')), word);
    expect(graph.nodes()).toEqual(['c']);
    expect(graph.size).toBe(0);
  });

  it('when places and bodies nest, then each link is LOCATED_IN under a place and PART_OF under a body', () => {
    const { graph } = hierarchyGraph(TREE, word);
    const links = graph
      .filterEdges((_e, a) => a.relType !== 'HOLDS_POST')
      .map((e) => `${graph.source(e)}-${graph.getEdgeAttribute(e, 'relType')}->${graph.target(e)}`);
    expect(links.sort()).toEqual(
      [
        'b1-LOCATED_IN->v1',
        'b2-LOCATED_IN->v1',
        'b3-LOCATED_IN->t2',
        't1-LOCATED_IN->c',
        't2-LOCATED_IN->c',
        'v1-LOCATED_IN->t1',
      ].sort(),
    );
    expect(linkType(org('x', '某党委') as never)).toBe('PART_OF');
  });

  it('when a person holds posts in two bodies, then they are one node with both posts', () => {
    const { graph } = hierarchyGraph(TREE, word);
    expect(graph.filterNodes((_n, a) => a.kind === 'Person')).toHaveLength(3);
    expect(
      graph
        .outEdges('p:zhang')
        .map((e) => graph.target(e))
        .sort(),
    ).toEqual(['b1', 'b2']);
  });

  it('when laid out, then every level is one column further right and the first row is on top', () => {
    const { graph, cells } = hierarchyGraph(TREE, word);
    const x = ['c', 't1', 'v1', 'b1', 'p:zhang'].map((id) => graph.getNodeAttribute(id, 'x'));
    for (let i = 1; i < x.length; i++) expect(x[i]!).toBeGreaterThan(x[i - 1]!);
    expect(cells.get('p:zhang')!.row).toBe(0);
    expect(graph.getNodeAttribute('p:zhang', 'y')).toBeGreaterThan(graph.getNodeAttribute('p:li', 'y'));
  });

  it('when laid out, then no two label boxes overlap (a box: the node, then the label to its right, one row high)', () => {
    const { graph } = hierarchyGraph(TREE, word);
    const boxes = graph.mapNodes((_n, a) => ({
      label: a.label,
      left: a.x,
      right: a.x + labelWidth(a.label) + 0.5,
      top: a.y + ROW_HEIGHT / 2,
      bottom: a.y - ROW_HEIGHT / 2,
    }));
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) {
        const [a, b] = [boxes[i]!, boxes[j]!];
        const overlap = a.left < b.right && b.left < a.right && a.bottom < b.top && b.bottom < a.top;
        expect(overlap ? `${a.label} × ${b.label}` : '').toBe('');
      }
  });

  it('when every post of a person is former, then the label says so and the edge is faint; a current holder is labelled by name only', () => {
    const { graph } = hierarchyGraph(TREE, word);
    expect(graph.getNodeAttribute('p:zhao', 'label')).toBe('赵小东(原任)');
    expect(graph.getNodeAttribute('p:li', 'label')).toBe('李红梅');
    expect(graph.getEdgeAttribute('h4', 'caption')).toBe('组织委员(原任)');
    expect(graph.getEdgeAttribute('h4', 'color')).not.toBe(graph.getEdgeAttribute('h3', 'color'));
  });

  it('when laid out, then the frame holds every node and the labels to their right', () => {
    const { graph, frame } = hierarchyGraph(TREE, word);
    graph.forEachNode((_n, a) => {
      expect(a.x + labelWidth(a.label)).toBeLessThanOrEqual(frame.x[1]);
      expect(a.y).toBeGreaterThanOrEqual(frame.y[0]);
      expect(a.y).toBeLessThanOrEqual(frame.y[1]);
    });
  });
});

describe('personLabel, labelWidth and postsInTree', () => {
  it('when a person has one current and one former post, then they are labelled as a current holder', () => {
    expect(personLabel('张建国', [{ status: 'former' }, { status: 'current' }], word)).toBe('张建国');
    expect(personLabel('张建国', [{ status: 'proposed' }], word)).toBe('张建国(拟任)');
  });

  it('when a label mixes Chinese and Latin letters, then Latin letters count about half', () => {
    expect(labelWidth('某某县')).toBe(3);
    expect(labelWidth('ab')).toBeCloseTo(1.1);
  });

  it('when a tree has former posts, then postsInTree lists the current ones first with their bodies', () => {
    const posts = postsInTree(TREE);
    expect(posts.map((p) => [p.post.person.properties.name, p.body.id, p.post.status])).toEqual([
      ['张建国', 'b1', 'current'],
      ['张建国', 'b2', 'current'],
      ['李红梅', 'b3', 'current'],
      ['赵小东', 'b3', 'former'],
    ]);
  });
});
