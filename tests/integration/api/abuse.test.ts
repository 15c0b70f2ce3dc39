/**
 * Every hostile or broken request the attack review found answers with a 4xx and a readable message:
 * no 500, no Java class, no planner internals, no write. Each case names the request as it was sent.
 */
import http from 'node:http';
import zlib from 'node:zlib';
import type { ApiErrorBody } from '../../../model';
import type { Running } from '../../../server/main';
import { postJson, startApiServer, useFixtureApi } from '../../fixtures/api/server';
import { getJson } from '../../support/server';

const fixture = useFixtureApi({ QUERY_TIMEOUT_MS: '2000', CONSOLE_RATE_LIMIT: '10000' });
let app: Running;
beforeAll(() => {
  app = fixture.app;
});

/** A raw request, so that headers and bytes are exactly as an attacker would send them. */
function raw(
  method: string,
  path: string,
  headers: Record<string, string>,
  body?: Buffer | string,
): Promise<{ status: number; body: string; headers: http.IncomingHttpHeaders }> {
  const url = new URL(app.url);
  return new Promise((resolve, reject) => {
    const req = http.request({ host: url.hostname, port: url.port, method, path, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8'), headers: res.headers }),
      );
    });
    req.on('error', reject);
    if (body !== undefined) req.write(body);
    req.end();
  });
}

const INTERNALS = /java\.|org\.neo4j|org\.apache|lucene|Exception|at [\w.]+\(|semanticstate|logicalplan/i;

function expectReadable4xx(status: number, text: string): ApiErrorBody {
  expect(status).toBeGreaterThanOrEqual(400);
  expect(status).toBeLessThan(500);
  const body = JSON.parse(text) as ApiErrorBody;
  expect(body.error.message.length).toBeGreaterThan(15);
  expect(text).not.toMatch(INTERNALS);
  return body;
}

describe('malformed URLs', () => {
  it.each(['/api/nodes/%', '/api/nodes/%E0%A4%A', '/api/nodes/%C0%AE%C0%AE'])(
    'when the path is %s, then 400 invalid_url',
    async (path) => {
      const { status, body } = await raw('GET', path, {});
      expect(expectReadable4xx(status, body).error.code).toBe('invalid_url');
      expect(status).toBe(400);
    },
  );
});

describe('request bodies the API cannot read', () => {
  const json = (extra: Record<string, string>) => ({ 'content-type': 'application/json', ...extra });

  it('when the charset is not UTF-8, then 415', async () => {
    const { status, body } = await raw(
      'POST',
      '/api/cypher',
      json({ 'content-type': 'application/json; charset=iso-8859-1' }),
      '{"query":"RETURN 1"}',
    );
    expect(status).toBe(415);
    expectReadable4xx(status, body);
  });

  it('when the Content-Encoding is compress, then 415', async () => {
    const { status, body } = await raw(
      'POST',
      '/api/cypher',
      json({ 'content-encoding': 'compress' }),
      '{"query":"RETURN 1"}',
    );
    expect(status).toBe(415);
    expectReadable4xx(status, body);
  });

  it('when a gzip body is corrupt, then 400', async () => {
    const gz = zlib.gzipSync('{"query":"RETURN 1"}');
    const { status, body } = await raw(
      'POST',
      '/api/cypher',
      json({ 'content-encoding': 'gzip' }),
      gz.subarray(0, gz.length - 6),
    );
    expect(status).toBe(400);
    expectReadable4xx(status, body);
  });

  it('when a gzip body is whole, then it is read as usual', async () => {
    const { status } = await raw(
      'POST',
      '/api/cypher',
      json({ 'content-encoding': 'gzip' }),
      zlib.gzipSync('{"query":"RETURN 1 AS one"}'),
    );
    expect(status).toBe(200);
  });

  it('when parameters nest 5,000 levels deep, then 400 naming the depth limit', async () => {
    const deep = '{"a":'.repeat(5000) + '1' + '}'.repeat(5000);
    const { status, body } = await raw(
      'POST',
      '/api/cypher',
      json({}),
      `{"query":"RETURN $p AS p","params":{"p":${deep}}}`,
    );
    expect(expectReadable4xx(status, body).error.message).toMatch(/nest .* at most 8 deep/);
  });
});

describe('console queries that reach into Neo4j internals or run unbounded', () => {
  const cypher = (query: string, params?: Record<string, unknown>) =>
    postJson<ApiErrorBody>(`${app.url}/api/cypher`, { query, ...(params ? { params } : {}) });

  it.each([
    ['brackets nested 500 deep', `RETURN ${'('.repeat(500)}1${')'.repeat(500)}`, 'too_deep'],
    ['planner debug output', 'CYPHER debug=tostring debug=semanticstate RETURN 1', 'option'],
    ['a debug option after a comment', '/* x */ CYPHER runtime=slotted debug=ast RETURN 1', 'option'],
    ['USE of a missing database', 'USE nonexistent RETURN 1', 'other_database'],
    ['USE of the system graph', 'USE system.graph RETURN 1', 'other_database'],
    ['USE of a graph by element id', "USE graph.byElementId('4:abc:0') RETURN 1", 'other_database'],
    [
      'an expression loop over a huge range',
      'RETURN reduce(s = 0, x IN range(1, 1000000000) | s + x) AS v',
      'unbounded',
    ],
    [
      'nested ranges that multiply',
      'RETURN [x IN range(1, 10000) | size([y IN range(1, 10000) | y])][0] AS v',
      'unbounded',
    ],
    ['a range bound computed at run time', "RETURN size(range(1, toInteger('1000000000'))) AS v", 'unbounded'],
  ])('when the query is %s, then 422 query_refused', async (_what, query, reason) => {
    const { status, body } = await cypher(query);
    expect(status).toBe(422);
    expect(body.error.details?.reason).toBe(reason);
    expect(JSON.stringify(body)).not.toMatch(INTERNALS);
  });

  it('when a range bound comes from a huge parameter, then it is refused too', async () => {
    const { status, body } = await cypher('RETURN reduce(s = 0, x IN range(1, $n) | s + x) AS v', { n: 1_000_000_000 });
    expect(status).toBe(422);
    expect(body.error.details?.reason).toBe('unbounded');
  });

  it('when ranges are small or bounded by data, then they run', async () => {
    expect((await cypher('RETURN reduce(s = 0, x IN range(1, 1000) | s + x) AS v')).status).toBe(200);
    expect((await cypher('WITH [1, 2, 3] AS l RETURN [i IN range(0, size(l) - 1) | l[i]] AS v')).status).toBe(200);
  });

  it('when a write hides in a subquery the planner folds away, then it is still refused', async () => {
    const { status, body } = await cypher(
      'MATCH (p:Person) WITH p LIMIT 1 CALL (p) { WITH p WHERE false DELETE p } RETURN p.id',
    );
    expect(status).toBe(422);
    expect(body.error.details?.reason).toBe('write');
  });

  it.each([
    ["substring('abc', -1)", "RETURN substring('abc', -1) AS s"],
    [
      'a full-text regular expression',
      "CALL db.index.fulltext.queryNodes('entity_names', '/(.*){9000}/') YIELD node RETURN node LIMIT 1",
    ],
    ['a missing full-text index', "CALL db.index.fulltext.queryNodes('no_such_index', 'x') YIELD node RETURN node"],
  ])('when Neo4j fails on %s, then 4xx without Java or Lucene names', async (_what, query) => {
    const res = await cypher(query);
    expectReadable4xx(res.status, JSON.stringify(res.body));
  });
});

describe('the named library and search', () => {
  it('when search gets Lucene syntax, then it is escaped and answers like any text', async () => {
    const res = await postJson<ApiErrorBody>(`${app.url}/api/queries/search`, { params: { q: '/(.*){9000}/' } });
    expect(res.status).toBe(200);
  });

  it.each(["'", '*', '  ', '！？'])('when the search term is %j, then 400', async (q) => {
    const res = await getJson<ApiErrorBody>(`${app.url}/api/search?q=${encodeURIComponent(q)}`);
    expect(res.status).toBe(400);
    expect(res.body.error.message).toMatch(/q must/);
  });
});

describe('headers and exposure', () => {
  it('when the Host is a foreign name (DNS rebinding), then 403 and nothing is served', async () => {
    const { status, body } = await raw('GET', '/api/health', { host: 'attacker.example:8080' });
    expect(status).toBe(403);
    expect(JSON.parse(body).error.code).toBe('host_not_allowed');
  });

  it('when served over plain HTTP, then there is no HSTS and no upgrade-insecure-requests', async () => {
    const res = await fetch(`${app.url}/api/health`);
    expect(res.headers.get('strict-transport-security')).toBeNull();
    expect(res.headers.get('content-security-policy') ?? '').not.toMatch(/upgrade-insecure-requests/);
  });

  it('then the benchmark page is not served', async () => {
    const res = await fetch(`${app.url}/bench.html`);
    expect(await res.text()).not.toMatch(/render bench/);
  });
});

describe('rate limits on the whole API', () => {
  let limited: Running;
  beforeAll(async () => {
    limited = await startApiServer({ API_RATE_LIMIT: '5', API_COSTLY_RATE_LIMIT: '2' });
  });
  afterAll(() => limited.close());

  it('when a client passes the costly budget, then 429 with Retry-After, while cheap endpoints still answer', async () => {
    const path = '/api/shared-initiatives';
    const statuses = [];
    for (let i = 0; i < 3; i++) statuses.push((await fetch(`${limited.url}${path}`)).status);
    expect(statuses.slice(0, 2).every((s) => s !== 429)).toBe(true);
    const refused = await fetch(`${limited.url}${path}`);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
  });

  it('when a client passes the API budget, then even cheap endpoints answer 429', async () => {
    let last = 0;
    for (let i = 0; i < 6; i++) last = (await fetch(`${limited.url}/api/queries`)).status;
    expect(last).toBe(429);
  });
});
