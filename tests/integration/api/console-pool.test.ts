/**
 * The console's bounds on work, end to end: the hard deadline, the slot a terminated run keeps until
 * Neo4j is done with it, the per-client and overall caps, and a client that leaves mid-query.
 */
import type { Driver } from 'neo4j-driver';
import type { ApiErrorBody } from '../../../model';
import type { Running } from '../../../server/main';
import { postJson, startApiServer } from '../../fixtures/api/server';
import { getJson, testDriver } from '../../support/server';
import { waitUntil } from '../../support/wait';

/** One expression of about 3·10⁸ steps (seconds of work) that Neo4j cannot interrupt, yet passes the range check. */
const LONG_EXPRESSION =
  'WITH range(1, 100000) AS l WITH l, l[0..3000] AS m RETURN reduce(s = 0, x IN l | s + reduce(t = 0, y IN m | t + y)) AS v';
/** Many rows: Neo4j checks its timeout between them. */
const MANY_ROWS = 'UNWIND range(1, 100000000) AS a UNWIND range(1, 100000000) AS b RETURN count(*) AS n';

async function consoleTransactions(driver: Driver): Promise<number> {
  const { records } = await driver.executeQuery(
    'SHOW TRANSACTIONS YIELD metaData WHERE metaData.govgraphConsoleRun IS NOT NULL RETURN count(*) AS n',
  );
  return Number(records[0]!.get('n'));
}

describe('the console pool', () => {
  let app: Running;
  let driver: Driver;
  beforeAll(async () => {
    driver = testDriver();
    app = await startApiServer({
      QUERY_TIMEOUT_MS: '1000',
      QUERY_MAX_RESPONSE_BYTES: '1000000',
      CONSOLE_MAX_RUNNING: '1',
      CONSOLE_MAX_RUNNING_PER_CLIENT: '1',
      CONSOLE_RATE_LIMIT: '10000',
    });
  });
  afterAll(async () => {
    await waitUntil(async () => (await consoleTransactions(driver)) === 0, 30_000);
    await app.close();
    await driver.close();
  });
  const cypher = (query: string, signal?: AbortSignal) =>
    fetch(`${app.url}/api/cypher`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query }),
      signal,
    });
  /** The one console slot free again (a terminated run keeps it until Neo4j lets go). */
  const slotFree = async () =>
    expect(await waitUntil(async () => (await cypher('RETURN 1 AS one')).status === 200, 30_000)).toBe(true);

  it('when one expression outlives the timeout, then the client gets 408 by timeout + 2 s, and the slot stays taken until Neo4j is done', async () => {
    await slotFree();
    const started = Date.now();
    const res = await cypher(LONG_EXPRESSION);
    expect(res.status).toBe(408);
    expect(Date.now() - started).toBeLessThan(1000 + 2000);
    // Neo4j may still be computing: more console work is refused meanwhile, with when to retry…
    const refused = await cypher('RETURN 1 AS one');
    if (refused.status === 429) {
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
      expect(((await refused.json()) as ApiErrorBody).error.code).toMatch(/too_many_running|console_busy/);
    } else expect(refused.status).toBe(200);
    // …and accepted again once the database has let go of it.
    await slotFree();
  });

  it('when a client already has a query running, then a second one gets 429 with Retry-After, and others are still served', async () => {
    await slotFree();
    const first = cypher(MANY_ROWS);
    await new Promise((r) => setTimeout(r, 300));
    const second = await cypher('RETURN 1 AS one');
    expect(second.status).toBe(429);
    expect(Number(second.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await getJson(`${app.url}/api/health`)).status).toBe(200);
    const answer = await first;
    expect({ status: answer.status, body: await answer.text() }).toMatchObject({ status: 408 });
  });

  it('when the client disconnects mid-query, then its transaction leaves Neo4j within seconds', async () => {
    await slotFree();
    const gone = new AbortController();
    const pending = cypher(MANY_ROWS, gone.signal).catch(() => undefined);
    expect(await waitUntil(async () => (await consoleTransactions(driver)) > 0, 5_000)).toBe(true);
    gone.abort();
    await pending;
    expect(await waitUntil(async () => (await consoleTransactions(driver)) === 0, 3_000)).toBe(true);
  });

  it('when a result holds one huge record, then it is refused or cut, and health answers meanwhile', async () => {
    await slotFree();
    const big = postJson<ApiErrorBody>(`${app.url}/api/cypher`, {
      query: "RETURN [x IN range(1, 100000) | 'a long padding string, over and over'] AS big",
    });
    const t0 = Date.now();
    expect((await getJson(`${app.url}/api/health`)).status).toBe(200);
    expect(Date.now() - t0).toBeLessThan(1_000);
    const { status, body } = await big;
    expect([200, 422]).toContain(status);
    if (status === 200) expect((body as unknown as { truncated: boolean }).truncated).toBe(true);
  });
});
