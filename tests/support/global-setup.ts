/**
 * Starts the managed test Neo4j (instance 'test', its own folder and port, so a developer's
 * data in 'dev' is never touched) unless NEO4J_URI points at a server, then empties it.
 */
import neo4j from 'neo4j-driver';
import { boltUri, instanceOptions, start, status } from '../../scripts/neo4j/manage';

export default async function globalSetup(): Promise<void> {
  const options = instanceOptions('test');
  if (!process.env.NEO4J_URI) {
    const wasRunning = status(options).running;
    await start(options);
    process.env.GOVGRAPH_TEST_STARTED_NEO4J = wasRunning ? '' : '1';
    process.env.NEO4J_URI = boltUri(options);
    process.env.NEO4J_PASSWORD = options.password;
    process.env.NEO4J_USER = options.user;
  }
  process.env.LOG_LEVEL ??= 'silent';
  await resetDatabase();
}

/** A clean state for the run: no data, no constraints, no indexes of ours. */
export async function resetDatabase(): Promise<void> {
  const driver = neo4j.driver(process.env.NEO4J_URI!, neo4j.auth.basic(process.env.NEO4J_USER ?? 'neo4j', process.env.NEO4J_PASSWORD ?? ''));
  const database = process.env.NEO4J_DATABASE ?? 'neo4j';
  try {
    await driver.executeQuery('MATCH (n) DETACH DELETE n', {}, { database });
    const constraints = await driver.executeQuery('SHOW CONSTRAINTS YIELD name RETURN name', {}, { database });
    for (const r of constraints.records) await driver.executeQuery(`DROP CONSTRAINT \`${r.get('name')}\` IF EXISTS`, {}, { database });
    const indexes = await driver.executeQuery("SHOW INDEXES YIELD name, type WHERE type <> 'LOOKUP' RETURN name", {}, { database });
    for (const r of indexes.records) await driver.executeQuery(`DROP INDEX \`${r.get('name')}\` IF EXISTS`, {}, { database });
  } finally {
    await driver.close();
  }
}
