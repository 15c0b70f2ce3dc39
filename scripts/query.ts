/**
 * npm run query -- --list
 * npm run query -- <name> [--param key=value …] [--json]
 * npm run query -- --cypher '<read-only query>' [--param key=value …] [--json]
 *
 * Runs a query of the named library (cypher/queries/*.cypher) or an ad-hoc one against the configured
 * Neo4j and prints a table. It is the API's runtime, run in-process: named queries go through the
 * server's QueryLibrary (the same parameter checks as POST /api/queries/:name), ad-hoc ones through its
 * CypherConsole (the same text and EXPLAIN-plan refusals as POST /api/cypher), both on the QueryRunner:
 * a read transaction with QUERY_TIMEOUT_MS, cut at QUERY_MAX_ROWS rows or QUERY_MAX_RESPONSE_BYTES.
 * Parameters of a library query are typed by its header: integers, floats, booleans (true/false),
 * string lists as comma-separated values.
 */
import { parseArgs } from 'node:util';
import { openDatabase } from '../db/database';
import { AppError } from '../db/errors';
import type { QueryResult, QuerySpec } from '../model';
import { CypherBody } from '../model/api';
import { ValidationError } from '../server/errors';
import { QueryRunner, runLimits } from '../server/repositories/query-runner';
import { CypherConsole } from '../server/services/cypher-console';
import { parametersFromText, QueryCatalogue, QueryLibrary, type PreparedQuery } from '../server/services/query-library';
import { parseInput } from '../server/validation';

export class QueryUsageError extends Error {
  readonly code = 'invalid_query_arguments';
}

/** `key=value` pairs → a map; the value may contain `=`. */
export function parseParamPairs(pairs: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const pair of pairs) {
    const at = pair.indexOf('=');
    if (at < 1) throw new QueryUsageError(`--param needs key=value, got "${pair}"`);
    out[pair.slice(0, at)] = pair.slice(at + 1);
  }
  return out;
}

/** Ad-hoc parameters have no header: JSON values (numbers, true, lists …) where they parse, else text; as the API's JSON body would carry them. */
export function adHocParameters(raw: Record<string, string>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(raw)) {
    try {
      out[k] = JSON.parse(v);
    } catch {
      out[k] = v;
    }
  }
  return out;
}

// ---- the table

const isMap = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * A cell's text: nodes by name and label, relationships by type (and title), paths as chains, evidence
 * by its sentence, maps by their values (lists inside them in brackets), lists joined with `;`.
 */
export function cellText(value: unknown, nested = false): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value))
    return nested ? `[${value.map((v) => cellText(v, true)).join('; ')}]` : value.map((v) => cellText(v)).join('; ');
  if (typeof value === 'string') return value;
  if (!isMap(value)) return String(value);
  if (typeof value.sentence === 'string' && typeof value.surface === 'string') return `「${value.sentence}」`;
  if (Array.isArray(value.labels) && isMap(value.properties)) {
    const name = value.properties.name ?? value.id;
    return `${String(name)} (${(value.labels as string[]).join(':')})`;
  }
  if (typeof value.type === 'string' && 'start' in value && isMap(value.properties)) {
    const title = value.properties.title ?? value.properties.order;
    return title === undefined ? value.type : `${value.type} ${String(title)}`;
  }
  if (Array.isArray(value.nodes) && Array.isArray(value.relationships)) {
    const nodes = value.nodes.map((n) =>
      String((n as { properties: { name?: unknown }; id: string }).properties.name ?? (n as { id: string }).id),
    );
    return nodes
      .map((n, i) => (i === 0 ? n : ` -${(value.relationships as { type: string }[])[i - 1]!.type}- ${n}`))
      .join('');
  }
  return Object.values(value)
    .map((v) => cellText(v, true))
    .join(' ');
}

/** Terminal columns of a string: CJK and full-width characters take two. */
export function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s)
    w +=
      /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]|[\u{20000}-\u{3fffd}]/u.test(
        ch,
      )
        ? 2
        : 1;
  return w;
}

function fit(s: string, width: number): string {
  if (displayWidth(s) <= width) return s + ' '.repeat(width - displayWidth(s));
  let out = '';
  for (const ch of s) {
    if (displayWidth(out + ch) > width - 1) break;
    out += ch;
  }
  return `${out}…${' '.repeat(width - 1 - displayWidth(out))}`;
}

/** Cells are cut to keep rows on a line; the last column, which nothing follows, may run longer. */
export function formatTable(
  columns: string[],
  rows: Record<string, unknown>[],
  maxCellWidth = 60,
  maxLastWidth = 160,
): string {
  const cells = rows.map((r) => columns.map((c) => cellText(r[c]).replace(/\s+/g, ' ')));
  const last = columns.length - 1;
  const widths = columns.map((c, i) =>
    Math.min(
      i === last ? maxLastWidth : maxCellWidth,
      Math.max(displayWidth(c), ...cells.map((r) => displayWidth(r[i]!))),
    ),
  );
  const line = (values: string[]) =>
    values
      .map((v, i) => fit(v, widths[i]!))
      .join(' │ ')
      .trimEnd();
  return [line(columns), widths.map((w) => '─'.repeat(w)).join('─┼─'), ...cells.map(line)].join('\n');
}

export function formatLibrary(queries: QuerySpec[]): string {
  return queries
    .map((q) => {
      const params = q.parameters.map(
        (p) =>
          `    --param ${p.name}=<${p.type}>${p.default !== undefined ? ` (default ${JSON.stringify(p.default)})` : ''}${p.description ? `  ${p.description}` : ''}`,
      );
      return [
        `${q.name}\n    ${q.description.en}${q.description.zh ? `\n    ${q.description.zh}` : ''}`,
        ...params,
      ].join('\n');
    })
    .join('\n\n');
}

// ---- the command

const USAGE = `usage: npm run query -- --list
       npm run query -- <name> [--param key=value …] [--json]
       npm run query -- --cypher '<read-only query>' [--param key=value …] [--json]`;

type Job =
  { kind: 'named'; query: PreparedQuery } | { kind: 'console'; query: string; params: Record<string, unknown> };

/** What to run, checked before connecting: a named query with its parameters, or the user's own Cypher. */
function job(catalogue: QueryCatalogue, cypher: string | undefined, names: string[], raw: Record<string, string>): Job {
  if (cypher !== undefined) {
    if (names.length) throw new QueryUsageError('Give either a query name or --cypher, not both');
    const body = parseInput(CypherBody, { query: cypher, params: adHocParameters(raw) }, 'field');
    return { kind: 'console', query: body.query, params: body.params ?? {} };
  }
  const [name, ...extra] = names;
  if (!name || extra.length) throw new QueryUsageError(`Give one query name (npm run query -- --list shows them)`);
  const spec = catalogue.list().find((q) => q.name === name);
  if (!spec)
    throw new QueryUsageError(
      `No query named "${name}" in the library: ${catalogue
        .list()
        .map((q) => q.name)
        .join(', ')}`,
    );
  try {
    return { kind: 'named', query: catalogue.prepare(name, parametersFromText(spec.parameters, raw)) };
  } catch (err) {
    if (err instanceof ValidationError) throw new QueryUsageError(`${err.message}\n\n${formatLibrary([spec])}`);
    throw err;
  }
}

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    options: {
      list: { type: 'boolean' },
      cypher: { type: 'string' },
      param: { type: 'string', multiple: true },
      json: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
    allowPositionals: true,
    strict: true,
  });
  if (values.help) return (console.log(USAGE), 0);
  const catalogue = new QueryCatalogue();
  if (values.list) return (console.log(formatLibrary(catalogue.list())), 0);
  const todo = job(catalogue, values.cypher, positionals, parseParamPairs(values.param ?? []));

  const { driver, database, config } = await openDatabase();
  try {
    const runner = new QueryRunner(driver, database);
    const limits = runLimits(config);
    const result: QueryResult =
      todo.kind === 'named'
        ? await new QueryLibrary(runner, limits, catalogue).runPrepared(todo.query)
        : await new CypherConsole(runner, limits).run(todo.query, todo.params);
    const { columns, rows, truncated, elapsedMs } = result;
    if (values.json) console.log(JSON.stringify({ columns, rows, truncated, elapsedMs }, null, 2));
    else {
      console.log(formatTable(columns, rows));
      const cut = truncated
        ? ` (cut at QUERY_MAX_ROWS=${config.QUERY_MAX_ROWS} rows or QUERY_MAX_RESPONSE_BYTES=${config.QUERY_MAX_RESPONSE_BYTES})`
        : '';
      console.log(`\n${rows.length} row(s)${cut}, ${elapsedMs} ms`);
    }
    return 0;
  } finally {
    await driver.close();
  }
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => (process.exitCode = code),
    (err: unknown) => {
      const usage =
        err instanceof QueryUsageError ||
        err instanceof ValidationError ||
        (err as { code?: string }).code?.startsWith('ERR_PARSE_ARGS');
      // Typed errors carry a message written for the user (refusals, timeouts, syntax errors); stack traces say nothing to one.
      const refused =
        err instanceof AppError
          ? ` [${err.code}${typeof err.details?.reason === 'string' ? `: ${err.details.reason}` : ''}]`
          : '';
      console.error(
        usage
          ? `${(err as Error).message}\n\n${USAGE}`
          : `${err instanceof Error ? err.message : String(err)}${refused}`,
      );
      process.exitCode = usage ? 2 : 1;
    },
  );
}
