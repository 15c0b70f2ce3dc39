/**
 * Chooses the suite's database (never NEO4J_URI: see test-database.ts), starts the managed test
 * instance when that is the one, proves the suite owns it, and empties it. The environment the test
 * files see then names that database and nothing else.
 */
import { start, status, instanceOptions } from '../../db/neo4j/manage';
import { claimTestDatabase, resetTestDatabase, targetDriver, testTarget } from './test-database';

export default async function globalSetup(): Promise<void> {
  const target = testTarget();
  if (target.managed) {
    const options = instanceOptions('test');
    const wasRunning = status(options).running;
    await start(options);
    process.env.GOVGRAPH_TEST_STARTED_NEO4J = wasRunning ? '' : '1';
  }
  Object.assign(process.env, {
    NEO4J_URI: target.uri,
    NEO4J_USER: target.user,
    NEO4J_PASSWORD: target.password,
    NEO4J_DATABASE: target.database,
    GOVGRAPH_TEST_MANAGED: target.managed ? '1' : '',
  });
  process.env.LOG_LEVEL ??= 'silent';
  const driver = targetDriver(target);
  try {
    await claimTestDatabase(driver, target);
    await resetTestDatabase(driver, target);
  } finally {
    await driver.close();
  }
}
