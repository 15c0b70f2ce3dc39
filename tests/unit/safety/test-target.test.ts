import { testTarget } from '../../support/test-database';

describe('the database the test suite uses', () => {
  it("when only NEO4J_URI is set (a user's real graph), then the suite ignores it and uses its own managed instance", () => {
    const t = testTarget({ NEO4J_URI: 'neo4j+s://production.example', NEO4J_PASSWORD: 'their-secret' });
    expect(t).toMatchObject({ uri: 'bolt://127.0.0.1:7688', managed: true });
    expect(t.password).not.toBe('their-secret');
  });

  it('when NEO4J_TEST_URI is set, then that server is used, with the NEO4J_TEST_* credentials only', () => {
    const t = testTarget({
      NEO4J_URI: 'neo4j+s://production.example',
      NEO4J_PASSWORD: 'prod',
      NEO4J_TEST_URI: 'bolt://ci:7687',
      NEO4J_TEST_PASSWORD: 'ci',
    });
    expect(t).toEqual({ uri: 'bolt://ci:7687', user: 'neo4j', password: 'ci', database: 'neo4j', managed: false });
  });
});
