import { instanceOptions, stop } from '../../db/neo4j/manage';

/** Stops the test Neo4j only if this run started it: no stray java after `npm test`. */
export default async function globalTeardown(): Promise<void> {
  if (process.env.GOVGRAPH_TEST_STARTED_NEO4J === '1') await stop(instanceOptions('test'));
}
