import type { Driver } from 'neo4j-driver';
import { loadGraph } from '../../../pipeline/load';
import { testDriver } from '../../support/server';
import { emptyDatabase, readMini } from '../load/graph-helpers';
import { runCli } from '../load/run-cli';

describe('npm run query', () => {
  let driver: Driver;
  beforeAll(async () => {
    driver = testDriver();
    await emptyDatabase(driver);
    await loadGraph(driver, process.env.NEO4J_DATABASE ?? 'neo4j', readMini());
  });
  afterAll(async () => {
    await emptyDatabase(driver);
    await driver.close();
  });

  it('when the query name is unknown, then it exits 2 listing the library', async () => {
    const { code, stderr } = await runCli('scripts/query.ts', ['who-rules']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/No query named "who-rules".*who-leads/);
  });

  it('when a required parameter is missing, then it exits 2 naming it with the check the API uses', async () => {
    const { code, stderr } = await runCli('scripts/query.ts', ['who-leads']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/scope is required/);
    expect(stderr).toContain('--param scope=');
  });

  it("when an integer parameter is not a whole number, then it exits 2 with the API's message", async () => {
    const { code, stderr } = await runCli('scripts/query.ts', [
      'neighborhood',
      '--param',
      'id=宋志江',
      '--param',
      'depth=1.5',
    ]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/depth must be a whole number/);
  });

  it('when an ad-hoc query writes, then it is refused with exit 1 and nothing is written', async () => {
    const { code, stderr } = await runCli('scripts/query.ts', ['--cypher', "CREATE (:Probe {id: 'cli'}) RETURN 1"]);
    expect(code).toBe(1);
    expect(stderr).toMatch(/read-only/);
    expect(stderr).toContain('[query_refused: write]');
    const { records } = await driver.executeQuery('MATCH (n:Probe) RETURN count(n) AS c');
    expect(records[0]!.get('c').toNumber()).toBe(0);
  });

  it.each([
    ["LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line", 'file_access'],
    ['CALL dbms.listConfig() YIELD name RETURN name', 'admin'],
    ['RETURN reduce(s = 0, x IN range(1, toInteger(rand() * 1e12)) | s + x) AS s', 'unbounded'],
    ['USE system SHOW USERS', 'other_database'],
  ])(
    "when an ad-hoc query is %s, then it gets the console's refusal (%s) as /api/cypher does",
    async (query, reason) => {
      const { code, stderr } = await runCli('scripts/query.ts', ['--cypher', query]);
      expect(code).toBe(1);
      expect(stderr).toContain(`[query_refused: ${reason}]`);
    },
  );

  it('when listing, then every query is shown with its descriptions and parameters', async () => {
    const { code, stdout } = await runCli('scripts/query.ts', ['--list']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^who-leads\n {4}People holding posts.*\n {4}某地区或机构.*\n {4}--param scope=<string>/m);
    expect(stdout).toMatch(/--param minCounties=<integer> \(default 2\)/);
  });

  it('when a named query runs, then its rows are printed as a table', async () => {
    const { code, stdout } = await runCli('scripts/query.ts', ['who-leads', '--param', 'scope=新绛县']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^scope\s+│ chain\s+│ person\s+│ post\s+│ title/);
    expect(stdout).toMatch(
      /新绛县 \(Place\) +│ 新绛县 \(Place\); 新绛县委 \(Organization\) +│ 宋志江 \(Person\) +│ HOLDS_POST 县委书记 +│ 县委书记/,
    );
    expect(stdout).toMatch(/1 row\(s\)/);
  });

  it('when an ad-hoc read query runs with --json, then typed parameters reach it and rows come as JSON', async () => {
    const { code, stdout } = await runCli('scripts/query.ts', [
      '--cypher',
      'MATCH (p:Person) WHERE p.name = $name RETURN p.name AS name, $n + 1 AS next',
      '--param',
      'name=宋志江',
      '--param',
      'n=41',
      '--json',
    ]);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({
      columns: ['name', 'next'],
      rows: [{ name: '宋志江', next: 42 }],
      truncated: false,
    });
  });
});
