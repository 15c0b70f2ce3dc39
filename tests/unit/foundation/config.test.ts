import { ConfigError, loadConfig } from '../../../server/config';

describe('loadConfig', () => {
  it('when PORT is not a number, then it throws a ConfigError naming PORT', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(ConfigError);
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(/PORT/);
  });

  it('when QUERY_TIMEOUT_MS is below the floor, then it is refused', () => {
    expect(() => loadConfig({ QUERY_TIMEOUT_MS: '5' })).toThrow(ConfigError);
  });

  it('when NEO4J_URI is unset, then the managed server is used with documented defaults', () => {
    const c = loadConfig({}, 'bolt://127.0.0.1:7999');
    expect(c).toMatchObject({
      PORT: 8080,
      HOST: '127.0.0.1',
      neo4jUri: 'bolt://127.0.0.1:7999',
      managedNeo4j: true,
      NEO4J_DATABASE: 'neo4j',
    });
  });

  it('when NEO4J_URI is set, then that server is used and nothing is managed', () => {
    const c = loadConfig({ NEO4J_URI: 'neo4j+s://example.databases.neo4j.io' });
    expect(c.neo4jUri).toBe('neo4j+s://example.databases.neo4j.io');
    expect(c.managedNeo4j).toBe(false);
  });
});
