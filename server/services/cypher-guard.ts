/**
 * What the Cypher console refuses, decided on the compiled plan (EXPLAIN) rather than on the
 * text: comments, mixed case, unicode escapes and writes hidden in subqueries or FOREACH all
 * compile to the same operators, so they cannot slip past. The READ transaction the query then
 * runs in is the second line of defence.
 */
import { QueryRefusedError } from '../errors';
import type { QueryPlan } from '../repositories/query-runner';
import { codeOf, hasUseClause, nestingDepth, queryOptions, rangeCalls } from './cypher-text';

export const MAX_QUERY_LENGTH = 10_000;
/** Neo4j's parser recurses per bracket; far below the depth at which it fails, far above any real query. */
export const MAX_NESTING = 40;
/** Elements all range() calls of a query may span together (nested calls multiply). */
export const MAX_RANGE_ELEMENTS = 100_000;
/** Query options that change how, not what, Neo4j runs; `debug=…` and the rest print planner internals. */
export const ALLOWED_OPTIONS = ['runtime', 'planner', 'replan'] as const;

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
const ADMIN_OPERATOR =
  /^(AdministrationCommand|SystemProcedureCall|Show[A-Z]\w*|Terminate[A-Z]\w*|Create[A-Z]\w*|Drop[A-Z]\w*|DoNothingIfExists\w*|Alter[A-Z]\w*|Rename[A-Z]\w*)$/;

/** Operators of `CALL { … } IN TRANSACTIONS`, which commits batches of its own. */
const IN_TRANSACTIONS_OPERATOR = /^Transaction(Foreach|Apply)$/;

const PROCEDURE_NAME = /^\s*([\w.]+)\s*\(/;

/** A range() bound: a whole number, a parameter holding one, or null when it is some other expression. */
function boundValue(arg: string, params: Record<string, unknown>): number | null {
  if (/^[+-]?\s*\d+$/.test(arg)) return Number(arg.replace(/\s+/g, ''));
  const param = /^\$(\w+)$/.exec(arg);
  if (param) {
    const v = params[param[1]!];
    return typeof v === 'number' && Number.isFinite(v) ? v : null;
  }
  return null;
}

/** size(x) or length(p), perhaps ± a number: bounded by data that already exists. */
const DATA_BOUND = /^(?:size|length)\s*\(.*\)(?:\s*[-+]\s*\d+)?$/is;

/**
 * One expression runs to its end whatever the transaction timeout (Neo4j checks for termination
 * between rows, not inside reduce() or a list comprehension), so range(), the one way to make a huge
 * list from nothing, must have bounds known before the query runs.
 */
function checkRanges(code: string, params: Record<string, unknown>): void {
  let elements = 1;
  for (const args of rangeCalls(code)) {
    const [from, to, step = '1'] = args.map((a) => (DATA_BOUND.test(a) ? 'data' : a));
    const values = [from, to, step].map((a) => (a === 'data' ? 'data' : boundValue(a ?? '', params)));
    if (values.some((v) => v === null)) throw new QueryRefusedError('unbounded', { call: `range(${args.join(', ')})` });
    if (values.includes('data')) continue;
    const [a, b, c] = values as number[];
    const span = c === 0 ? Infinity : Math.max(0, Math.floor((b! - a!) / c!) + 1);
    elements *= span;
    if (elements > MAX_RANGE_ELEMENTS)
      throw new QueryRefusedError('unbounded', { call: `range(${args.join(', ')})`, maxElements: MAX_RANGE_ELEMENTS });
  }
}

/** Checks the text before Neo4j sees it. */
export function checkQueryText(query: string, params: Record<string, unknown> = {}): void {
  if (query.length > MAX_QUERY_LENGTH) {
    const details = { length: query.length, maxLength: MAX_QUERY_LENGTH };
    throw new QueryRefusedError(
      'too_long',
      details,
      `The query is ${query.length} characters long; the console accepts at most ${MAX_QUERY_LENGTH}.`,
    );
  }
  const code = codeOf(query);
  const depth = nestingDepth(code);
  if (depth > MAX_NESTING) throw new QueryRefusedError('too_deep', { depth, maxDepth: MAX_NESTING });
  const refused = queryOptions(code).filter((o) => !(ALLOWED_OPTIONS as readonly string[]).includes(o));
  if (refused.length) throw new QueryRefusedError('option', { options: refused, allowed: [...ALLOWED_OPTIONS] });
  if (hasUseClause(code)) throw new QueryRefusedError('other_database');
  checkRanges(code, params);
}

/** Throws a QueryRefusedError naming why, unless the plan only reads the graph of `database`. */
export function checkPlan(plan: Pick<QueryPlan, 'queryType' | 'operators'>, database: string): void {
  for (const op of plan.operators) {
    if (op.database && op.database !== database)
      throw new QueryRefusedError('admin', { operator: op.name, database: op.database });
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
