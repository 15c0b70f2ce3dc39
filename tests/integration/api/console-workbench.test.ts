/**
 * What the query workbench asks of the console: EXPLAIN's notifications as warnings with the rows, and
 * cancelling a run by the id the client chose, which must end its transaction inside Neo4j, not only
 * the HTTP request.
 */
import type { Driver } from 'neo4j-driver';
import type { ApiErrorBody, CancelResponse, QueryResult } from '../../../model';
import type { Running } from '../../../server/main';
import { postJson, startApiServer } from '../../fixtures/api/server';
import { testDriver } from '../../support/server';
import { waitUntil } from '../../support/wait';

/** Many rows, so Neo4j would work for minutes; the marker finds its transaction among all others. */
const MARKER = 'workbench-cancel-marker';
const SLOW = `UNWIND range(1, 100000000) AS a UNWIND range(1, 100000000) AS b RETURN count(*) AS n, '${MARKER}' AS m`;

async function markedTransactions(driver: Driver): Promise<number> {
  const { records } = await driver.executeQuery(
    'SHOW TRANSACTIONS YIELD currentQuery WHERE currentQuery CONTAINS $marker AND NOT currentQuery CONTAINS "SHOW" RETURN count(*) AS n',
    { marker: MARKER },
  );
  return Number(records[0]!.get('n'));
}

describe('the console for the query workbench', () => {
  let app: Running;
  let driver: Driver;
  beforeAll(async () => {
    driver = testDriver();
    // A timeout far beyond the test: only the cancel can stop the slow query in time.
    app = await startApiServer({ QUERY_TIMEOUT_MS: '120000', CONSOLE_RATE_LIMIT: '10000' });
  });
  afterAll(async () => {
    await waitUntil(async () => (await markedTransactions(driver)) === 0, 30_000);
    await app.close();
    await driver.close();
  });
  const cypher = <T>(body: unknown) => postJson<T>(`${app.url}/api/cypher`, body);
  const cancel = async (id: string) => {
    const res = await fetch(`${app.url}/api/cypher/${id}`, { method: 'DELETE' });
    return { status: res.status, body: (await res.json()) as CancelResponse & ApiErrorBody };
  };

  it.each([
    ['a misspelt property', 'MATCH (p:Person) RETURN p.nmae AS x LIMIT 1', 'unknown_property', 'nmae', 27],
    ['an unknown label', 'MATCH (p:Persn) RETURN p LIMIT 1', 'unknown_label', 'Persn', 10],
    [
      'an unknown relationship type',
      'MATCH (a)-[:HOLDS_PSOT]->(b) RETURN a LIMIT 1',
      'unknown_relationship_type',
      'HOLDS_PSOT',
      13,
    ],
  ])(
    'when a query names %s, then the result carries a warning naming it at its position',
    async (_what, query, kind, name, column) => {
      const { status, body } = await cypher<QueryResult>({ query });
      expect(status).toBe(200);
      // Only this warning is asked for: on a freshly emptied database Person itself may be unknown too.
      expect(body.warnings).toContainEqual(
        expect.objectContaining({ kind, name, position: { line: 1, column, offset: column - 1 } }),
      );
    },
  );

  it('when a query matches two disconnected patterns, then a cartesian product warning comes with the rows', async () => {
    const { status, body } = await cypher<QueryResult>({ query: 'MATCH (a:Person), (b:Place) RETURN a, b LIMIT 1' });
    expect(status).toBe(200);
    expect(body.warnings?.map((w) => w.kind)).toContain('cartesian_product');
  });

  it('when a query is fine, then it has no warnings', async () => {
    const { body } = await cypher<QueryResult>({ query: 'RETURN 1 AS one' });
    expect(body.warnings).toEqual([]);
  });

  it('when a running query is cancelled by its id, then its POST answers query_cancelled and its transaction leaves Neo4j', async () => {
    const id = `cancel-${Date.now()}`;
    const pending = cypher<ApiErrorBody>({ query: SLOW, id });
    expect(await waitUntil(async () => (await markedTransactions(driver)) > 0, 10_000)).toBe(true);
    const started = Date.now();
    expect(await cancel(id)).toEqual({ status: 200, body: { id, cancelled: true } });
    const answer = await pending;
    expect(answer.status).toBe(409);
    expect(answer.body.error.code).toBe('query_cancelled');
    expect(await waitUntil(async () => (await markedTransactions(driver)) === 0, 5_000)).toBe(true);
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('when the id is already running, then a second run with it is refused', async () => {
    // The slot of the run cancelled before is free again once Neo4j has let go of it.
    expect(await waitUntil(async () => (await cypher({ query: 'RETURN 1 AS one' })).status === 200, 30_000)).toBe(true);
    const id = `twice-${Date.now()}`;
    const pending = cypher<ApiErrorBody>({ query: SLOW, id });
    expect(await waitUntil(async () => (await markedTransactions(driver)) > 0, 10_000)).toBe(true);
    const again = await cypher<ApiErrorBody>({ query: 'RETURN 1 AS one', id });
    expect(again.status).toBe(400);
    expect(again.body.error.message).toContain(id);
    expect((await cancel(id)).status).toBe(200);
    expect((await pending).status).toBe(409);
  });

  it('when no query runs under the id, then cancelling answers 404; a malformed id answers 400', async () => {
    const missing = await cancel('nothing-runs-here');
    expect(missing.status).toBe(404);
    expect(missing.body.error.code).toBe('not_found');
    const malformed = await cancel('a%20b');
    expect(malformed.status).toBe(400);
    expect(malformed.body.error.code).toBe('invalid_request');
  });
});
