/** The configured database for command-line tools (`npm run load`, `npm run query`), checked before use. */
import type { Driver } from 'neo4j-driver';
import { loadDatabaseConfig, type DatabaseConfig } from './config';
import { createDriver, describeConnectionError } from './driver';
import { boltUri, instanceOptions } from './neo4j/manage';

export interface Database {
  driver: Driver;
  database: string;
  config: DatabaseConfig;
}

/** NEO4J_URI when set, else the managed development server (`npm start` or `npm run db:start` runs it). */
export async function openDatabase(env: NodeJS.ProcessEnv = process.env): Promise<Database> {
  const config = loadDatabaseConfig(env, boltUri(instanceOptions('dev', env)));
  const driver = createDriver(config);
  try {
    await driver.verifyConnectivity({ database: config.NEO4J_DATABASE });
  } catch (err) {
    await driver.close();
    const hint = config.managedNeo4j
      ? 'Start the managed server with `npm run db:start` (or `npm start`), or set NEO4J_URI.'
      : 'Check NEO4J_URI, NEO4J_USER and NEO4J_PASSWORD.';
    throw new Error(`Cannot reach Neo4j at ${config.neo4jUri}: ${describeConnectionError(err)}\n${hint}`, {
      cause: err,
    });
  }
  return { driver, database: config.NEO4J_DATABASE, config };
}
