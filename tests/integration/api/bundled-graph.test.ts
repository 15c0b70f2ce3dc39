/**
 * The API over the bundled corpus graph (graph-data/graph.json), loaded with the real loader:
 * the user's questions answered end to end, with provenance back to the article text.
 */
import fs from 'node:fs';
import type { Driver } from 'neo4j-driver';
import type {
  ArticleResponse,
  CountiesResponse,
  Evidence,
  GraphPayload,
  LeadersResponse,
  NodeResponse,
  PathResponse,
  SearchResponse,
  SharedInitiativesResponse,
} from '../../../model';
import { BUNDLED_GRAPH, clearLoaded, loadGraph, readGraphDocument } from '../../../pipeline/load';
import type { Running } from '../../../server/main';
import { startApiServer } from '../../fixtures/api/server';
import { getJson, testDriver } from '../../support/server';

const DB = process.env.NEO4J_DATABASE ?? 'neo4j';
const describeBundled = fs.existsSync(BUNDLED_GRAPH) ? describe : describe.skip;
const q = encodeURIComponent;

describeBundled('the API over the bundled corpus graph', () => {
  let app: Running;
  let driver: Driver;
  const get = async <T>(path: string) => {
    const res = await getJson<T>(`${app.url}${path}`);
    expect([path, res.status]).toEqual([path, 200]);
    return res.body;
  };

  beforeAll(async () => {
    driver = testDriver();
    await loadGraph(driver, DB, readGraphDocument(BUNDLED_GRAPH));
    app = await startApiServer();
  });
  afterAll(async () => {
    await app.close();
    await clearLoaded(driver, DB, 1000);
    await driver.close();
  });

  it('when searching a partial name, then the person is found, and every evidence sentence is where it says in its article', async () => {
    const { hits } = await get<SearchResponse>(`/api/search?q=${q('志江')}&labels=Person`);
    const person = hits.find((h) => h.node.properties.name === '宋志江');
    expect(person).toBeDefined();
    const { node } = await get<NodeResponse>(`/api/nodes/${q(person!.node.id)}`);
    const evidence = (node.properties.evidence ?? []) as Evidence[];
    expect(evidence.length).toBeGreaterThan(0);
    for (const e of evidence) {
      const { article } = await get<ArticleResponse>(`/api/articles/${q(e.article)}`);
      expect(article.properties.text.slice(e.start, e.end)).toBe(e.sentence);
      expect(e.sentence).toContain(e.surface);
    }
  });

  it('when asking who leads in a county, then the tree starts at the county and every post sits under it', async () => {
    const { counties } = await get<CountiesResponse>('/api/counties');
    expect(counties.length).toBeGreaterThanOrEqual(3);
    const xinjiang = counties.find((c) => c.name === '新绛县');
    const body = await get<LeadersResponse>(`/api/leaders?scope=${q(xinjiang!.id)}`);
    expect(body.tree.node.id).toBe(xinjiang!.id);
    const posts = (function all(e: LeadersResponse['tree']): LeadersResponse['tree']['posts'] {
      return [...e.posts, ...e.children.flatMap(all)];
    })(body.tree);
    expect(posts.map((p) => p.person.properties.name)).toContain('宋志江');
    for (const p of posts) expect(p.relationship.start).toBe(p.person.id);
  });

  it('when asking for initiatives shared across counties, then each is run in at least that many counties', async () => {
    const body = await get<SharedInitiativesResponse>('/api/shared-initiatives?minCounties=2');
    expect(body.initiatives.length).toBeGreaterThan(0);
    for (const i of body.initiatives) {
      expect(i.countyCount).toBeGreaterThanOrEqual(2);
      expect(i.counties).toHaveLength(i.countyCount);
      for (const c of i.counties) expect(body.counties).toContain(c.county);
    }
    expect(body.initiatives.map((i) => i.node.properties.name)).toContain('双报到');
  });

  it('when expanding a person and finding a path from them, then the graph is drawable: every relationship joins nodes of the payload', async () => {
    const hood = await get<GraphPayload>(`/api/nodes/${q('person:140825/宋志江')}/neighbors?depth=1`);
    const ids = new Set(hood.nodes.map((n) => n.id));
    expect(ids.has('person:140825/宋志江')).toBe(true);
    for (const r of hood.relationships) expect(ids.has(r.start) && ids.has(r.end)).toBe(true);
    const other = hood.nodes.find((n) => n.labels.includes('Organization'))!;
    const path = await get<PathResponse>(`/api/path?from=${q('person:140825/宋志江')}&to=${q(other.id)}`);
    expect(path.found).toBe(true);
    expect(path.graph.nodes.map((n) => n.id)).toEqual(expect.arrayContaining(['person:140825/宋志江', other.id]));
  });

  it('when a subgraph holds an article, then it carries the title but not the full text, which /api/articles/:id serves', async () => {
    const hood = await get<GraphPayload>(`/api/nodes/${q('person:140825/宋志江')}/neighbors?depth=1`);
    const article = hood.nodes.find((n) => n.labels.includes('Article'))!;
    expect(article.properties).toHaveProperty('title');
    expect(article.properties).not.toHaveProperty('text');
    const full = await get<ArticleResponse>(`/api/articles/${q(article.id)}`);
    expect(full.article.properties.text.length).toBeGreaterThan(1000);
  });
});
