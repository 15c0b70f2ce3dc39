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

export type RefusalReason = 'write' | 'file_access' | 'procedure' | 'admin' | 'multiple_statements' | 'too_long';

/**
 * Operators of administration and schema commands: SHOW …, TERMINATE TRANSACTIONS, CREATE/DROP
 * INDEX or CONSTRAINT, and everything compiled against the system database. The data-writing
 * operators (Create, Merge, SetProperty …) are caught by the query type instead.
 */
const ADMIN_OPERATOR = /^(AdministrationCommand|SystemProcedureCall|Show[A-Z]\w*|Terminate[A-Z]\w*|Create[A-Z]\w*|Drop[A-Z]\w*|DoNothingIfExists\w*|Alter[A-Z]\w*|Rename[A-Z]\w*)$/;

/** Operators of `CALL { … } IN TRANSACTIONS`, which commits batches of its own. */
const IN_TRANSACTIONS_OPERATOR = /^Transaction(Foreach|Apply)$/;

const PROCEDURE_NAME = /^\s*([\w.]+)\s*\(/;

// multiple_statements is recognised from Neo4j's own parse error (server/db/neo4j-errors.ts).
type PlanReason = Exclude<RefusalReason, 'procedure' | 'too_long' | 'multiple_statements'>;

const MESSAGES: Record<PlanReason, string> = {
  write: 'The console is read-only: queries that create, merge, set, delete or remove data (including CALL … IN TRANSACTIONS) are refused.',
  file_access: 'The console may not read files or URLs: LOAD CSV is refused.',
  admin: 'The console does not run administration commands: SHOW/CREATE/DROP of users, databases, indexes or constraints, transaction commands and dbms.* procedures are refused.',
};

function refuse(reason: PlanReason, details?: Record<string, unknown>): never {
  throw new QueryRefusedError(reason, MESSAGES[reason], details);
}

/** Checks the text before Neo4j sees it. */
export function checkQueryText(query: string): void {
  if (query.length > MAX_QUERY_LENGTH) {
    throw new QueryRefusedError('too_long', `The query is ${query.length} characters long; the console accepts at most ${MAX_QUERY_LENGTH}.`, {
      length: query.length,
      maxLength: MAX_QUERY_LENGTH,
    });
  }
}

/** Throws a QueryRefusedError naming why, unless the plan only reads the graph of `database`. */
export function checkPlan(plan: QueryPlan, database: string): void {
  for (const op of plan.operators) {
    if (op.database && op.database !== database) refuse('admin', { operator: op.name, database: op.database });
    if (ADMIN_OPERATOR.test(op.name)) refuse('admin', { operator: op.name });
  }
  for (const op of plan.operators) {
    if (op.name === 'LoadCSV') refuse('file_access', { operator: op.name });
  }
  for (const op of plan.operators) {
    if (op.name !== 'ProcedureCall') continue;
    const procedure = PROCEDURE_NAME.exec(op.details)?.[1] ?? op.details;
    if (/^dbms\./i.test(procedure)) refuse('admin', { procedure });
    if (!(ALLOWED_PROCEDURES as readonly string[]).includes(procedure)) {
      throw new QueryRefusedError('procedure', `The procedure ${procedure} is not allowed in the console. Allowed: ${ALLOWED_PROCEDURES.join(', ')}.`, {
        procedure,
        allowed: [...ALLOWED_PROCEDURES],
      });
    }
  }
  for (const op of plan.operators) {
    if (IN_TRANSACTIONS_OPERATOR.test(op.name)) refuse('write', { operator: op.name });
  }
  if (plan.queryType === 's') refuse('admin', { queryType: plan.queryType });
  if (plan.queryType !== 'r') refuse('write', { queryType: plan.queryType });
}
