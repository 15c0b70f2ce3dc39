/**
 * `--clear` on a graph whose deletion does not fit one transaction (the managed server allows 256 MiB
 * per transaction): a hub with 300,000 relationships, as a county node has in a province's news. The
 * one-transaction delete is shown to fail first, so the graph is big enough for the test to mean something.
 */
import neo4j, { type Driver } from 'neo4j-driver';
import { clearLoaded, LOADED_BY } from '../../../pipeline/load';
import { testDriver } from '../../support/server';
import { emptyDatabase } from './graph-helpers';

const NODES = 300_000;

describe('clearing more than one transaction can hold', () => {
  let driver: Driver;

  beforeAll(async () => {
    driver = testDriver();
    await emptyDatabase(driver);
    const session = driver.session();
    try {
      await session.run("CREATE (:Person {id: 'hub', loadedBy: $m}), (:ForeignUserData {keep: true})", {
        m: LOADED_BY,
      });
      await session.run(
        `MATCH (hub:Person {id: 'hub'})
         UNWIND range(1, $n) AS i
         CALL (hub, i) {
           CREATE (p:Person {id: 'p' + i, loadedBy: $m, evidence: ['some sentence of provenance, long enough to weigh something']})
           CREATE (p)-[:PART_OF {id: 'r' + i, loadedBy: $m}]->(hub)
         } IN TRANSACTIONS OF 10000 ROWS`,
        { n: neo4j.int(NODES), m: LOADED_BY },
      );
    } finally {
      await session.close();
    }
  }, 120_000);

  afterAll(async () => {
    await emptyDatabase(driver);
    await driver.close();
  });

  it('when everything is deleted in one transaction, then the memory limit stops it (the test graph is big enough)', async () => {
    await expect(
      driver.executeQuery('MATCH (n) WHERE n.loadedBy = $m DETACH DELETE n', { m: LOADED_BY }),
    ).rejects.toMatchObject({
      code: expect.stringMatching(/Memory|OutOfMemory/),
    });
  });

  it('when the loader clears it, then every loaded node and relationship is gone and foreign data stays', async () => {
    expect(await clearLoaded(driver, 'neo4j', 1000)).toBe(NODES + 1);
    const { records } = await driver.executeQuery(
      'RETURN COUNT { MATCH (n) WHERE n.loadedBy IS NOT NULL } AS loaded, COUNT { MATCH ()-[r]->() } AS rels, COUNT { MATCH (:ForeignUserData) } AS foreign',
    );
    expect(Number(records[0]!.get('loaded'))).toBe(0);
    expect(Number(records[0]!.get('rels'))).toBe(0);
    expect(Number(records[0]!.get('foreign'))).toBe(1);
  });
});
