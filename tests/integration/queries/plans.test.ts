/**
 * Plan checks: every named query (cypher/queries) and every query the API runs itself (cypher/internal)
 * is compiled with EXPLAIN on a small loaded graph, and its plan must not scan every node
 * (AllNodesScan) or every relationship (the all-relationships scans) nor join unrelated rows (CartesianProduct). A query that means one says so in a header
 * line, `// @plan-allows CartesianProduct: why`, and the why must not be empty. On a province's graph
 * either operator turns a lookup into a pass over millions of rows, so it is caught here, on a few hundred.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { CYPHER_DIR, loadLibrary } from '../../../db/cypher-files';
import { loadGraph } from '../../../pipeline/load';
import { QueryRunner } from '../../../server/repositories/query-runner';
import { testDriver } from '../../support/server';
import { emptyDatabase, readMini } from '../load/graph-helpers';

const DB = process.env.NEO4J_DATABASE ?? 'neo4j';
const FORBIDDEN = [
  'AllNodesScan',
  'DirectedAllRelationshipsScan',
  'UndirectedAllRelationshipsScan',
  'CartesianProduct',
] as const;
const ALLOWS = /^\s*\/\/\s*@plan-allows\s+(\w+)\s*:\s*(.*)$/gm;

/** A value of the right shape for each parameter the files use: EXPLAIN needs them bound, not meaningful. */
const LIST_PARAMETERS = new Set(['labels', 'types', 'ids', 'nodes', 'sentences', 'articles', 'sentencePrefixes']);
const INTEGER_PARAMETERS = new Set(['limit', 'depth', 'maxLength', 'minCounties', 'batchSize']);

function parametersOf(text: string): Record<string, unknown> {
  const code = text.replace(/^\s*\/\/.*$/gm, '');
  const names = new Set([...code.matchAll(/\$([A-Za-z_]\w*)/g)].map((m) => m[1]!));
  return Object.fromEntries(
    [...names].map((n) => [n, LIST_PARAMETERS.has(n) ? [] : INTEGER_PARAMETERS.has(n) ? 10 : 'x']),
  );
}

/** The operators a file says it means, each with its reason. */
function allowedOperators(text: string): Map<string, string> {
  return new Map([...text.matchAll(ALLOWS)].map((m) => [m[1]!, m[2]!.trim()]));
}

const internalFiles = fs
  .readdirSync(path.join(CYPHER_DIR, 'internal'))
  .filter((f) => f.endsWith('.cypher'))
  .sort()
  .map((f) => ({ name: `internal/${f}`, text: fs.readFileSync(path.join(CYPHER_DIR, 'internal', f), 'utf8') }));
const queries = [...loadLibrary().map((q) => ({ name: `queries/${q.name}.cypher`, text: q.text })), ...internalFiles];

describe('query plans on a small graph', () => {
  let driver: Driver;
  let runner: QueryRunner;

  beforeAll(async () => {
    driver = testDriver();
    runner = new QueryRunner(driver, DB);
    await emptyDatabase(driver);
    await loadGraph(driver, DB, readMini());
  });
  afterAll(async () => {
    await emptyDatabase(driver);
    await driver.close();
  });

  it('when the files are listed, then the library and the internal queries are both there', () => {
    expect(queries.map((q) => q.name)).toEqual(
      expect.arrayContaining(['queries/shared-initiatives.cypher', 'internal/node-by-id.cypher']),
    );
  });

  it.each(queries.map((q) => [q.name, q] as const))(
    'when %s is explained, then its plan scans no whole node store and joins nothing unintended',
    async (_name, { text }) => {
      const allowed = allowedOperators(text);
      for (const reason of allowed.values()) expect(reason).not.toBe('');
      const { operators } = await runner.explain(text, parametersOf(text), 10_000);
      const found = operators.map((o) => o.name).filter((n) => (FORBIDDEN as readonly string[]).includes(n));
      expect(found.filter((n) => !allowed.has(n))).toEqual([]);
    },
  );
});
