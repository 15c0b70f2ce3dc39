import path from 'node:path';
import { spawnSync } from 'node:child_process';
import type { HealthResponse } from '../../../model';
import type { Running } from '../../../server/main';
import { getJson, startTestServer } from '../../support/server';

describe('GET /api/health', () => {
  describe('when the database answers', () => {
    let app: Running;
    beforeAll(async () => {
      app = await startTestServer();
    });
    afterAll(() => app.close());

    it('reports it up with its version and node counts', async () => {
      const { status, body } = await getJson<HealthResponse>(`${app.url}/api/health`);
      expect(status).toBe(200);
      expect(body.status).toBe('ok');
      expect(body.database.up).toBe(true);
      expect(body.database.version).toMatch(/^5\.26\./);
      expect(body.database.counts).toHaveProperty('Person');
    });

    it('GET /api/ready answers 200', async () => {
      expect((await getJson(`${app.url}/api/ready`)).status).toBe(200);
    });

    it('an unknown API path gets a JSON 404 with a message, not a stack trace', async () => {
      const { status, body } = await getJson<{ error: { code: string; message: string } }>(`${app.url}/api/nope`);
      expect(status).toBe(404);
      expect(body.error.code).toBe('not_found');
      expect(JSON.stringify(body)).not.toMatch(/at .*\.ts:\d+/);
    });
  });

  describe('when NEO4J_URI points at a server that does not answer', () => {
    let app: Running;
    beforeAll(async () => {
      app = await startTestServer({ NEO4J_URI: 'bolt://127.0.0.1:1' });
    });
    afterAll(() => app.close());

    it('reports the database down instead of crashing', async () => {
      const { status, body } = await getJson<HealthResponse>(`${app.url}/api/health`);
      expect(status).toBe(200);
      expect(body.status).toBe('degraded');
      expect(body.database).toMatchObject({ up: false, uri: 'bolt://127.0.0.1:1' });
      expect(body.database.error).toMatch(/not reachable/);
      expect((await getJson(`${app.url}/api/ready`)).status).toBe(503);
    });
  });
});

describe('npm start with an unreachable NEO4J_URI', () => {
  it('fails fast with a message naming the URI and what to check', () => {
    const root = path.resolve(__dirname, '..', '..', '..');
    const started = Date.now();
    const r = spawnSync(
      process.execPath,
      [path.join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs'), 'scripts/start.ts'],
      {
        cwd: root,
        env: { ...process.env, NEO4J_URI: 'bolt://127.0.0.1:1', PORT: '0', LOG_LEVEL: 'silent' },
        encoding: 'utf8',
        timeout: 60_000,
      },
    );
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('bolt://127.0.0.1:1');
    expect(r.stderr).toMatch(/Check that the server runs/);
    expect(Date.now() - started).toBeLessThan(30_000);
  });
});
