/** The process's one Neo4j driver. Only server/db and server/repositories import neo4j-driver. */
import neo4j, { Driver } from 'neo4j-driver';
import type { Config } from '../config';

export function createDriver(config: Pick<Config, 'neo4jUri' | 'NEO4J_USER' | 'NEO4J_PASSWORD'> & { maxConnectionPoolSize?: number }): Driver {
  return neo4j.driver(config.neo4jUri, neo4j.auth.basic(config.NEO4J_USER, config.NEO4J_PASSWORD), {
    // Fail fast when the database is down so the API can answer 503 instead of hanging.
    connectionTimeout: 5_000,
    connectionAcquisitionTimeout: 10_000,
    maxConnectionPoolSize: config.maxConnectionPoolSize ?? 50,
    // Managed transactions retry transient errors; keep the wait short so a down database is a prompt 503.
    maxTransactionRetryTime: 5_000,
  });
}

export interface DatabaseInfo {
  version: string;
  edition: string;
}

export async function databaseInfo(driver: Driver, database: string): Promise<DatabaseInfo> {
  const session = driver.session({ database, defaultAccessMode: neo4j.session.READ });
  let r;
  try {
    ({ records: [r] } = await session.run('CALL dbms.components() YIELD name, versions, edition WHERE name = "Neo4j Kernel" RETURN versions[0] AS version, edition'));
  } finally {
    await session.close();
  }
  return { version: String(r?.get('version') ?? 'unknown'), edition: String(r?.get('edition') ?? 'unknown') };
}
