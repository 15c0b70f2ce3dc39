/**
 * `npm start`: the managed Neo4j (unless NEO4J_URI is set), the bundled corpus loaded into an
 * empty database, then the API and the built client on PORT. Ctrl+C stops what this started.
 */
import { BUNDLED_GRAPH, formatSummary, loadBundledGraphIfEmpty } from '../pipeline/load';
import { loadConfig } from '../server/config';
import { createDriver, describeConnectionError } from '../db/driver';
import { log } from '../server/log';
import { serve } from '../server/main';
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
  await loadBundledGraph(config);
  const running = await serve(config);
  console.log(`\n  Explorer ready: ${running.url.replace('127.0.0.1', 'localhost')}  (Ctrl+C to stop)\n`);

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

/** A newcomer sees data at once; a database that holds anything is left as it is (`npm run load` updates it). */
async function loadBundledGraph(config: ReturnType<typeof loadConfig>): Promise<void> {
  const driver = createDriver(config);
  try {
    const result = await loadBundledGraphIfEmpty(driver, config.NEO4J_DATABASE);
    if (result.loaded) console.log(`\n${formatSummary(result.summary)}`);
    else log.info('bundled graph not loaded', { reason: result.reason, graph: BUNDLED_GRAPH });
  } catch (err) {
    // The explorer still serves whatever is there; the message says how to finish the load.
    log.error('loading the bundled graph failed', {
      error: err instanceof Error ? err.message : String(err),
      retry: 'npm run load',
    });
  } finally {
    await driver.close();
  }
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
