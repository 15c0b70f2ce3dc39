/**
 * npm run query -- --list
 * npm run query -- <name> [--param key=value …] [--json]
 * npm run query -- --cypher '<read-only query>' [--param key=value …] [--json]
 *
 * Runs a query of the named library (cypher/queries/*.cypher) or an ad-hoc one against the configured
 * Neo4j and prints a table. Everything runs in a read transaction (the server refuses writes in one),
 * with QUERY_TIMEOUT_MS and at most QUERY_MAX_ROWS rows. Parameters of a library query are typed by its
 * header: integers, floats, booleans (true/false), string lists as comma-separated values.
 */
import neo4j, { type Driver } from 'neo4j-driver';
import { parseArgs } from 'node:util';
import type { QueryParameterSpec, QuerySpec } from '../model';
import { openDatabase } from '../db/database';
import { loadLibrary } from '../db/cypher-files';
import { toLuceneQuery } from '../db/fulltext';
import { toPlain } from '../db/records';

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

/** Cypher needs integers for LIMIT, list slices and ranges, and JavaScript numbers are sent as floats. */
function toCypher(value: unknown, type: QueryParameterSpec['type']): unknown {
  return type === 'integer' && typeof value === 'number' ? neo4j.int(value) : value;
}

function coerce(p: QueryParameterSpec, raw: string): unknown {
  switch (p.type) {
    case 'integer':
      if (!/^-?\d+$/.test(raw.trim())) throw new QueryUsageError(`${p.name} must be an integer, got "${raw}"`);
      return Number(raw);
    case 'float':
      if (raw.trim() === '' || !Number.isFinite(Number(raw))) throw new QueryUsageError(`${p.name} must be a number, got "${raw}"`);
      return Number(raw);
    case 'boolean':
      if (raw !== 'true' && raw !== 'false') throw new QueryUsageError(`${p.name} must be true or false, got "${raw}"`);
      return raw === 'true';
    case 'string[]':
      return raw.split(',').map((s) => s.trim()).filter(Boolean);
    case 'string':
      return raw;
    case 'fulltext': {
      // Users type names, pinyin or codes; the index reads Lucene syntax, built here and never taken raw.
      const lucene = toLuceneQuery(raw);
      if (!lucene && raw.trim()) throw new QueryUsageError(`${p.name} must contain letters, digits or Chinese characters`);
      return lucene;
    }
  }
}

/** Library parameters: typed by the header, defaults filled in, unknown and missing ones refused. */
export function libraryParameters(spec: QuerySpec, raw: Record<string, string>): Record<string, unknown> {
  const known = new Set(spec.parameters.map((p) => p.name));
  const unknown = Object.keys(raw).filter((k) => !known.has(k));
  if (unknown.length) throw new QueryUsageError(`${spec.name} has no parameter ${unknown.join(', ')}; it takes ${[...known].join(', ') || 'none'}`);
  const out: Record<string, unknown> = {};
  for (const p of spec.parameters) {
    let value: unknown;
    if (raw[p.name] !== undefined) {
      value = coerce(p, raw[p.name]!);
    } else if (p.default !== undefined) value = p.default;
    else throw new QueryUsageError(`${spec.name} needs --param ${p.name}=… (${p.type}${p.description ? `: ${p.description}` : ''})`);
    if ((p.type === 'string' || p.type === 'fulltext') && value === '') throw new QueryUsageError(`${p.name} must not be empty`);
    out[p.name] = toCypher(value, p.type);
  }
  return out;
}

/** Ad-hoc parameters have no header: JSON values (numbers, true, lists …) where they parse, else strings. */
export function adHocParameters(raw: Record<string, string>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(raw)) {
    let value: unknown = v;
    try {
      value = JSON.parse(v);
    } catch {
      // not JSON: a plain string
    }
    out[k] = Number.isInteger(value) ? neo4j.int(value as number) : value;
  }
  return out;
}

export interface ReadResult {
  columns: string[];
  rows: Record<string, unknown>[];
  truncated: boolean;
  elapsedMs: number;
}

/** Runs a query in a read transaction with a timeout, keeping at most maxRows rows (plain JSON values). */
export async function runReadOnly(driver: Driver, database: string, text: string, params: Record<string, unknown>, limits: { timeoutMs: number; maxRows: number }): Promise<ReadResult> {
  const started = Date.now();
  const session = driver.session({ database, defaultAccessMode: neo4j.session.READ });
  try {
    return await session.executeRead(
      async (tx) => {
        const result = tx.run(text, params);
        const rows: Record<string, unknown>[] = [];
        let truncated = false;
        for await (const record of result) {
          if (rows.length === limits.maxRows) {
            truncated = true;
            break;
          }
          rows.push(Object.fromEntries(record.keys.map((k) => [String(k), toPlain(record.get(k))])));
        }
        const columns = (await result.keys()).map(String);
        return { columns, rows, truncated, elapsedMs: Date.now() - started };
      },
      { timeout: limits.timeoutMs },
    );
  } finally {
    await session.close();
  }
}

// ---- the table

const isMap = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * A cell's text: nodes by name and label, relationships by type (and title), paths as chains, evidence
 * by its sentence, maps by their values (lists inside them in brackets), lists joined with `;`.
 */
export function cellText(value: unknown, nested = false): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return nested ? `[${value.map((v) => cellText(v, true)).join('; ')}]` : value.map((v) => cellText(v)).join('; ');
  if (typeof value === 'string') {
    if (value.startsWith('{"article":')) {
      try {
        return `「${String((JSON.parse(value) as { sentence?: unknown }).sentence)}」`;
      } catch {
        return value;
      }
    }
    return value;
  }
  if (!isMap(value)) return String(value);
  if (Array.isArray(value.labels) && isMap(value.properties)) {
    const name = value.properties.name ?? value.id;
    return `${String(name)} (${(value.labels as string[]).join(':')})`;
  }
  if (typeof value.type === 'string' && 'start' in value && isMap(value.properties)) {
    const title = value.properties.title ?? value.properties.order;
    return title === undefined ? value.type : `${value.type} ${String(title)}`;
  }
  if (Array.isArray(value.nodes) && Array.isArray(value.relationships)) {
    const nodes = value.nodes.map((n) => String((n as { properties: { name?: unknown }; id: string }).properties.name ?? (n as { id: string }).id));
    return nodes.map((n, i) => (i === 0 ? n : ` -${(value.relationships as { type: string }[])[i - 1]!.type}- ${n}`)).join('');
  }
  return Object.values(value).map((v) => cellText(v, true)).join(' ');
}

/** Terminal columns of a string: CJK and full-width characters take two. */
export function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]|[\u{20000}-\u{3fffd}]/u.test(ch) ? 2 : 1;
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
export function formatTable(columns: string[], rows: Record<string, unknown>[], maxCellWidth = 60, maxLastWidth = 160): string {
  const cells = rows.map((r) => columns.map((c) => cellText(r[c]).replace(/\s+/g, ' ')));
  const last = columns.length - 1;
  const widths = columns.map((c, i) => Math.min(i === last ? maxLastWidth : maxCellWidth, Math.max(displayWidth(c), ...cells.map((r) => displayWidth(r[i]!)))));
  const line = (values: string[]) => values.map((v, i) => fit(v, widths[i]!)).join(' │ ').trimEnd();
  return [line(columns), widths.map((w) => '─'.repeat(w)).join('─┼─'), ...cells.map(line)].join('\n');
}

export function formatLibrary(queries: QuerySpec[]): string {
  return queries
    .map((q) => {
      const params = q.parameters.map((p) => `    --param ${p.name}=<${p.type}>${p.default !== undefined ? ` (default ${JSON.stringify(p.default)})` : ''}${p.description ? `  ${p.description}` : ''}`);
      return [`${q.name}\n    ${q.description.en}${q.description.zh ? `\n    ${q.description.zh}` : ''}`, ...params].join('\n');
    })
    .join('\n\n');
}

// ---- the command

const USAGE = `usage: npm run query -- --list
       npm run query -- <name> [--param key=value …] [--json]
       npm run query -- --cypher '<read-only query>' [--param key=value …] [--json]`;

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    options: { list: { type: 'boolean' }, cypher: { type: 'string' }, param: { type: 'string', multiple: true }, json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
    allowPositionals: true,
    strict: true,
  });
  if (values.help) return console.log(USAGE), 0;
  const library = loadLibrary();
  if (values.list) return console.log(formatLibrary(library)), 0;

  const raw = parseParamPairs(values.param ?? []);
  let text: string;
  let params: Record<string, unknown>;
  if (values.cypher !== undefined) {
    if (positionals.length) throw new QueryUsageError('Give either a query name or --cypher, not both');
    text = values.cypher;
    params = adHocParameters(raw);
  } else {
    const [name, ...extra] = positionals;
    if (!name || extra.length) throw new QueryUsageError(`Give one query name (npm run query -- --list shows them)`);
    const spec = library.find((q) => q.name === name);
    if (!spec) throw new QueryUsageError(`No query named "${name}" in the library: ${library.map((q) => q.name).join(', ')}`);
    text = spec.text;
    params = libraryParameters(spec, raw);
  }

  const { driver, database, config } = await openDatabase();
  try {
    const result = await runReadOnly(driver, database, text, params, { timeoutMs: config.QUERY_TIMEOUT_MS, maxRows: config.QUERY_MAX_ROWS });
    if (values.json) console.log(JSON.stringify(result, null, 2));
    else {
      console.log(formatTable(result.columns, result.rows));
      console.log(`\n${result.rows.length} row(s)${result.truncated ? ` (cut at QUERY_MAX_ROWS=${config.QUERY_MAX_ROWS})` : ''}, ${result.elapsedMs} ms`);
    }
    return 0;
  } finally {
    await driver.close();
  }
}

/** Neo4j's own message says what is wrong with a query (syntax, read-only, timeout); stack traces say nothing to a user. */
function describe(err: unknown): string {
  const code = (err as { code?: string }).code;
  if (code === 'Neo.ClientError.Statement.AccessMode') return 'Refused: this runs read-only queries only (no CREATE, MERGE, SET, DELETE …).';
  if (code?.startsWith('Neo.ClientError.Transaction.TransactionTimedOut')) return 'The query ran longer than QUERY_TIMEOUT_MS and was stopped. Add a LIMIT or narrow the pattern.';
  return err instanceof Error ? err.message : String(err);
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => (process.exitCode = code),
    (err: unknown) => {
      const usage = err instanceof QueryUsageError || (err as { code?: string }).code?.startsWith('ERR_PARSE_ARGS');
      console.error(usage ? `${(err as Error).message}\n\n${USAGE}` : describe(err));
      process.exitCode = usage ? 2 : 1;
    },
  );
}
