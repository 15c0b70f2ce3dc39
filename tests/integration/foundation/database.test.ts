import type { Driver } from 'neo4j-driver';
import { testDriver } from '../../support/server';

describe('the real Neo4j server', () => {
  let driver: Driver;
  beforeAll(() => {
    driver = testDriver();
  });
  afterAll(async () => {
    await driver.executeQuery('MATCH (n:FoundationProbe) DETACH DELETE n');
    await driver.executeQuery('DROP CONSTRAINT foundation_probe_id IF EXISTS');
    await driver.close();
  });

  it('is Neo4j 5.26', async () => {
    const { records } = await driver.executeQuery('CALL dbms.components() YIELD versions RETURN versions[0] AS v');
    expect(String(records[0]!.get('v'))).toMatch(/^5\.26\./);
  });

  it('when a uniqueness constraint exists, then a duplicate id is refused', async () => {
    await driver.executeQuery(
      'CREATE CONSTRAINT foundation_probe_id IF NOT EXISTS FOR (n:FoundationProbe) REQUIRE n.id IS UNIQUE',
    );
    await driver.executeQuery('CREATE (:FoundationProbe {id: $id, name: $name})', { id: 'p1', name: '宋志江' });
    await expect(driver.executeQuery('CREATE (:FoundationProbe {id: $id})', { id: 'p1' })).rejects.toMatchObject({
      code: 'Neo.ClientError.Schema.ConstraintValidationFailed',
    });
    const { records } = await driver.executeQuery('MATCH (n:FoundationProbe {id: $id}) RETURN n.name AS name', {
      id: 'p1',
    });
    expect(records.map((r) => r.get('name'))).toEqual(['宋志江']);
  });

  it('refuses LOAD CSV from file URLs', async () => {
    await expect(driver.executeQuery("LOAD CSV FROM 'file:///etc/passwd' AS row RETURN row LIMIT 1")).rejects.toThrow(
      /file|URL|allow/i,
    );
  });
});
