/** The devset scorer (scripts/eval) on tiny hand-made graphs and annotations: it must count right. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { GraphDocument, GraphNode, GraphRelationship } from '../../../model/graph';
import {
  AnnotationFileError,
  DevsetAnnotation,
  fromSeed,
  readDevsetFolder,
  type ScoredAnnotation,
} from '../../../scripts/eval/annotation';
import { bodyMatches, scoreSplit } from '../../../scripts/eval/score';

const A = 'a1';
const prov = { articles: [A], evidence: [] };

function n(id: string, label: string, name: string, extra: Record<string, unknown> = {}): GraphNode {
  return { id, labels: [label], properties: { name, aliases: [], ...prov, ...extra } } as unknown as GraphNode;
}
function r(
  type: string,
  start: string,
  end: string,
  props: Record<string, unknown> = {},
  articles = [A],
): GraphRelationship {
  return {
    id: `${type}:${start}->${end}:${String(props.title ?? props.role ?? '')}`,
    type,
    start,
    end,
    properties: { ...props, articles, evidence: [] },
  } as unknown as GraphRelationship;
}
function doc(nodes: GraphNode[], rels: GraphRelationship[]): GraphDocument {
  const article = {
    id: `article:${A}`,
    labels: ['Article'],
    properties: { name: A, title: '', text: '', items: [], source: `${A}.txt`, articles: [], evidence: [] },
  } as unknown as GraphNode;
  const mentions = nodes.map((x) => r('MENTIONS', `article:${A}`, x.id, { count: 1 }));
  return { format: 'govgraph/1', nodes: [article, ...nodes], relationships: [...rels, ...mentions] };
}
const empty: ScoredAnnotation = {
  article: A,
  people: [],
  posts: [],
  credits: [],
  nonPosts: [],
  places: [],
  concepts: [],
};

describe('devset annotation files', () => {
  const valid = {
    article: 'x1',
    province: '浙江省',
    county: '余杭区',
    genre: 'brief',
    note: '',
    people: ['钱某某'],
    posts: [{ person: '钱某某', title: '书记', body: '东塘村党委', status: 'current' }],
    credits: [],
    nonPosts: [],
    places: [{ place: '东塘村', parent: '仁和街道', level: 'village' }],
    concepts: [{ name: '双报到', counties: ['余杭区'], category: 'mechanism', national: true }],
  };

  it('when a post has a status outside current/former/proposed, then the schema rejects it', () => {
    expect(DevsetAnnotation.safeParse({ ...valid, posts: [{ ...valid.posts[0], status: 'acting' }] }).success).toBe(
      false,
    );
  });

  it('when a post holder is missing from people, then the schema rejects it', () => {
    expect(DevsetAnnotation.safeParse({ ...valid, people: [] }).success).toBe(false);
  });

  it('when a file breaks the schema, then reading the folder fails with its path', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'devset-'));
    fs.writeFileSync(path.join(dir, 'x1.json'), JSON.stringify({ ...valid, genre: 'poem' }));
    expect(() => readDevsetFolder(dir)).toThrow(AnnotationFileError);
    expect(() => readDevsetFolder(dir)).toThrow(/x1\.json/);
  });

  it('when a file is valid, then it is read', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'devset-'));
    fs.writeFileSync(path.join(dir, 'x1.json'), JSON.stringify(valid));
    expect(readDevsetFolder(dir)).toHaveLength(1);
  });

  it('when a seed annotation lists 记者 in 本报 and a 村民 as posts, then they become a credit and a non-post', () => {
    const s = fromSeed({
      article: A,
      posts: [
        { person: '甲某', title: '记者', body: '本报' },
        { person: '乙某', title: '村民', body: '某村' },
        { person: '丙某', title: '书记', body: '某村党支部' },
      ],
      places: [],
      concepts: ['某某红'],
    });
    expect(s.posts).toEqual([{ person: '丙某', title: '书记', body: '某村党支部', status: 'current' }]);
    expect(s.credits).toEqual([{ person: '甲某', role: '记者' }]);
    expect(s.nonPosts).toEqual([{ person: '乙某', role: '村民' }]);
    expect(s.people).toEqual(['甲某', '乙某', '丙某']);
  });

  it('when a seed annotation lists credits of its own, then they are credits and their people are people', () => {
    const s = fromSeed({
      article: A,
      posts: [{ person: '丙某', title: '书记', body: '某村党支部' }],
      credits: [{ person: '甲某', role: '校对' }],
      places: [],
      concepts: [],
    });
    expect(s.credits).toEqual([{ person: '甲某', role: '校对' }]);
    expect(s.people).toEqual(['丙某', '甲某']);
    expect(s.posts).toHaveLength(1);
  });
});

describe('body matching', () => {
  it('when the node name is a short generic body ending the annotated one, then it does not match', () => {
    expect(bodyMatches(['村党支部'], '东塘村党支部')).toBe(false);
    expect(bodyMatches(['党委'], '青山镇党委')).toBe(false);
  });

  it('when one name ends with the other and the shorter names its place, then it matches', () => {
    expect(bodyMatches(['杭州市余杭区委'], '余杭区委')).toBe(true);
    expect(bodyMatches(['东塘村党委'], '东塘村党委')).toBe(true);
    expect(bodyMatches(['西塘村党委'], '东塘村党委')).toBe(false);
  });
});

describe('scoring a split', () => {
  it('when the graph has one right post, one wrong post and misses one, then tp 1, fp 1, fn 1', () => {
    const g = doc(
      [
        n('p:1', 'Person', '钱某某'),
        n('p:2', 'Person', '周某某'),
        n('o:1', 'Organization', '东塘村党委'),
        n('o:2', 'Organization', '仁和街道党工委'),
      ],
      [r('HOLDS_POST', 'p:1', 'o:1', { title: '书记' }), r('HOLDS_POST', 'p:2', 'o:1', { title: '书记' })],
    );
    const s = scoreSplit(g, [
      {
        ...empty,
        people: ['钱某某', '周某某'],
        posts: [
          { person: '钱某某', title: '书记', body: '东塘村党委', status: 'current' },
          { person: '周某某', title: '书记', body: '仁和街道党工委', status: 'current' },
        ],
      },
    ]);
    expect([s.postsPrecision.k, s.postsPrecision.n]).toEqual([1, 2]);
    expect([s.postsRecall.k, s.postsRecall.n]).toEqual([1, 2]);
    expect(s.postsRecall.wrong).toEqual(['a1: 周某某 书记 仁和街道党工委']);
    expect(s.personNodes.value).toBe(1);
  });

  it('when a post of another article is in the graph, then it is not counted for this one', () => {
    const g = doc(
      [n('p:1', 'Person', '钱某某'), n('o:1', 'Organization', '东塘村党委')],
      [r('HOLDS_POST', 'p:1', 'o:1', { title: '书记' }, ['other'])],
    );
    const s = scoreSplit(g, [
      {
        ...empty,
        people: ['钱某某'],
        posts: [{ person: '钱某某', title: '书记', body: '东塘村党委', status: 'current' }],
      },
    ]);
    expect(s.postsPrecision.n).toBe(0);
    expect(s.postsRecall.k).toBe(0);
  });

  it('when a proposed post is read without status, then it is found but its status is wrong', () => {
    const g = doc(
      [n('p:1', 'Person', '熊某某'), n('o:1', 'Organization', '杨场镇党委')],
      [r('HOLDS_POST', 'p:1', 'o:1', { title: '书记' })],
    );
    const s = scoreSplit(g, [
      {
        ...empty,
        people: ['熊某某'],
        posts: [{ person: '熊某某', title: '书记', body: '杨场镇党委', status: 'proposed' }],
      },
    ]);
    expect(s.postsRecall.k).toBe(1);
    expect([s.postStatus.k, s.postStatus.n]).toEqual([0, 1]);
  });

  it('when a credit became a HOLDS_POST in 本报 and another is CREDITED, then one credit as post and one found', () => {
    const g = doc(
      [n('p:1', 'Person', '沈某某'), n('p:2', 'Person', '陆某某'), n('o:bb', 'Organization', '本报')],
      [r('HOLDS_POST', 'p:1', 'o:bb', { title: '记者' }), r('CREDITED', 'p:2', `article:${A}`, { role: '通讯员' })],
    );
    const s = scoreSplit(g, [
      {
        ...empty,
        people: ['沈某某', '陆某某'],
        credits: [
          { person: '沈某某', role: '记者' },
          { person: '陆某某', role: '通讯员' },
        ],
      },
    ]);
    expect([s.creditsAsPosts.k, s.creditsAsPosts.n]).toEqual([1, 2]);
    expect([s.creditsFound.k, s.creditsFound.n]).toEqual([1, 2]);
    expect(s.postsPrecision).toMatchObject({ k: 0, n: 1 });
  });

  it('when a place is found with the wrong parent and another is missed, then recall 1/2 and parent 0/1', () => {
    const g = doc(
      [
        n('pl:c', 'Place', '余杭区', { level: 'county' }),
        n('pl:t', 'Place', '良渚街道', { level: 'township' }),
        n('pl:v', 'Place', '东塘村', { level: 'village' }),
      ],
      [r('LOCATED_IN', 'pl:v', 'pl:t'), r('LOCATED_IN', 'pl:t', 'pl:c')],
    );
    const s = scoreSplit(g, [
      {
        ...empty,
        places: [
          { place: '东塘村', parent: '仁和街道', level: 'village' },
          { place: '仁和街道', parent: '余杭区', level: 'township' },
        ],
      },
    ]);
    expect([s.placesRecall.k, s.placesRecall.n]).toEqual([1, 2]);
    expect([s.placeParent.k, s.placeParent.n]).toEqual([0, 1]);
    expect([s.placeLevel.k, s.placeLevel.n]).toEqual([1, 1]);
    // 余杭区 and 良渚街道 are mentioned places no annotation names.
    expect([s.placesPrecision.k, s.placesPrecision.n]).toEqual([1, 3]);
  });

  it('when a place’s parent is higher on its chain, then the parent counts as right', () => {
    const g = doc(
      [
        n('pl:c', 'Place', '余杭区', { level: 'county' }),
        n('pl:t', 'Place', '仁和街道', { level: 'township' }),
        n('pl:v', 'Place', '东塘村', { level: 'village' }),
      ],
      [r('LOCATED_IN', 'pl:v', 'pl:t'), r('LOCATED_IN', 'pl:t', 'pl:c')],
    );
    const s = scoreSplit(g, [{ ...empty, places: [{ place: '东塘村', parent: '余杭区' }] }]);
    expect(s.placeParent.value).toBe(1);
  });

  it('when a concept is found by a surface form and a shared concept runs in one of its two counties, then pairs 1/2 and joined 0/1', () => {
    const g = doc(
      [
        n('pl:a', 'Place', '甲县', { level: 'county' }),
        n('pl:b', 'Place', '乙县', { level: 'county' }),
        n('m:1', 'Mechanism', '在职党员到社区报到'),
        n('i:x', 'Initiative', '某某红'),
      ],
      [r('RUNS', 'pl:a', 'm:1')],
    );
    const a1: ScoredAnnotation = {
      ...empty,
      concepts: [{ name: '双报到', surfaces: ['在职党员到社区报到'], counties: ['甲县'] }],
    };
    const a2: ScoredAnnotation = { ...empty, article: 'a2', concepts: [{ name: '双报到', counties: ['乙县'] }] };
    const s = scoreSplit(g, [a1, a2]);
    expect([s.conceptsRecall.k, s.conceptsRecall.n]).toEqual([1, 2]);
    expect([s.conceptsPrecision.k, s.conceptsPrecision.n]).toEqual([1, 2]);
    expect([s.sharedPairs.k, s.sharedPairs.n]).toEqual([1, 2]);
    expect(s.sharedPairs.wrong).toEqual(['双报到 in 乙县']);
    expect([s.sharedJoined.k, s.sharedJoined.n]).toEqual([0, 1]);
  });

  it('when a Person node is not an annotated person, then the share of people drops', () => {
    const g = doc([n('p:1', 'Person', '钱某某'), n('p:2', 'Person', '李伟接')], []);
    const s = scoreSplit(g, [{ ...empty, people: ['钱某某'] }]);
    expect([s.personNodes.k, s.personNodes.n]).toEqual([1, 2]);
    expect(s.personNodes.wrong).toEqual(['p:2']);
  });

  it('when a 村民 became a post, then it counts as a non-post made a post', () => {
    const g = doc(
      [n('p:1', 'Person', '吴某某'), n('pl:v', 'Place', '东塘村', { level: 'village' })],
      [r('HOLDS_POST', 'p:1', 'pl:v', { title: '村民' })],
    );
    const s = scoreSplit(g, [{ ...empty, people: ['吴某某'], nonPosts: [{ person: '吴某某', role: '老村民' }] }]);
    expect([s.nonPostsAsPosts.k, s.nonPostsAsPosts.n]).toEqual([1, 1]);
  });
});

describe('the development set itself', () => {
  const root = path.resolve(__dirname, '..', '..', 'fixtures', 'devset');
  const dev = readDevsetFolder(path.join(root, 'dev'));
  const test = readDevsetFolder(path.join(root, 'test'));

  it('when the splits are read, then every annotation is valid and the frozen test split holds at least a quarter', () => {
    // test/ is frozen at 13 articles; later dev articles (dv40–) were written to widen the dev set.
    expect(dev.length + test.length).toBeGreaterThanOrEqual(36);
    expect(test.length).toBeGreaterThanOrEqual(13);
    expect(test.length * 4).toBeGreaterThanOrEqual(dev.length + test.length);
  });

  it('when an annotation names a person, place or concept form, then the article next to it contains it', () => {
    for (const [split, annotations] of [
      ['dev', dev],
      ['test', test],
    ] as const) {
      for (const a of annotations) {
        const text = fs.readFileSync(path.join(root, split, `${a.article}.txt`), 'utf8');
        const forms = [
          ...a.people,
          ...a.places.map((p) => p.place),
          ...a.concepts.flatMap((c) => c.surfaces ?? [c.name]),
        ];
        expect(forms.filter((f) => !text.includes(f))).toEqual([]);
      }
    }
  });

  it('when concepts are counted over the set, then at least 8 are annotated in two or more counties', () => {
    const counties = new Map<string, Set<string>>();
    for (const a of [...dev, ...test])
      for (const c of a.concepts)
        c.counties.forEach((x) => counties.set(c.name, (counties.get(c.name) ?? new Set()).add(x)));
    expect([...counties.values()].filter((s) => s.size >= 2).length).toBeGreaterThanOrEqual(8);
  });
});
