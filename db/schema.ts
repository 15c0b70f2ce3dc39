import type { Driver } from 'neo4j-driver';
import { loadCypher, statements } from './cypher-files';

/** Applies cypher/schema.cypher (idempotent) and waits until its indexes are online. */
export async function applySchema(driver: Driver, database: string): Promise<void> {
  for (const statement of statements(loadCypher('schema'))) await driver.executeQuery(statement, {}, { database });
  await driver.executeQuery('CALL db.awaitIndexes(120)', {}, { database });
}
