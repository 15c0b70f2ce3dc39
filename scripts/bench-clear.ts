/**
 * `--clear` at scale (a script, not a test): generates a loaded-looking graph of N nodes inside the
 * target database (marked loadedBy like the loader's own), with a supernode (a fifth of all nodes
 * point at it), 1,000 county-sized hubs and 25,000 article-sized fan-outs, then times `clearLoaded` and checks that nothing marked is left and that unmarked data stays.
 * It deletes what the project loaded in the target database, so, like pipeline/load/measure.ts, it asks
 * for NEO4J_URI (use the test server) and an explicit flag:
 *
 *   NEO4J_URI=bolt://127.0.0.1:7688 npx tsx scripts/bench-clear.ts --clear-project-data [--nodes 1000000] [--batch-size 1000]
 */
import os from 'node:os';
import { parseArgs } from 'node:util';
import { openDatabase } from '../db/database';
import { toCypherParams } from '../db/records';
import { clearLoaded, LOADED_BY } from '../pipeline/load';

// In chunks of CHUNK rows, each statement well inside the server's transaction timeout.
const CHUNK = 50_000;

const GENERATE = `
UNWIND range($from, $to - 1) AS i
CALL (i) {
  CREATE (x:Person {id: 'bench-clear:' + i, name: 'p' + i, loadedBy: $m, evidence: ['{"article":"a' + (i % 25000) + '","sentence":"generated"}']})
} IN TRANSACTIONS OF 20000 ROWS`;

const LINK = `
UNWIND range($from, $to - 1) AS i
CALL (i) {
  MATCH (x:Person {id: 'bench-clear:' + i})
  MATCH (hub:Person {id: 'bench-clear:' + (i % 1000)})
  MATCH (art:Person {id: 'bench-clear:' + (1000 + i % 25000)})
  MATCH (super:Person {id: 'bench-clear:super'})
  CREATE (x)-[:LOCATED_IN {id: 'l' + i, loadedBy: $m}]->(hub)
  CREATE (art)-[:MENTIONS {id: 'm' + i, loadedBy: $m}]->(x)
  FOREACH (_ IN CASE WHEN i % 5 = 0 THEN [1] ELSE [] END | CREATE (x)-[:PART_OF {id: 's' + i, loadedBy: $m}]->(super))
} IN TRANSACTIONS OF 10000 ROWS`;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      'clear-project-data': { type: 'boolean' },
      nodes: { type: 'string', default: '1000000' },
      'batch-size': { type: 'string', default: '1000' },
    },
  });
  if (!process.env.NEO4J_URI || !values['clear-project-data']) {
    throw new Error(
      'This deletes what the project loaded in the target database: set NEO4J_URI (the test server) and pass --clear-project-data.',
    );
  }
  const n = Number(values.nodes);
  const { driver, database } = await openDatabase();
  const session = driver.session({ database });
  try {
    await session.run('CREATE INDEX bench_clear_person_id IF NOT EXISTS FOR (p:Person) ON (p.id)');
    await session.run('CALL db.awaitIndexes(300)');
    await clearLoaded(driver, database, 5000);
    let t = Date.now();
    await session.run("CREATE (:Person {id: 'bench-clear:super', loadedBy: $m})", { m: LOADED_BY });
    for (let from = 0; from < n; from += CHUNK) {
      await session.run(
        GENERATE,
        toCypherParams({ from, to: Math.min(n, from + CHUNK), m: LOADED_BY }) as Record<string, unknown>,
      );
    }
    for (let from = 0; from < n; from += CHUNK) {
      await session.run(
        LINK,
        toCypherParams({ from, to: Math.min(n, from + CHUNK), m: LOADED_BY }) as Record<string, unknown>,
      );
    }
    await session.run("CREATE (:ForeignUserData {id: 'bench-clear-foreign'})");
    const counted = await session.run(
      'RETURN COUNT { MATCH (x) WHERE x.loadedBy = $m } AS nodes, COUNT { MATCH ()-[r]->() WHERE r.loadedBy = $m } AS rels',
      { m: LOADED_BY },
    );
    const nodes = Number(counted.records[0]!.get('nodes'));
    const rels = Number(counted.records[0]!.get('rels'));
    console.log(
      `machine: ${os.cpus()[0]?.model ?? '?'} × ${os.availableParallelism()}, ${Math.round(os.totalmem() / 2 ** 30)} GiB; generated ${nodes} loaded nodes and ${rels} relationships in ${((Date.now() - t) / 1000).toFixed(0)} s`,
    );
    t = Date.now();
    const deleted = await clearLoaded(driver, database, Number(values['batch-size']));
    const seconds = (Date.now() - t) / 1000;
    const left = await session.run(
      "RETURN COUNT { MATCH (x) WHERE x.loadedBy = $m } AS marked, COUNT { MATCH (:ForeignUserData {id: 'bench-clear-foreign'}) } AS foreign",
      { m: LOADED_BY },
    );
    console.log(
      `clearLoaded, batch size ${values['batch-size']}: ${deleted} nodes and their relationships in ${seconds.toFixed(1)} s (${Math.round((deleted + rels) / seconds)} rows/s); marked left: ${left.records[0]!.get('marked')}; foreign node kept: ${left.records[0]!.get('foreign')}`,
    );
    await session.run("MATCH (f:ForeignUserData {id: 'bench-clear-foreign'}) DELETE f");
    await session.run('DROP INDEX bench_clear_person_id IF EXISTS');
  } finally {
    await session.close();
    await driver.close();
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : String(err));
  process.exitCode = 1;
});
