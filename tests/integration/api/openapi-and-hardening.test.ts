import type { ApiErrorBody } from '../../../model';
import { setLogLevel } from '../../../server/log';
import { fixtureId } from '../../fixtures/api/graph';
import type { Running } from '../../../server/main';
import { postJson, startApiServer, useFixtureApi } from '../../fixtures/api/server';
import { getJson } from '../../support/server';

interface OpenApiDoc {
  openapi: string;
  paths: Record<
    string,
    Record<
      string,
      {
        parameters?: { name: string; in: string; required: boolean; schema: Record<string, unknown> }[];
        requestBody?: unknown;
        responses: Record<string, unknown>;
      }
    >
  >;
  components: { schemas: Record<string, unknown> };
}

const api = useFixtureApi();

describe('GET /api/openapi.json', () => {
  let doc: OpenApiDoc;
  beforeAll(async () => {
    const res = await getJson<OpenApiDoc>(`${api.app.url}/api/openapi.json`);
    expect(res.status).toBe(200);
    doc = res.body;
  });

  it('is an OpenAPI 3.1 document listing every endpoint of the contract', () => {
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths).sort()).toEqual(
      [
        '/api/health',
        '/api/ready',
        '/api/search',
        '/api/nodes/{id}',
        '/api/nodes/{id}/neighbors',
        '/api/articles',
        '/api/articles/{id}',
        '/api/articles/{id}/meta',
        '/api/jobs/{id}',
        '/api/jobs/{id}/events',
        '/api/rebuild',
        '/api/queries',
        '/api/queries/{name}',
        '/api/cypher',
        '/api/cypher/{id}',
        '/api/path',
        '/api/shared-initiatives',
        '/api/initiatives/{id}/runners',
        '/api/leaders',
        '/api/counties',
        '/api/openapi.json',
      ].sort(),
    );
  });

  it('describes query parameters from the validation schemas: required, ranges, defaults', () => {
    const params = doc.paths['/api/search']!.get!.parameters!;
    expect(params.find((p) => p.name === 'q')).toMatchObject({
      in: 'query',
      required: true,
      schema: { type: 'string', maxLength: 200 },
    });
    expect(params.find((p) => p.name === 'limit')).toMatchObject({
      required: false,
      schema: { type: 'integer', minimum: 1, maximum: 100, default: 20 },
    });
    expect(doc.paths['/api/nodes/{id}/neighbors']!.get!.parameters!.map((p) => `${p.in}:${p.name}`)).toEqual([
      'path:id',
      'query:depth',
      'query:limit',
      'query:types',
    ]);
  });

  it('has every $ref resolve to a component, the recursive hierarchy included', () => {
    const refs = [...JSON.stringify(doc).matchAll(/"\$ref":"#\/components\/schemas\/([^"]+)"/g)].map((m) => m[1]!);
    expect(refs).toContain('HierarchyEntry');
    for (const ref of refs) expect(doc.components.schemas).toHaveProperty(ref);
    expect(JSON.stringify(doc.components.schemas.HierarchyEntry)).toContain('#/components/schemas/HierarchyEntry');
  });

  it('documents only endpoints the server really has', async () => {
    for (const [path, methods] of Object.entries(doc.paths)) {
      const url = `${api.app.url}${path.replace('{id}', fixtureId('song')).replace('{name}', 'shared-initiatives')}`;
      for (const method of Object.keys(methods)) {
        const res =
          method === 'post'
            ? await postJson<ApiErrorBody>(url, path === '/api/cypher' ? { query: 'RETURN 1' } : {})
            : method === 'delete' && path === '/api/cypher/{id}'
              ? { body: (await (await fetch(url, { method: 'DELETE' })).json()) as ApiErrorBody }
              : await getJson<ApiErrorBody>(url);
        expect([path, res.body?.error?.message ?? '']).not.toEqual([path, expect.stringContaining('No API endpoint')]);
      }
    }
  });
});

describe('hardening', () => {
  it('sends security headers', async () => {
    const res = await fetch(`${api.app.url}/api/health`);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(res.headers.get('x-powered-by')).toBeNull();
  });

  it('when CORS_ORIGINS is not set, then no cross-origin header is sent', async () => {
    const res = await fetch(`${api.app.url}/api/counties`, { headers: { origin: 'https://evil.example' } });
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
    const preflight = await fetch(`${api.app.url}/api/cypher`, {
      method: 'OPTIONS',
      headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' },
    });
    expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
  });

  describe('when CORS_ORIGINS lists an origin', () => {
    let withCors: Running;
    beforeAll(async () => {
      withCors = await startApiServer({ CORS_ORIGINS: 'https://analyst.example, https://other.example' });
    });
    afterAll(() => withCors.close());

    it('then that origin is allowed, preflight included, and others are not', async () => {
      const ok = await fetch(`${withCors.url}/api/counties`, { headers: { origin: 'https://analyst.example' } });
      expect(ok.headers.get('access-control-allow-origin')).toBe('https://analyst.example');
      const preflight = await fetch(`${withCors.url}/api/cypher`, {
        method: 'OPTIONS',
        headers: { origin: 'https://other.example', 'access-control-request-method': 'POST' },
      });
      expect(preflight.status).toBe(204);
      expect(preflight.headers.get('access-control-allow-methods')).toContain('POST');
      const evil = await fetch(`${withCors.url}/api/counties`, { headers: { origin: 'https://evil.example' } });
      expect(evil.headers.get('access-control-allow-origin')).toBeNull();
    });
  });

  it('logs one structured line per request without query strings, bodies or parameters', async () => {
    const lines: string[] = [];
    const spy = jest.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
      lines.push(String(chunk));
      return true;
    });
    setLogLevel('info');
    try {
      await getJson(`${api.app.url}/api/search?q=${encodeURIComponent('secret-search-term')}`);
      await postJson(`${api.app.url}/api/cypher`, {
        query: 'RETURN $password AS p',
        params: { password: 'hunter2-secret' },
      });
      await postJson(`${api.app.url}/api/cypher`, { query: "CREATE (:Hacked {password: 'hunter3-secret'})" });
      await getJson(`${api.app.url}/api/no-such-endpoint?token=secret-token`);
    } finally {
      setLogLevel('silent');
      spy.mockRestore();
    }
    const records = lines.map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(records.filter((r) => r.message === 'request').map((r) => [r.method, r.path, r.status])).toEqual([
      ['GET', '/api/search', 200],
      ['POST', '/api/cypher', 200],
      ['POST', '/api/cypher', 422],
      ['GET', '/api/no-such-endpoint', 404],
    ]);
    expect(records.find((r) => r.message === 'console query refused')).toMatchObject({ reason: 'write' });
    expect(lines.join('')).not.toMatch(/secret/);
  });
});
