/**
 * The suite never wipes a database it did not create. Here the suite's own database is made to look
 * like someone else's (foreign data, no marker), and a real `jest` run is pointed at it through both
 * NEO4J_URI and NEO4J_TEST_URI: it must refuse and leave every node in place.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { testDriver } from '../../support/server';
import {
  TEST_MARKER_INDEX,
  claimTestDatabase,
  emptyTestDatabase,
  markTestDatabase,
  resetTestDatabase,
  testTarget,
} from '../../support/test-database';

const ROOT = path.resolve(__dirname, '..', '..', '..');

describe('a database holding data the suite did not create', () => {
  let driver: Driver;
  const target = () => ({
    ...testTarget(),
    uri: process.env.NEO4J_URI!,
    password: process.env.NEO4J_PASSWORD!,
    database: 'neo4j',
  });
  const foreignCount = async () =>
    Number((await driver.executeQuery('MATCH (n:ForeignUserData) RETURN count(n) AS n')).records[0]!.get('n'));

  beforeAll(async () => {
    driver = testDriver();
    await emptyTestDatabase(driver);
    await driver.executeQuery(`DROP INDEX ${TEST_MARKER_INDEX}`);
    await driver.executeQuery('UNWIND range(1, 25) AS i CREATE (:ForeignUserData {i: i})');
  });

  afterAll(async () => {
    // The suite's own database again: the foreign stand-in goes, the marker comes back.
    await driver.executeQuery('MATCH (n:ForeignUserData) DELETE n');
    await markTestDatabase(driver, 'neo4j');
    await driver.close();
  });

  it('when the suite is asked to claim or reset it, then it refuses and deletes nothing', async () => {
    await expect(claimTestDatabase(driver, target())).rejects.toThrow(/will not touch .*25 nodes/);
    await expect(resetTestDatabase(driver, target())).rejects.toThrow(/will not touch/);
    await expect(emptyTestDatabase(driver)).rejects.toThrow(/will not touch/);
    expect(await foreignCount()).toBe(25);
  });

  it('when `jest` runs with NEO4J_URI and NEO4J_TEST_URI naming it, then the run stops with the reason and the data survives', () => {
    const run = spawnSync(
      process.execPath,
      [
        path.join(ROOT, 'node_modules', 'jest', 'bin', 'jest.js'),
        '--runInBand',
        'tests/unit/foundation/storage.test.ts',
      ],
      {
        cwd: ROOT,
        encoding: 'utf8',
        env: {
          ...process.env,
          NEO4J_URI: process.env.NEO4J_URI,
          NEO4J_TEST_URI: process.env.NEO4J_URI,
          NEO4J_TEST_PASSWORD: process.env.NEO4J_PASSWORD,
        },
        timeout: 120_000,
      },
    );
    expect(run.status).not.toBe(0);
    expect(run.stderr + run.stdout).toMatch(
      /will not touch bolt:\/\/127\.0\.0\.1:\d+ \(database 'neo4j'\): it holds 25 nodes/,
    );
  });

  it('then every foreign node is still there', async () => {
    expect(await foreignCount()).toBe(25);
  });
});
