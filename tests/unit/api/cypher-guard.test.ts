import { splitNeo4jMessage } from '../../../db/neo4j-errors';
import { QueryRefusedError } from '../../../server/errors';
import type { QueryPlan } from '../../../server/repositories/query-runner';
import { checkPlan, checkQueryText, MAX_QUERY_LENGTH } from '../../../server/services/cypher-guard';

const plan = (queryType: string, ...ops: [string, string?][]): Omit<QueryPlan, 'notifications'> => ({
  queryType,
  operators: ops.map(([operatorType, details = '']) => {
    const [name = '', database] = operatorType.split('@');
    return { name, ...(database ? { database } : {}), details };
  }),
});

function reasonOf(fn: () => void): string | undefined {
  try {
    fn();
    return undefined;
  } catch (err) {
    expect(err).toBeInstanceOf(QueryRefusedError);
    return (err as QueryRefusedError).reason;
  }
}

describe('checkQueryText', () => {
  it('when the query is longer than the limit, then too_long; at the limit it passes', () => {
    expect(reasonOf(() => checkQueryText('x'.repeat(MAX_QUERY_LENGTH + 1)))).toBe('too_long');
    expect(reasonOf(() => checkQueryText('x'.repeat(MAX_QUERY_LENGTH)))).toBeUndefined();
  });
});

describe('checkPlan', () => {
  it('when a read plan uses only allowed operators and procedures, then it passes', () => {
    expect(
      reasonOf(() =>
        checkPlan(
          plan('r', ['ProduceResults@neo4j'], ['ProcedureCall@neo4j', 'db.labels() :: (label :: STRING)']),
          'neo4j',
        ),
      ),
    ).toBeUndefined();
  });

  it.each([
    ['a write query type', 'write', plan('rw', ['Create@neo4j'])],
    ['a schema query type', 'admin', plan('s', ['CreateIndex@neo4j'])],
    ['a read-typed SHOW command', 'admin', plan('r', ['ShowTransactions@neo4j'])],
    ['an operator on another database', 'admin', plan('r', ['db.labels@system'])],
    ['LOAD CSV under a read type', 'file_access', plan('r', ['LoadCSV@neo4j'])],
    ['a dbms procedure', 'admin', plan('s', ['ProcedureCall@neo4j', 'dbms.components() :: (name :: STRING)'])],
    ['a procedure off the list', 'procedure', plan('r', ['ProcedureCall@neo4j', 'db.awaitIndexes($autoint_0) :: ()'])],
    ['read-only IN TRANSACTIONS', 'write', plan('r', ['TransactionApply@neo4j'])],
  ])('when the plan has %s, then it is refused as %s', (_what, reason, p) => {
    expect(reasonOf(() => checkPlan(p, 'neo4j'))).toBe(reason);
  });

  it('when a plan both reads a file and writes, then the more specific reason (file_access) is given', () => {
    expect(reasonOf(() => checkPlan(plan('w', ['Create@neo4j'], ['LoadCSV@neo4j']), 'neo4j'))).toBe('file_access');
  });
});

describe('splitNeo4jMessage', () => {
  it('when the message has a position, then it is moved back by the EXPLAIN prefix and cut from the text', () => {
    const msg =
      'Invalid input \'=\': expected an expression (line 3, column 15 (offset: 32))\n"  WHERE n.x = = 1"\n               ^';
    expect(splitNeo4jMessage(msg, { lines: 1, chars: 8 })).toEqual({
      text: "Invalid input '=': expected an expression",
      position: { line: 2, column: 15, offset: 24 },
    });
  });

  it('when the message has no position, then only its first line is kept', () => {
    expect(splitNeo4jMessage('/ by zero\nmore')).toEqual({ text: '/ by zero' });
  });
});
