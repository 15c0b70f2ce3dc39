import type { ApiErrorBody, QueryListResponse, QueryResult } from '../../../model';
import { fixtureId } from '../../fixtures/api/graph';
import { postJson, useFixtureApi } from '../../fixtures/api/server';
import { getJson } from '../../support/server';

const api = useFixtureApi();
const run = <T = QueryResult>(name: string, body: unknown) => postJson<T>(`${api.app.url}/api/queries/${name}`, body);

describe('POST /api/queries/:name with invalid input', () => {
  it.each([
    ['an unknown query name', 'no-such-query', { params: {} }, 404, 'no-such-query'],
    ['a name that is not a query name', 'Bad_Name', { params: {} }, 400, 'name'],
    ['a missing required parameter', 'who-leads', { params: {} }, 400, 'scope is required'],
    ['a parameter of the wrong type', 'who-leads', { params: { scope: 7 } }, 400, 'scope must be text'],
    [
      'an integer parameter given as text',
      'shared-initiatives',
      { params: { minCounties: 'two' } },
      400,
      'minCounties must be a whole number',
    ],
    [
      'an integer parameter with a fraction',
      'shared-initiatives',
      { params: { minCounties: 1.5 } },
      400,
      'minCounties must be a whole number',
    ],
    [
      'a list parameter that is not a list',
      'search',
      { params: { q: 'x', labels: 'Person' } },
      400,
      'labels must be a list',
    ],
    ['an unknown parameter', 'shared-initiatives', { params: { minCountys: 2 } }, 400, "'minCountys'"],
    ['params that are not an object', 'shared-initiatives', { params: 'minCounties=2' }, 400, 'params'],
    ['an unknown body field', 'shared-initiatives', { parameters: {} }, 400, "'parameters'"],
  ])('when the request has %s, then %i naming it', async (_what, name, body, status, text) => {
    const res = await run<ApiErrorBody>(name, body);
    expect(res.status).toBe(status);
    expect(res.body.error.message).toContain(text);
  });
});

describe('GET /api/queries', () => {
  it('lists the library with descriptions in both languages and typed parameters', async () => {
    const { status, body } = await getJson<QueryListResponse>(`${api.app.url}/api/queries`);
    expect(status).toBe(200);
    const names = body.queries.map((q) => q.name);
    expect(names).toEqual(
      expect.arrayContaining(['search', 'neighborhood', 'shortest-path', 'shared-initiatives', 'who-leads']),
    );
    const shared = body.queries.find((q) => q.name === 'shared-initiatives');
    expect(shared?.description.en).toBeTruthy();
    expect(shared?.description.zh).toBeTruthy();
    expect(shared?.parameters).toEqual([
      expect.objectContaining({ name: 'minCounties', type: 'integer', default: 2 }),
      expect.objectContaining({ name: 'limit', type: 'integer', default: 100 }),
    ]);
    // No Cypher text leaks into the listing.
    expect(JSON.stringify(body)).not.toMatch(/MATCH \(/);
  });
});

describe('POST /api/queries/:name', () => {
  it('when run with parameters, then rows and the graph in them come back', async () => {
    const { status, body } = await run('who-leads', { params: { scope: fixtureId('duma') } });
    expect(status).toBe(200);
    expect(body.columns).toEqual(['scope', 'chain', 'person', 'post', 'title']);
    expect(body.rows.map((r) => (r.person as { id: string }).id).sort()).toEqual(
      [fixtureId('li'), fixtureId('zhao')].sort(),
    );
    expect(body.graph.nodes.map((n) => n.id)).toEqual(
      expect.arrayContaining([fixtureId('duma'), fixtureId('li'), fixtureId('zhao')]),
    );
    expect(body.graph.relationships.every((r) => r.type === 'HOLDS_POST')).toBe(true);
    expect(body.truncated).toBe(false);
  });

  it('when a parameter is left out, then its default from the file header is used', async () => {
    const withDefault = await run('shared-initiatives', {});
    const explicit = await run('shared-initiatives', { params: { minCounties: 2 } });
    expect(withDefault.status).toBe(200);
    expect(withDefault.body.rows).toEqual(explicit.body.rows);
    expect(withDefault.body.rows.map((r) => (r.initiative as { id: string }).id)).toContain(fixtureId('shuangbaodao'));
  });

  it('when the body is empty, then defaults apply', async () => {
    const res = await fetch(`${api.app.url}/api/queries/shared-initiatives`, { method: 'POST' });
    expect(res.status).toBe(200);
  });
});
