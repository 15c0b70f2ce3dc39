/**
 * The named query library (cypher/queries/*.cypher): listed for the client, run by name with
 * parameters checked against each file's `// @param` header. The direct endpoints (search,
 * neighbours, path …) run these same files. `npm run query` and the tests use this module too, so the
 * CLI, the tests and the API check parameters and run queries the same way.
 */
import { z } from 'zod';
import type { QueryParameterSpec, QueryResult, QuerySpec } from '../../model';
import { loadLibrary, type LibraryQuery } from '../../db/cypher-files';
import { toLuceneQuery } from '../../db/fulltext';
import { NotFoundError } from '../errors';
import type { QueryRunner, RunLimits } from '../repositories/query-runner';
import { parseInput } from '../validation';

const STRING_MAX = 1_000;
const SEARCH_MAX = 200;
const LIST_MAX = 100;
const INTEGER_BOUND = 1_000_000_000;

function valueSchema(spec: QueryParameterSpec): z.ZodType {
  const n = spec.name;
  // A missing value and a value of the wrong type get different messages.
  const expected = (what: string) => ({
    error: (issue: { input?: unknown }) => (issue.input === undefined ? `${n} is required` : `${n} must be ${what}`),
  });
  switch (spec.type) {
    case 'string':
      return z.string(expected('text')).max(STRING_MAX, { error: `${n} must be at most ${STRING_MAX} characters` });
    case 'fulltext':
      // Raw Lucene syntax could run a regular expression that exhausts the database's memory.
      return z
        .string(expected('text'))
        .max(SEARCH_MAX, { error: `${n} must be at most ${SEARCH_MAX} characters` })
        .transform(toLuceneQuery)
        .refine((lucene) => lucene !== '', { error: `${n} must contain letters, digits or Chinese characters` });
    case 'integer':
      return z
        .number(expected('a whole number'))
        .int({ error: `${n} must be a whole number` })
        .min(-INTEGER_BOUND, { error: `${n} is out of range` })
        .max(INTEGER_BOUND, { error: `${n} is out of range` });
    case 'float':
      return z.number(expected('a number'));
    case 'boolean':
      return z.boolean(expected('true or false'));
    case 'string[]':
      return z
        .array(z.string({ error: `${n} must be a list of texts` }).max(STRING_MAX), expected('a list of texts'))
        .max(LIST_MAX, { error: `${n} may have at most ${LIST_MAX} entries` });
  }
}

/** A parameter without a default is required; unknown parameters are refused, so typos do not pass silently. */
export function parametersSchema(parameters: QueryParameterSpec[]) {
  const shape: Record<string, z.ZodType> = {};
  for (const p of parameters)
    shape[p.name] = p.default !== undefined ? valueSchema(p).default(p.default) : valueSchema(p);
  return z.object(shape).strict();
}

/**
 * Parameters typed on a command line are text. Each becomes the JSON value its header type asks for
 * (`2` → 2, `true` → true, `A,B` → ['A', 'B']) and then meets the same checks as the API's JSON; text
 * that is no such value stays text, so the check names what is wrong with it.
 */
export function parametersFromText(
  parameters: readonly QueryParameterSpec[],
  raw: Record<string, string>,
): Record<string, unknown> {
  const types = new Map(parameters.map((p) => [p.name, p.type]));
  const out: Record<string, unknown> = {};
  for (const [name, text] of Object.entries(raw)) {
    const type = types.get(name);
    if ((type === 'integer' || type === 'float') && text.trim() !== '' && Number.isFinite(Number(text)))
      out[name] = Number(text);
    else if (type === 'boolean' && (text === 'true' || text === 'false')) out[name] = text === 'true';
    else if (type === 'string[]')
      out[name] = text
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean);
    else out[name] = text;
  }
  return out;
}

/** A library query ready to run: its text and its checked parameter values. */
export interface PreparedQuery {
  name: string;
  text: string;
  values: Record<string, unknown>;
}

/** The library's queries with their parameter checks, usable without a database (the CLI checks before it connects). */
export class QueryCatalogue {
  private readonly queries: Map<string, LibraryQuery & { schema: ReturnType<typeof parametersSchema> }>;

  constructor(queries: LibraryQuery[] = loadLibrary()) {
    this.queries = new Map(queries.map((q) => [q.name, { ...q, schema: parametersSchema(q.parameters) }]));
  }

  list(): QuerySpec[] {
    return [...this.queries.values()].map(({ name, title, description, parameters }) => ({
      name,
      title,
      description,
      parameters,
    }));
  }

  has(name: string): boolean {
    return this.queries.has(name);
  }

  /** Checks the parameters against the query's header (defaults filled in, search text made Lucene); NotFoundError or ValidationError otherwise. */
  prepare(name: string, params: Record<string, unknown> = {}): PreparedQuery {
    const query = this.queries.get(name);
    if (!query) throw new NotFoundError(`There is no named query '${name}'. GET /api/queries lists them.`, { name });
    return { name, text: query.text, values: parseInput(query.schema, params, 'parameter') };
  }
}

export class QueryLibrary {
  constructor(
    private readonly runner: QueryRunner,
    private readonly limits: RunLimits,
    readonly catalogue = new QueryCatalogue(),
  ) {}

  list(): QuerySpec[] {
    return this.catalogue.list();
  }

  has(name: string): boolean {
    return this.catalogue.has(name);
  }

  run(name: string, params: Record<string, unknown> = {}): Promise<QueryResult> {
    return this.runPrepared(this.catalogue.prepare(name, params));
  }

  runPrepared(query: PreparedQuery): Promise<QueryResult> {
    return this.runner.run(query.text, query.values, this.limits);
  }
}
