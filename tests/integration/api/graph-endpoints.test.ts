import type {
  ApiErrorBody,
  ArticleResponse,
  CountiesResponse,
  GraphPayload,
  HierarchyEntry,
  InitiativeRunnersResponse,
  LeadersResponse,
  NodeResponse,
  PathResponse,
  SearchResponse,
  SharedInitiativesResponse,
} from '../../../model';
import { fixtureId } from '../../fixtures/api/graph';
import { useFixtureApi } from '../../fixtures/api/server';
import { getJson } from '../../support/server';

const api = useFixtureApi();
const get = <T>(path: string) => getJson<T>(`${api.app.url}${path}`);
const q = encodeURIComponent;

describe('invalid input to the graph endpoints', () => {
  it.each([
    ['/api/search', 'q'],
    ['/api/search?q=', 'q'],
    [`/api/search?q=${q('宋')}&limit=0`, 'limit'],
    [`/api/search?q=${q('宋')}&limit=abc`, 'limit'],
    [`/api/search?q=${q('宋')}&limit=101`, 'limit'],
    [`/api/search?q=${q('宋')}&labels=Dog`, 'labels'],
    [`/api/search?q=${q('宋')}&q=x`, 'q'],
    [`/api/search?q=${q('x'.repeat(201))}`, 'q'],
    [`/api/search?q=${q('宋')}&limt=5`, 'limt'],
    [`/api/nodes/${fixtureId('song')}/neighbors?depth=4`, 'depth'],
    [`/api/nodes/${fixtureId('song')}/neighbors?depth=1.5`, 'depth'],
    [`/api/nodes/${fixtureId('song')}/neighbors?limit=-1`, 'limit'],
    [`/api/nodes/${fixtureId('song')}/neighbors?types=KNOWS`, 'types'],
    ['/api/path?from=a', 'to'],
    ['/api/path?from=a&to=b&maxLength=11', 'maxLength'],
    ['/api/shared-initiatives?minCounties=0', 'minCounties'],
    [`/api/initiatives/${fixtureId('shuangbaodao')}/runners?limit=501`, 'limit'],
    [`/api/initiatives/${fixtureId('shuangbaodao')}/runners?county=`, 'county'],
    ['/api/leaders', 'scope'],
    [`/api/nodes/${q('x'.repeat(201))}`, 'id'],
  ])('when GET %s, then 400 naming %s in the message, without a stack trace', async (path, field) => {
    const { status, body } = await get<ApiErrorBody>(path);
    expect(status).toBe(400);
    expect(body.error.code).toBe('invalid_request');
    expect(body.error.message).toContain(field);
    expect(JSON.stringify(body)).not.toMatch(/\.ts:\d+|at [A-Za-z]+ \(/);
  });

  it.each([
    [`/api/nodes/${fixtureId('nobody')}`],
    [`/api/nodes/${fixtureId('nobody')}/neighbors`],
    [`/api/articles/${fixtureId('song')}`],
    [`/api/path?from=${fixtureId('song')}&to=${fixtureId('nobody')}`],
    [`/api/leaders?scope=${fixtureId('nowhere')}`],
    [`/api/initiatives/${fixtureId('nobody')}/runners`],
    [`/api/initiatives/${fixtureId('song')}/runners`],
  ])('when GET %s names something that does not exist, then 404 with a message', async (path) => {
    const { status, body } = await get<ApiErrorBody>(path);
    expect(status).toBe(404);
    expect(body.error.code).toBe('not_found');
    expect(body.error.message).toMatch(/no (node|article|place|initiative)/i);
  });
});

describe('GET /api/search', () => {
  it('when searching part of a Chinese name, then the person is found with a score', async () => {
    const { status, body } = await get<SearchResponse>(`/api/search?q=${q('志江')}`);
    expect(status).toBe(200);
    expect(body.query).toBe('志江');
    const hit = body.hits.find((h) => h.node.id === fixtureId('song'));
    expect(hit?.node.labels).toEqual(['Person']);
    expect(hit?.score).toBeGreaterThan(0);
  });

  it('when searching by pinyin initials, then the Chinese name is found', async () => {
    const { body } = await get<SearchResponse>(`/api/search?q=szj`);
    expect(body.hits.map((h) => h.node.id)).toContain(fixtureId('song'));
  });

  it('when searching a numbered mechanism by its code, then it is found', async () => {
    const { body } = await get<SearchResponse>(`/api/search?q=13612&labels=Mechanism`);
    expect(body.hits.map((h) => h.node.id)).toContain(fixtureId('13612'));
  });

  it('when labels are given, then only nodes with those labels come back', async () => {
    const { body } = await get<SearchResponse>(`/api/search?q=${q('平陆县')}&labels=Organization`);
    expect(body.hits.length).toBeGreaterThan(0);
    expect(body.hits.every((h) => h.node.labels.includes('Organization'))).toBe(true);
    expect(body.hits.map((h) => h.node.id)).toContain(fixtureId('pinglu-committee'));
  });

  it('when a limit is given, then no more hits than that come back, best first', async () => {
    const { body } = await get<SearchResponse>(`/api/search?q=${q('杜马乡')}&limit=2`);
    expect(body.hits.length).toBe(2);
    expect(body.hits[0]!.score).toBeGreaterThanOrEqual(body.hits[1]!.score);
  });

  it('when the text has Lucene syntax in it, then it is searched as text, not an error', async () => {
    const { status } = await get<SearchResponse>(`/api/search?q=${q('宋志江 OR (*:*')}`);
    expect(status).toBe(200);
  });
});

describe('GET /api/nodes/:id', () => {
  it('when the node exists, then its labels, properties and decoded evidence come back', async () => {
    const { status, body } = await get<NodeResponse>(`/api/nodes/${fixtureId('song')}`);
    expect(status).toBe(200);
    expect(body.node).toMatchObject({ id: fixtureId('song'), labels: ['Person'], properties: { name: '宋志江' } });
    const evidence = body.node.properties.evidence ?? [];
    expect(evidence[0]).toMatchObject({ article: fixtureId('page-1'), surface: '宋志江' });
    expect(typeof evidence[0]!.start).toBe('number');
  });
});

describe('GET /api/nodes/:id/neighbors', () => {
  it('when depth is 1, then the node, its direct neighbours and the relationships between them come back', async () => {
    const { status, body } = await get<GraphPayload>(`/api/nodes/${fixtureId('duma-committee')}/neighbors`);
    expect(status).toBe(200);
    const ids = body.nodes.map((n) => n.id).sort();
    expect(ids).toEqual(
      [
        fixtureId('duma-committee'),
        fixtureId('li'),
        fixtureId('duma'),
        fixtureId('13612'),
        fixtureId('ruicheng-committee'),
        fixtureId('article:page-1'),
      ].sort(),
    );
    const holds = body.relationships.find((r) => r.type === 'HOLDS_POST');
    expect(holds).toMatchObject({
      start: fixtureId('li'),
      end: fixtureId('duma-committee'),
      properties: { title: '书记' },
    });
    // Every relationship joins two nodes of the payload, by our ids.
    for (const r of body.relationships) expect(ids).toEqual(expect.arrayContaining([r.start, r.end]));
    expect(body.truncated).toBe(false);
  });

  it('when types are given, then only those relationships are followed', async () => {
    const { body } = await get<GraphPayload>(`/api/nodes/${fixtureId('duma-committee')}/neighbors?types=HOLDS_POST`);
    expect(body.nodes.map((n) => n.id).sort()).toEqual([fixtureId('duma-committee'), fixtureId('li')].sort());
    expect(body.relationships.map((r) => r.type)).toEqual(['HOLDS_POST']);
  });

  it('when the limit is smaller than the neighbourhood, then it is capped (centre included) and says truncated', async () => {
    const { body } = await get<GraphPayload>(`/api/nodes/${fixtureId('duma-committee')}/neighbors?limit=3&depth=2`);
    expect(body.nodes).toHaveLength(3);
    expect(body.nodes.map((n) => n.id)).toContain(fixtureId('duma-committee'));
    expect(body.truncated).toBe(true);
  });

  it('when depth is 2, then nodes two hops away are included', async () => {
    const { body } = await get<GraphPayload>(
      `/api/nodes/${fixtureId('li')}/neighbors?depth=2&types=HOLDS_POST,LOCATED_IN`,
    );
    expect(body.nodes.map((n) => n.id)).toEqual(
      expect.arrayContaining([fixtureId('duma-committee'), fixtureId('duma')]),
    );
    expect(body.nodes.map((n) => n.id)).not.toContain(fixtureId('pinglu'));
  });
});

describe('GET /api/articles/:id', () => {
  it('when the article exists, then its text and decoded items come back', async () => {
    const { status, body } = await get<ArticleResponse>(`/api/articles/${q(fixtureId('article:page-1'))}`);
    expect(status).toBe(200);
    expect(body.article.labels).toEqual(['Article']);
    expect(body.article.properties.text).toContain('宋志江');
    expect(body.article.properties.items[0]).toMatchObject({ index: 0, kind: 'feature' });
  });

  it('when asked by the key evidence uses, then the same article comes back, with the sentence at its offsets', async () => {
    const { node } = (await get<NodeResponse>(`/api/nodes/${fixtureId('li')}`)).body;
    const e = node.properties.evidence![0]!;
    const { status, body } = await get<ArticleResponse>(`/api/articles/${q(e.article)}`);
    expect(status).toBe(200);
    expect(body.article.id).toBe(fixtureId('article:page-1'));
    expect(body.article.properties.text.slice(e.start, e.end)).toBe(e.sentence);
  });
});

describe('GET /api/path', () => {
  it('when two nodes are connected, then the shortest path between them comes back as a graph', async () => {
    const { status, body } = await get<PathResponse>(
      `/api/path?from=${fixtureId('zhao')}&to=${fixtureId('pinglu')}&maxLength=6`,
    );
    expect(status).toBe(200);
    expect(body.found).toBe(true);
    const ids = body.graph.nodes.map((n) => n.id);
    expect(ids).toEqual(expect.arrayContaining([fixtureId('zhao'), fixtureId('pinglu')]));
    expect(body.graph.relationships.length).toBe(body.graph.nodes.length - 1);
    // Articles mention everything; a path through one would say nothing.
    expect(body.graph.relationships.map((r) => r.type)).not.toContain('MENTIONS');
    expect(body.graph.nodes).toHaveLength(5);
  });

  it('when the ends are given by name, then they are found too', async () => {
    const { body } = await get<PathResponse>(`/api/path?from=${q('宋志江')}&to=${q('芮城县委')}`);
    expect(body.found).toBe(true);
  });

  it('when no path exists, then found is false and the graph is empty', async () => {
    const { status, body } = await get<PathResponse>(`/api/path?from=${fixtureId('song')}&to=${fixtureId('island')}`);
    expect(status).toBe(200);
    expect(body).toEqual({ found: false, graph: { nodes: [], relationships: [] } });
  });

  it('when maxLength is shorter than the shortest path, then found is false', async () => {
    const { body } = await get<PathResponse>(
      `/api/path?from=${fixtureId('zhao')}&to=${fixtureId('pinglu')}&maxLength=1`,
    );
    expect(body.found).toBe(false);
  });
});

describe('GET /api/shared-initiatives', () => {
  it('when minCounties is 2, then the initiative run in two counties comes back with its number of runners per county', async () => {
    const { status, body } = await get<SharedInitiativesResponse>('/api/shared-initiatives?minCounties=2');
    expect(status).toBe(200);
    expect(body.minCounties).toBe(2);
    const shared = body.initiatives.find((i) => i.node.id === fixtureId('shuangbaodao'));
    expect(shared?.countyCount).toBe(2);
    expect(shared?.counties).toEqual([
      { county: '平陆县', runnerCount: 1 },
      { county: '芮城县', runnerCount: 1 },
    ]);
    // The derived lists are the response's `counties`, not repeated in the node.
    expect(shared?.node.properties).not.toHaveProperty('countyRunners');
    expect(body.initiatives.map((i) => i.node.id)).not.toContain(fixtureId('hongse'));
    // Columns: every county running anything, including those of single-county initiatives.
    expect(body.counties).toEqual(expect.arrayContaining(['平陆县', '芮城县']));
  });

  it('when minCounties is 1, then single-county initiatives come back too', async () => {
    const { body } = await get<SharedInitiativesResponse>('/api/shared-initiatives?minCounties=1');
    expect(body.initiatives.map((i) => i.node.id)).toEqual(
      expect.arrayContaining([fixtureId('hongse'), fixtureId('13612')]),
    );
  });
});

describe('GET /api/initiatives/:id/runners', () => {
  it('when a county is given, then its runners come back with the RUNS relationship and its evidence', async () => {
    const { status, body } = await get<InitiativeRunnersResponse>(
      `/api/initiatives/${fixtureId('shuangbaodao')}/runners?county=${q('平陆县')}`,
    );
    expect(status).toBe(200);
    expect(body.initiative.id).toBe(fixtureId('shuangbaodao'));
    expect(body.county).toBe('平陆县');
    expect(body.truncated).toBe(false);
    expect(body.runners).toHaveLength(1);
    expect(body.runners[0]).toMatchObject({
      id: fixtureId('pinglu-committee'),
      name: '平陆县委',
      labels: ['Organization'],
      county: '平陆县',
    });
    const rel = body.runners[0]!.relationship;
    expect(rel).toMatchObject({ type: 'RUNS', start: fixtureId('pinglu-committee'), end: fixtureId('shuangbaodao') });
    expect(rel.properties.evidence?.[0]?.sentence).toEqual(expect.any(String));
    expect(rel.properties).not.toHaveProperty('sentences');
  });

  it('when no county is given and the limit is 1, then one runner comes back, marked truncated', async () => {
    const { body } = await get<InitiativeRunnersResponse>(
      `/api/initiatives/${fixtureId('shuangbaodao')}/runners?limit=1`,
    );
    expect(body.county).toBeNull();
    expect(body.runners).toHaveLength(1);
    expect(body.truncated).toBe(true);
  });

  it('when the county runs nothing of it, then the list is empty', async () => {
    const { status, body } = await get<InitiativeRunnersResponse>(
      `/api/initiatives/${fixtureId('shuangbaodao')}/runners?county=${q('某某县')}`,
    );
    expect(status).toBe(200);
    expect(body.runners).toEqual([]);
  });
});

describe('GET /api/leaders', () => {
  const find = (entry: HierarchyEntry, id: string): HierarchyEntry | undefined =>
    entry.node.id === id ? entry : entry.children.map((c) => find(c, id)).find(Boolean);

  it('when the scope is a county, then the tree below it holds each post where it is held', async () => {
    const { status, body } = await get<LeadersResponse>(`/api/leaders?scope=${fixtureId('pinglu')}`);
    expect(status).toBe(200);
    expect(body.scope.id).toBe(fixtureId('pinglu'));
    expect(body.tree.node.id).toBe(fixtureId('pinglu'));
    const committee = find(body.tree, fixtureId('pinglu-committee'));
    expect(committee?.posts.map((p) => [p.person.id, p.title])).toEqual([[fixtureId('song'), '书记']]);
    expect(committee?.posts[0]?.relationship).toMatchObject({
      type: 'HOLDS_POST',
      start: fixtureId('song'),
      end: fixtureId('pinglu-committee'),
    });
    // 杜村党支部 sits under 杜村 under 杜马乡 under 平陆县.
    const branch = find(body.tree, fixtureId('ducun-branch'));
    expect(branch?.posts[0]?.person.properties.name).toBe('赵克思');
    expect(find(body.tree, fixtureId('duma'))?.children.map((c) => c.node.id)).toEqual(
      expect.arrayContaining([fixtureId('ducun'), fixtureId('duma-committee')]),
    );
    expect(find(body.tree, fixtureId('ruicheng-committee'))).toBeUndefined();
    expect(body.graph.nodes.map((n) => n.id)).toEqual(
      expect.arrayContaining([fixtureId('song'), fixtureId('li'), fixtureId('zhao')]),
    );
  });

  it('when the scope is named by its Chinese name, then it is found', async () => {
    const { body } = await get<LeadersResponse>(`/api/leaders?scope=${q('杜马乡')}`);
    expect(body.scope.id).toBe(fixtureId('duma'));
    expect(find(body.tree, fixtureId('pinglu-committee'))).toBeUndefined();
  });

  it('when nobody holds a post under the scope, then the tree is the scope alone', async () => {
    const { status, body } = await get<LeadersResponse>(`/api/leaders?scope=${fixtureId('ruicheng')}`);
    expect(status).toBe(200);
    expect(body.tree).toEqual({
      node: expect.objectContaining({ id: fixtureId('ruicheng') }),
      posts: [],
      children: [],
    });
    expect(body.graph.nodes.map((n) => n.id)).toEqual([fixtureId('ruicheng')]);
  });

  it('when the scope is neither a place nor a body, then 400 saying what it is', async () => {
    const { status, body } = await get<ApiErrorBody>(`/api/leaders?scope=${fixtureId('hongse')}`);
    expect(status).toBe(400);
    expect(body.error.message).toContain('Initiative');
  });
});

describe('GET /api/counties', () => {
  it('lists the county-level places with id and name', async () => {
    const { status, body } = await get<CountiesResponse>('/api/counties');
    expect(status).toBe(200);
    expect(body.counties).toEqual(
      expect.arrayContaining([
        { id: fixtureId('pinglu'), name: '平陆县' },
        { id: fixtureId('ruicheng'), name: '芮城县' },
      ]),
    );
    expect(body.counties.map((c) => c.id)).not.toContain(fixtureId('duma'));
  });
});

describe('evidence in drawn subgraphs', () => {
  it('when neighbours are asked for, then no Sentence node comes along and every fact carries its evidence objects', async () => {
    const { status, body } = await get<GraphPayload>(`/api/nodes/${fixtureId('song')}/neighbors?depth=2`);
    expect(status).toBe(200);
    expect(body.nodes.some((n) => (n.labels as string[]).includes('Sentence'))).toBe(false);
    expect(body.relationships.some((r) => ['HAS_SENTENCE', 'MENTIONED_IN'].includes(r.type))).toBe(false);
    const post = body.relationships.find((r) => r.type === 'HOLDS_POST')!;
    expect(post.properties).not.toHaveProperty('sentences');
    expect(post.properties.evidence![0]).toEqual({
      article: expect.any(String),
      item: expect.any(Number),
      sentence: expect.stringContaining('宋志江'),
      start: expect.any(Number),
      end: expect.any(Number),
      surface: expect.any(String),
    });
    const song = body.nodes.find((n) => n.id === fixtureId('song'))!;
    expect(song.properties.evidence![0]).toMatchObject({ surface: '宋志江' });
  });
});
