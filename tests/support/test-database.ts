/**
 * Which database the suite may write to, and the proof that it owns it.
 *
 * The suite never follows NEO4J_URI (a user's real graph, perhaps on Aura): it uses the managed test
 * instance (.neo4j/test) or a server named on purpose by NEO4J_TEST_URI. Before it deletes anything it
 * checks for its marker, a schema index no user would create; a database with data or schema and no
 * marker is refused with a message, and left exactly as it was.
 */
import neo4j, { type Driver } from 'neo4j-driver';
import { boltUri, instanceOptions } from '../../db/neo4j/manage';

export const TEST_MARKER_INDEX = 'govgraph_test_suite_marker';
const CREATE_MARKER = `CREATE INDEX ${TEST_MARKER_INDEX} IF NOT EXISTS FOR (n:GovGraphTestSuiteMarker) ON (n.marker)`;

export interface TestTarget {
  uri: string;
  user: string;
  password: string;
  database: string;
  /** True for the project's own managed test instance, which global setup starts when needed. */
  managed: boolean;
}

export function testTarget(env: NodeJS.ProcessEnv = process.env): TestTarget {
  if (env.NEO4J_TEST_URI) {
    return {
      uri: env.NEO4J_TEST_URI,
      user: env.NEO4J_TEST_USER ?? 'neo4j',
      password: env.NEO4J_TEST_PASSWORD ?? '',
      database: env.NEO4J_TEST_DATABASE ?? 'neo4j',
      managed: false,
    };
  }
  const options = instanceOptions('test', env);
  return { uri: boltUri(options), user: options.user, password: options.password, database: 'neo4j', managed: true };
}

export class ForeignDatabaseError extends Error {
  constructor(target: TestTarget, found: string) {
    super(
      `The test suite will not touch ${target.uri} (database '${target.database}'): it holds ${found} that the suite did not create ` +
        `(no '${TEST_MARKER_INDEX}' index). Point NEO4J_TEST_URI at an empty database meant for tests, or unset it to use ` +
        `the project's own test instance${target.managed ? ' (to start that one afresh, stop it and delete .neo4j/test/data)' : ''}.`,
    );
    this.name = 'ForeignDatabaseError';
  }
}

export function targetDriver(target: TestTarget): Driver {
  return neo4j.driver(target.uri, neo4j.auth.basic(target.user, target.password));
}

/** `CALL … IN TRANSACTIONS` runs only in an implicit (auto-commit) transaction. */
async function deleteAllInBatches(driver: Driver, database: string): Promise<void> {
  const session = driver.session({ database });
  try {
    await session.run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 1000 ROWS');
  } finally {
    await session.close();
  }
}

async function hasMarker(driver: Driver, database: string): Promise<boolean> {
  const { records } = await driver.executeQuery(
    'SHOW INDEXES YIELD name WHERE name = $name RETURN count(*) AS n',
    { name: TEST_MARKER_INDEX },
    { database },
  );
  return Number(records[0]?.get('n')) > 0;
}

/** What a database holds besides Neo4j's own token lookup indexes, in words; empty when nothing. */
async function contents(driver: Driver, database: string): Promise<string> {
  const count = async (query: string) =>
    Number((await driver.executeQuery(query, {}, { database })).records[0]?.get('n'));
  const found = {
    nodes: await count('RETURN COUNT { MATCH (n) } AS n'),
    constraints: await count('SHOW CONSTRAINTS YIELD name RETURN count(*) AS n'),
    indexes: await count("SHOW INDEXES YIELD type WHERE type <> 'LOOKUP' RETURN count(*) AS n"),
  };
  return Object.entries(found)
    .filter(([, n]) => n > 0)
    .map(([k, n]) => `${n} ${k}`)
    .join(', ');
}

/**
 * Marks an empty database as the suite's, or confirms an earlier run marked it; throws
 * ForeignDatabaseError (changing nothing) for any other database.
 */
export async function claimTestDatabase(driver: Driver, target: TestTarget): Promise<void> {
  if (await hasMarker(driver, target.database)) return;
  const found = await contents(driver, target.database);
  if (found) throw new ForeignDatabaseError(target, found);
  await markTestDatabase(driver, target.database);
}

/** Writes the marker; only for a database the suite knows to be its own. */
export async function markTestDatabase(driver: Driver, database: string): Promise<void> {
  await driver.executeQuery(CREATE_MARKER, {}, { database });
}

/**
 * Empties a database the suite owns: data in bounded batches, then every constraint and index but the
 * marker. Refuses (changing nothing) when the marker is missing.
 */
export async function resetTestDatabase(driver: Driver, target: TestTarget): Promise<void> {
  if (!(await hasMarker(driver, target.database)))
    throw new ForeignDatabaseError(target, (await contents(driver, target.database)) || 'a schema');
  const { database } = target;
  await deleteAllInBatches(driver, database);
  const constraints = await driver.executeQuery('SHOW CONSTRAINTS YIELD name RETURN name', {}, { database });
  for (const r of constraints.records)
    await driver.executeQuery(`DROP CONSTRAINT \`${r.get('name')}\` IF EXISTS`, {}, { database });
  const indexes = await driver.executeQuery(
    "SHOW INDEXES YIELD name, type WHERE type <> 'LOOKUP' AND name <> $marker RETURN name",
    { marker: TEST_MARKER_INDEX },
    { database },
  );
  for (const r of indexes.records)
    await driver.executeQuery(`DROP INDEX \`${r.get('name')}\` IF EXISTS`, {}, { database });
}

/** Empties the suite's database between tests, with the same ownership check. */
export async function emptyTestDatabase(driver: Driver): Promise<void> {
  const target = { ...testTarget(), uri: process.env.NEO4J_URI!, database: process.env.NEO4J_DATABASE ?? 'neo4j' };
  if (!(await hasMarker(driver, target.database)))
    throw new ForeignDatabaseError(target, await contents(driver, target.database));
  await deleteAllInBatches(driver, target.database);
}
