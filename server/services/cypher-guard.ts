/**
 * What the Cypher console refuses, decided on the compiled plan (EXPLAIN) rather than on the
 * text: comments, mixed case, unicode escapes and writes hidden in subqueries or FOREACH all
 * compile to the same operators, so they cannot slip past. The READ transaction the query then
 * runs in is the second line of defence.
 */
import { QueryRefusedError } from '../errors';
import type { QueryPlan } from '../repositories/query-runner';

export const MAX_QUERY_LENGTH = 10_000;

/** Read-only procedures a user may call: schema introspection and the full-text search. */
export const ALLOWED_PROCEDURES = [
  'db.labels',
  'db.relationshipTypes',
  'db.propertyKeys',
  'db.schema.visualization',
  'db.schema.nodeTypeProperties',
  'db.schema.relTypeProperties',
  'db.index.fulltext.queryNodes',
  'db.index.fulltext.queryRelationships',
] as const;

/**
 * Operators of administration and schema commands: SHOW …, TERMINATE TRANSACTIONS, CREATE/DROP
 * INDEX or CONSTRAINT, and everything compiled against the system database. The data-writing
 * operators (Create, Merge, SetProperty …) are caught by the query type instead.
 */
const ADMIN_OPERATOR = /^(AdministrationCommand|SystemProcedureCall|Show[A-Z]\w*|Terminate[A-Z]\w*|Create[A-Z]\w*|Drop[A-Z]\w*|DoNothingIfExists\w*|Alter[A-Z]\w*|Rename[A-Z]\w*)$/;

/** Operators of `CALL { … } IN TRANSACTIONS`, which commits batches of its own. */
const IN_TRANSACTIONS_OPERATOR = /^Transaction(Foreach|Apply)$/;

const PROCEDURE_NAME = /^\s*([\w.]+)\s*\(/;

/** Checks the text before Neo4j sees it. */
export function checkQueryText(query: string): void {
  if (query.length > MAX_QUERY_LENGTH) {
    const details = { length: query.length, maxLength: MAX_QUERY_LENGTH };
    throw new QueryRefusedError('too_long', details, `The query is ${query.length} characters long; the console accepts at most ${MAX_QUERY_LENGTH}.`);
  }
}

/** Throws a QueryRefusedError naming why, unless the plan only reads the graph of `database`. */
export function checkPlan(plan: QueryPlan, database: string): void {
  for (const op of plan.operators) {
    if (op.database && op.database !== database) throw new QueryRefusedError('admin', { operator: op.name, database: op.database });
    if (ADMIN_OPERATOR.test(op.name)) throw new QueryRefusedError('admin', { operator: op.name });
  }
  for (const op of plan.operators) {
    if (op.name === 'LoadCSV') throw new QueryRefusedError('file_access', { operator: op.name });
  }
  for (const op of plan.operators) {
    if (op.name !== 'ProcedureCall') continue;
    const procedure = PROCEDURE_NAME.exec(op.details)?.[1] ?? op.details;
    if (/^dbms\./i.test(procedure)) throw new QueryRefusedError('admin', { procedure });
    if (!(ALLOWED_PROCEDURES as readonly string[]).includes(procedure)) {
      const message = `The procedure ${procedure} is not allowed in the console. Allowed: ${ALLOWED_PROCEDURES.join(', ')}.`;
      throw new QueryRefusedError('procedure', { procedure, allowed: [...ALLOWED_PROCEDURES] }, message);
    }
  }
  for (const op of plan.operators) {
    if (IN_TRANSACTIONS_OPERATOR.test(op.name)) throw new QueryRefusedError('write', { operator: op.name });
  }
  if (plan.queryType === 's') throw new QueryRefusedError('admin', { queryType: plan.queryType });
  if (plan.queryType !== 'r') throw new QueryRefusedError('write', { queryType: plan.queryType });
}
