/** The process's one Neo4j driver, and what to tell a user whose database does not answer. */
import neo4j, { Driver } from 'neo4j-driver';
import type { DatabaseConfig } from './config';

export function createDriver(
  config: Pick<DatabaseConfig, 'neo4jUri' | 'NEO4J_USER' | 'NEO4J_PASSWORD'> & { maxConnectionPoolSize?: number },
): Driver {
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
    ({
      records: [r],
    } = await session.run(
      'CALL dbms.components() YIELD name, versions, edition WHERE name = "Neo4j Kernel" RETURN versions[0] AS version, edition',
    ));
  } finally {
    await session.close();
  }
  return { version: String(r?.get('version') ?? 'unknown'), edition: String(r?.get('edition') ?? 'unknown') };
}

/** A connection failure in words a user can act on (wrong password, server not running). */
export function describeConnectionError(err: unknown): string {
  const code = (err as { code?: string }).code;
  if (code === 'Neo.ClientError.Security.Unauthorized')
    return 'Neo4j refused the credentials: check NEO4J_USER and NEO4J_PASSWORD.';
  if (code === 'ServiceUnavailable' || code === 'SessionExpired')
    return 'Neo4j is not reachable: check that it runs and that NEO4J_URI is right.';
  return err instanceof Error ? err.message : String(err);
}
