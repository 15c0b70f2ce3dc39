/**
 * `npm start`: the managed Neo4j (unless NEO4J_URI is set), the article store (DATA_DIR; the bundled
 * corpus when empty) loaded into the graph, then the API and the built client on PORT. Writes need a
 * token: ADMIN_TOKEN, or one made for this start and printed in the explorer's address (#token=…, as
 * Jupyter does). Ctrl+C stops what this started.
 */
import crypto from 'node:crypto';
import { loadConfig } from '../server/config';
import { createDriver, describeConnectionError } from '../db/driver';
import { log } from '../server/log';
import { serveWithArticles } from './serve-articles';
import {
  boltUri,
  instanceOptions,
  start as startNeo4j,
  status as neo4jStatus,
  stop as stopNeo4j,
} from '../db/neo4j/manage';

async function main(): Promise<void> {
  const managed = instanceOptions('dev');
  const config = loadConfig(process.env, boltUri(managed));
  let startedNeo4j = false;
  if (config.managedNeo4j) {
    startedNeo4j = !neo4jStatus(managed).running;
    await startNeo4j(managed);
  } else {
    await checkReachable(config);
  }
  const generated = !config.ADMIN_TOKEN;
  config.ADMIN_TOKEN ??= crypto.randomBytes(24).toString('base64url');
  const running = await serveWithArticles(config);
  const url = running.url.replace('127.0.0.1', 'localhost');
  console.log(`\n  Explorer ready: ${url}/#token=${config.ADMIN_TOKEN}  (Ctrl+C to stop)`);
  console.log(
    generated
      ? '  The token in that address lets you add and remove articles; it is new at every start (set ADMIN_TOKEN to keep one).\n'
      : '  The token is ADMIN_TOKEN.\n',
  );

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info('shutting down', { signal });
    await running.close();
    if (startedNeo4j) await stopNeo4j(managed);
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
}

/** An external server that does not answer is a configuration problem: say so and stop. */
async function checkReachable(config: ReturnType<typeof loadConfig>): Promise<void> {
  const driver = createDriver(config);
  try {
    await driver.verifyConnectivity({ database: config.NEO4J_DATABASE });
  } catch (err) {
    throw new Error(
      `Cannot reach Neo4j at ${config.neo4jUri}: ${describeConnectionError(err)}\n` +
        'Check that the server runs and listens there, that NEO4J_USER/NEO4J_PASSWORD are right, ' +
        'or unset NEO4J_URI to let the project start its own Neo4j.',
      { cause: err },
    );
  } finally {
    await driver.close();
  }
}

main().catch((err: unknown) => {
  console.error(`\n${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
