import type { Driver } from 'neo4j-driver';
import type { ApiErrorBody, QueryResult } from '../../../model';
import type { Running } from '../../../server/main';
import { databaseState, removeFixtureGraph, writeGraph, type DatabaseState } from '../../fixtures/api/database';
import { FIXTURE_GRAPH, FIXTURE_PREFIX, fixtureId } from '../../fixtures/api/graph';
import { postJson, startApiServer } from '../../fixtures/api/server';
import { getJson, testDriver } from '../../support/server';

let app: Running;
let driver: Driver;
const cypher = <T = QueryResult>(query: unknown, params?: unknown) =>
  postJson<T>(`${app.url}/api/cypher`, params === undefined ? { query } : { query, params });

beforeAll(async () => {
  driver = testDriver();
  await removeFixtureGraph(driver);
  await writeGraph(driver, FIXTURE_GRAPH);
  app = await startApiServer({ CONSOLE_RATE_LIMIT: '10000' });
});
afterAll(async () => {
  await app.close();
  await removeFixtureGraph(driver);
  await driver.close();
});

describe('POST /api/cypher with an invalid body', () => {
  it.each([
    ['no query', {}, 'query'],
    ['a query that is not text', { query: 42 }, 'query'],
    ['an empty query', { query: '   ' }, 'query'],
    ['params that are not an object', { query: 'RETURN 1', params: [1, 2] }, 'params'],
    ['a parameter name that is not an identifier', { query: 'RETURN 1', params: { 'a-b': 1 } }, 'params'],
    ['an unknown field', { query: 'RETURN 1', database: 'system' }, 'database'],
  ])('when the body has %s, then 400 naming %s', async (_what, body, field) => {
    const { status, body: res } = await postJson<ApiErrorBody>(`${app.url}/api/cypher`, body);
    expect(status).toBe(400);
    expect(res.error.code).toBe('invalid_request');
    expect(res.error.message).toContain(field);
  });

  it('when the body is not JSON, then 400 invalid_json', async () => {
    const res = await fetch(`${app.url}/api/cypher`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query": ',
    });
    expect(res.status).toBe(400);
    expect(((await res.json()) as ApiErrorBody).error.code).toBe('invalid_json');
  });

  it('when the body is larger than the request limit, then 413', async () => {
    const { status, body } = await cypher<ApiErrorBody>(`RETURN '${'x'.repeat(70_000)}'`);
    expect(status).toBe(413);
    expect(body.error.code).toBe('payload_too_large');
  });
});

/** Each hostile query with the refusal reasons it may get (several where Neo4j decides which check sees it first). */
const HOSTILE: [string, string, string[]][] = [
  ['plain CREATE', 'CREATE (n:Hacked) RETURN n', ['write']],
  ['MERGE', "MERGE (n:Hacked {id: 'x'}) RETURN n", ['write']],
  ['SET a property', 'MATCH (n) SET n.hacked = true', ['write']],
  ['DETACH DELETE everything', 'MATCH (n) DETACH DELETE n', ['write']],
  ['REMOVE a property', 'MATCH (n:Person) REMOVE n.name', ['write']],
  ['REMOVE a label', 'MATCH (n) REMOVE n:Person', ['write']],
  ['mixed-case keywords', 'mAtCh (n) WiTh n LiMiT 1 sEt n:Hacked', ['write']],
  ['a write after comments', '/* only reading */ MATCH (n) // really\nWITH n LIMIT 1\n/* … */ SET n.x = 1', ['write']],
  ['a unicode-escaped SET', 'MATCH (n) \\u0053ET n.x = 1', ['write']],
  ['a write inside a CALL subquery', 'MATCH (n) CALL (n) { SET n.hacked = 1 } RETURN count(*) AS c', ['write']],
  ['CALL { CREATE … }', 'CALL { CREATE (:Hacked) } RETURN 1 AS x', ['write']],
  ['a write inside FOREACH', 'FOREACH (i IN range(1, 3) | CREATE (:Hacked {i: i}))', ['write']],
  [
    'CALL … IN TRANSACTIONS with a write',
    'UNWIND range(1, 10) AS i CALL (i) { CREATE (:Hacked {i: i}) } IN TRANSACTIONS OF 2 ROWS',
    ['write'],
  ],
  ['CALL … IN TRANSACTIONS reading only', 'CALL { MATCH (n) RETURN n } IN TRANSACTIONS RETURN n', ['write']],
  [
    'a write in the second branch of a UNION',
    'MATCH (n) RETURN n AS x UNION CREATE (m:Hacked) RETURN m AS x',
    ['write'],
  ],
  ['a write fed by an allowed procedure', 'CALL db.labels() YIELD label CREATE (:Hacked {l: label})', ['write']],
  [
    'a write fed by the full-text procedure',
    "CALL db.index.fulltext.queryNodes('entity_names', '宋志江') YIELD node SET node.hacked = 1",
    ['write'],
  ],
  ['SET from parameters', 'MATCH (n) WHERE n.id = $id SET n += $props', ['write']],
  ['LOAD CSV from a local file', "LOAD CSV FROM 'file:///etc/passwd' AS row RETURN row", ['file_access']],
  [
    'LOAD CSV from a URL, lower case',
    "load csv with headers from 'https://example.com/x.csv' as row return row",
    ['file_access'],
  ],
  [
    'LOAD CSV hidden in a subquery',
    "CALL { LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line } RETURN line",
    ['file_access'],
  ],
  ['dbms.components()', 'CALL dbms.components()', ['admin']],
  ['dbms.listConfig()', 'CALL dbms.listConfig()', ['admin']],
  ['a removed dbms.security procedure', "CALL dbms.security.createUser('eve', 'password123', false)", ['admin']],
  ['an APOC procedure', "CALL apoc.cypher.runWrite('CREATE (:Hacked)', {})", ['procedure']],
  ['APOC-less db.createLabel', "CALL db.createLabel('Hacked')", ['procedure']],
  ['db.createProperty', "CALL db.createProperty('hacked')", ['procedure']],
  ['db.clearQueryCaches', 'CALL db.clearQueryCaches()', ['procedure']],
  ['tx.setMetaData', 'CALL tx.setMetaData({a: 1})', ['procedure']],
  ['SHOW USERS', 'SHOW USERS', ['admin']],
  ['CREATE USER', "CREATE USER eve SET PASSWORD 'password123'", ['admin']],
  ['ALTER USER', "ALTER USER neo4j SET PASSWORD 'hackedhacked'", ['admin']],
  ['GRANT ROLE', 'GRANT ROLE admin TO neo4j', ['admin']],
  ['DROP DATABASE', 'DROP DATABASE neo4j', ['admin']],
  ['STOP DATABASE', 'STOP DATABASE neo4j', ['admin']],
  ['CREATE INDEX', 'CREATE INDEX hacked FOR (n:Person) ON (n.hacked)', ['admin']],
  ['DROP CONSTRAINT', 'DROP CONSTRAINT person_id', ['admin']],
  ['SHOW INDEXES', 'SHOW INDEXES', ['admin']],
  ['SHOW TRANSACTIONS', 'SHOW TRANSACTIONS', ['admin']],
  ['TERMINATE TRANSACTIONS', "TERMINATE TRANSACTIONS 'neo4j-transaction-1'", ['admin']],
  ['SHOW SETTINGS', 'SHOW SETTINGS', ['admin']],
  ['USE system with an admin command', 'USE system SHOW USERS', ['admin', 'other_database']],
  ['USE system with a procedure', 'USE system CALL db.labels()', ['admin', 'other_database']],
  ['two statements', 'MATCH (n) RETURN n; CREATE (:Hacked)', ['multiple_statements']],
  ['two statements after a comment', '// read\nRETURN 1;\nMATCH (n) DETACH DELETE n', ['multiple_statements']],
  ['a query longer than the limit', `RETURN 1 /* ${'x'.repeat(10_001)} */`, ['too_long']],
];

describe('POST /api/cypher with hostile queries', () => {
  let before: DatabaseState;
  beforeAll(async () => {
    before = await databaseState(driver);
  });

  it('the list holds at least 30 hostile queries', () => {
    expect(HOSTILE.length).toBeGreaterThanOrEqual(30);
  });

  it.each(HOSTILE)('when the query is %s, then it is refused with 422 and a reason', async (_what, query, reasons) => {
    const { status, body } = await cypher<ApiErrorBody>(
      query,
      query.includes('$props') ? { id: fixtureId('song'), props: { hacked: true } } : undefined,
    );
    expect(status).toBe(422);
    expect(body.error.code).toBe('query_refused');
    expect(reasons).toContain(body.error.details?.reason);
    expect(body.error.message.length).toBeGreaterThan(20);
  });

  it('when a unicode escape mangles a keyword, then it is a syntax error and nothing runs', async () => {
    const { status, body } = await cypher<ApiErrorBody>('\\u0043REATE (:Hacked)');
    expect(status).toBe(400);
    expect(body.error.code).toBe('cypher_syntax_error');
  });

  it('when PROFILE is used to run a write, then Neo4j rejects it before it runs', async () => {
    const { status, body } = await cypher<ApiErrorBody>('PROFILE CREATE (:Hacked)');
    expect(status).toBe(400);
    expect(body.error.message).toContain('EXPLAIN');
  });

  it('after all of them, the database is unchanged: counts, contents, tokens, indexes, users', async () => {
    const after = await databaseState(driver);
    expect(after).toEqual(before);
    expect(after.nodes).toBeGreaterThanOrEqual(FIXTURE_GRAPH.nodes.length);
  });
});

describe('POST /api/cypher with read queries', () => {
  it('when the query reads nodes, then rows and a graph come back with integers as numbers', async () => {
    const { status, body } = await cypher(
      'MATCH (p:Person)-[h:HOLDS_POST]->(o) WHERE p.id STARTS WITH $prefix RETURN p, h, o, p.name AS name, 42 AS answer ORDER BY name',
      { prefix: FIXTURE_PREFIX },
    );
    expect(status).toBe(200);
    expect(body.columns).toEqual(['p', 'h', 'o', 'name', 'answer']);
    expect(body.rows).toHaveLength(3);
    expect(body.rows[0]).toMatchObject({
      name: '宋志江',
      answer: 42,
      p: { id: fixtureId('song'), labels: ['Person'] },
    });
    expect(body.rows[0]!.h).toMatchObject({
      type: 'HOLDS_POST',
      start: fixtureId('song'),
      end: fixtureId('pinglu-committee'),
    });
    expect(body.graph.nodes).toHaveLength(6);
    expect(body.graph.relationships).toHaveLength(3);
    expect(body.truncated).toBe(false);
    expect(body.elapsedMs).toBeGreaterThanOrEqual(0);
  });

  it('when a whole-number parameter is used as a LIMIT, then it is sent as an integer', async () => {
    const { status, body } = await cypher('UNWIND range(1, 10) AS x RETURN x LIMIT $n', { n: 3 });
    expect(status).toBe(200);
    expect(body.rows).toEqual([{ x: 1 }, { x: 2 }, { x: 3 }]);
  });

  it('when an integer is beyond 2^53, then it comes back as a string, never {low, high}', async () => {
    const { body } = await cypher('RETURN 9007199254740993 AS big, 2^60 AS float');
    expect(body.rows[0]!.big).toBe('9007199254740993');
    expect(typeof body.rows[0]!.float).toBe('number');
  });

  it('when the query calls allowed procedures, then they run', async () => {
    const labels = await cypher('CALL db.labels() YIELD label RETURN label ORDER BY label');
    expect(labels.status).toBe(200);
    expect(labels.body.rows.map((r) => r.label)).toEqual(expect.arrayContaining(['Person', 'Place']));
    const search = await cypher(
      "CALL db.index.fulltext.queryNodes('entity_names', $q) YIELD node, score RETURN node.id AS id",
      { q: '志江' },
    );
    expect(search.body.rows.map((r) => r.id)).toContain(fixtureId('song'));
  });

  it('when the query returns a path, then its nodes and relationships are in the graph', async () => {
    const { body } = await cypher('MATCH p = (:Person {id: $id})-[:HOLDS_POST]->()-[:LOCATED_IN]->() RETURN p', {
      id: fixtureId('song'),
    });
    expect(body.graph.nodes.map((n) => n.id).sort()).toEqual(
      [fixtureId('pinglu'), fixtureId('pinglu-committee'), fixtureId('song')].sort(),
    );
    expect(body.graph.relationships.map((r) => r.type).sort()).toEqual(['HOLDS_POST', 'LOCATED_IN']);
  });

  it('when the user writes EXPLAIN, then the plan is compiled and nothing is returned', async () => {
    const { status, body } = await cypher('EXPLAIN MATCH (n) RETURN n');
    expect(status).toBe(200);
    expect(body.rows).toEqual([]);
  });
});

describe('POST /api/cypher with mistakes', () => {
  it('when the query has a syntax error, then 400 with Neo4j’s message and the position in the user’s text', async () => {
    const { status, body } = await cypher<ApiErrorBody>('MATCH (n) RETRUN n');
    expect(status).toBe(400);
    expect(body.error.code).toBe('cypher_syntax_error');
    expect(body.error.message).toContain("Invalid input 'RETRUN'");
    expect(body.error.details).toEqual({ line: 1, column: 11, offset: 10 });
  });

  it('when the syntax error is on a later line, then line and column point there', async () => {
    const { body } = await cypher<ApiErrorBody>('MATCH (n)\n  WHERE n.x = = 1 RETURN n');
    expect(body.error.details).toEqual({ line: 2, column: 15, offset: 24 });
    expect(body.error.message).toContain('(line 2, column 15)');
  });

  it('when the query fails while running, then 400 with Neo4j’s reason', async () => {
    const { status, body } = await cypher<ApiErrorBody>('UNWIND [1, 0] AS d RETURN 1 / d AS q');
    expect(status).toBe(400);
    expect(body.error.code).toBe('cypher_error');
    expect(body.error.message).toMatch(/by zero/i);
  });

  it('when a query refers to an unknown function, then 400 naming it', async () => {
    const { status, body } = await cypher<ApiErrorBody>('RETURN apoc.text.join(["a"], ",") AS s');
    expect(status).toBe(400);
    expect(body.error.message).toContain('apoc.text.join');
  });

  it('when a parameter is missing, then 400 saying which', async () => {
    const { status, body } = await cypher<ApiErrorBody>('RETURN $missing AS m');
    expect(status).toBe(400);
    expect(body.error.message).toContain('missing');
  });

  it('after every kind of failure, no transaction is left open on the server', async () => {
    for (let i = 0; i < 5; i++) {
      await cypher('MATCH (n) RETRUN n');
      await cypher('CREATE (n)');
      await cypher('RETURN 1 / 0');
      await cypher('RETURN $missing');
      await cypher('MATCH (n) RETURN n LIMIT 1');
    }
    const { records } = await driver.executeQuery('SHOW TRANSACTIONS YIELD currentQuery RETURN currentQuery');
    expect(records.map((r) => String(r.get('currentQuery')))).toEqual([expect.stringContaining('SHOW TRANSACTIONS')]);
  });
});

describe('the console’s limits', () => {
  let capped: Running;
  beforeAll(async () => {
    capped = await startApiServer({
      QUERY_MAX_ROWS: '50',
      QUERY_MAX_RESPONSE_BYTES: '20000',
      QUERY_TIMEOUT_MS: '1000',
      CONSOLE_RATE_LIMIT: '10000',
      CONSOLE_MAX_RUNNING: '2',
      CONSOLE_MAX_RUNNING_PER_CLIENT: '2',
    });
  });
  afterAll(() => capped.close());
  const run = <T = QueryResult>(query: string) => postJson<T>(`${capped.url}/api/cypher`, { query });

  it('when a query returns more rows than the cap, then it stops at the cap and says truncated', async () => {
    const { status, body } = await run('UNWIND range(1, 100000) AS x RETURN x');
    expect(status).toBe(200);
    expect(body.rows).toHaveLength(50);
    expect(body.rows[49]).toEqual({ x: 50 });
    expect(body.truncated).toBe(true);
  });

  it('when the rows are larger than the size cap, then it stops early and says truncated', async () => {
    const { body } = await run(`UNWIND range(1, 40) AS x RETURN x, '${'长'.repeat(1000)}' AS pad`);
    expect(body.truncated).toBe(true);
    expect(body.rows.length).toBeLessThan(40);
    expect(JSON.stringify(body.rows).length).toBeLessThanOrEqual(20_000);
  });

  it('when a runaway query passes the timeout, then it is stopped with 408 while the server keeps answering others', async () => {
    const started = Date.now();
    const runaway = run<ApiErrorBody>(
      'UNWIND range(1, 100000000) AS a UNWIND range(1, 100000000) AS b RETURN count(*) AS n',
    );
    // Meanwhile other requests are served promptly.
    await new Promise((r) => setTimeout(r, 300));
    const t0 = Date.now();
    const [health, other] = await Promise.all([getJson(`${capped.url}/api/health`), run('RETURN 1 AS one')]);
    expect(health.status).toBe(200);
    expect(other.status).toBe(200);
    expect(Date.now() - t0).toBeLessThan(2_000);
    const { status, body } = await runaway;
    expect(status).toBe(408);
    expect(body.error.code).toBe('query_timeout');
    expect(body.error.details).toEqual({ timeoutMs: 1000 });
    expect(Date.now() - started).toBeLessThan(15_000);
  });
});

describe('the console’s rate limit', () => {
  let limited: Running;
  beforeAll(async () => {
    limited = await startApiServer({ CONSOLE_RATE_LIMIT: '3' });
  });
  afterAll(() => limited.close());

  it('when a client sends more console queries a minute than allowed, then 429 with a message; other endpoints still answer', async () => {
    for (let i = 0; i < 3; i++)
      expect((await postJson(`${limited.url}/api/cypher`, { query: 'RETURN 1' })).status).toBe(200);
    const { status, body } = await postJson<ApiErrorBody>(`${limited.url}/api/cypher`, { query: 'RETURN 1' });
    expect(status).toBe(429);
    expect(body.error.code).toBe('rate_limited');
    expect(body.error.message).toContain('3');
    expect((await getJson(`${limited.url}/api/queries`)).status).toBe(200);
  });
});
