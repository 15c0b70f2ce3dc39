/**
 * Stops and restarts the managed test Neo4j under a running API. In its own file so that, run in
 * band, no other suite sees the database go away. Skipped when NEO4J_TEST_URI names a server the
 * user gave us: we never stop someone else's database.
 */
import type { ApiErrorBody, HealthResponse } from '../../../model';
import type { Running } from '../../../server/main';
import { instanceOptions, start, stop } from '../../../db/neo4j/manage';
import { postJson, startApiServer } from '../../fixtures/api/server';
import { getJson } from '../../support/server';

const options = instanceOptions('test');
const managed = process.env.GOVGRAPH_TEST_MANAGED === '1';
const describeManaged = managed ? describe : describe.skip;

describeManaged('when the database goes down and comes back under a running API', () => {
  let app: Running;
  beforeAll(async () => {
    app = await startApiServer();
  });
  afterAll(async () => {
    await start(options);
    await app.close();
  });

  it('answers 200 while it is up', async () => {
    expect((await getJson(`${app.url}/api/counties`)).status).toBe(200);
  });

  it('answers 503 with a clear message on every data endpoint while it is down, promptly', async () => {
    await stop(options);
    const started = Date.now();
    for (const res of [
      await getJson<ApiErrorBody>(`${app.url}/api/counties`),
      await getJson<ApiErrorBody>(`${app.url}/api/search?q=x`),
      await getJson<ApiErrorBody>(`${app.url}/api/nodes/anything`),
      await postJson<ApiErrorBody>(`${app.url}/api/cypher`, { query: 'RETURN 1' }),
      await postJson<ApiErrorBody>(`${app.url}/api/queries/shared-initiatives`, {}),
    ]) {
      expect(res.status).toBe(503);
      expect(res.body.error.code).toBe('database_unavailable');
      expect(res.body.error.message).toMatch(/database is not reachable/);
    }
    expect(Date.now() - started).toBeLessThan(30_000);
    expect((await getJson(`${app.url}/api/ready`)).status).toBe(503);
    const health = await getJson<HealthResponse>(`${app.url}/api/health`);
    expect(health.body.status).toBe('degraded');
  });

  it('recovers by itself once the database is back, without a restart of the API', async () => {
    await start(options);
    const deadline = Date.now() + 60_000;
    let status = 0;
    while (Date.now() < deadline) {
      status = (await getJson(`${app.url}/api/counties`)).status;
      if (status === 200) break;
      await new Promise((r) => setTimeout(r, 500));
    }
    expect(status).toBe(200);
    expect((await postJson(`${app.url}/api/cypher`, { query: 'RETURN 1 AS one' })).status).toBe(200);
    expect((await getJson(`${app.url}/api/ready`)).status).toBe(200);
  });
});
