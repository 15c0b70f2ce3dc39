/**
 * A first load by `neo4j-admin database import full`: the loader's plan (pipeline/load/plan.ts) written as
 * CSV files, one per label and per relationship type, with the same properties the UNWIND … MERGE
 * statements store (ids, `articles`, `aliases`, the sentence lists of relationships, the loadedBy marker,
 * Sentence nodes with HAS_SENTENCE and MENTIONED_IN). The import writes the store files directly, far
 * faster than transactions, but only into a database that does not exist yet, on a stopped server: so it
 * is offered for the project's own bench instance only (db/neo4j/manage.ts deleteDatabases refuses any
 * other). The schema and the derived properties are applied after the server starts again.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import type { GraphDocument } from '../../model';
import { applySchema } from '../../db/schema';
import { deleteDatabases, neo4jAdmin, start, stop, type InstanceOptions } from '../../db/neo4j/manage';
import { LOADED_BY, type BatchContext } from './batches';
import { deriveProperties } from './derive';
import { fingerprintPlan, storeFingerprints } from './fingerprint';
import { planLoad, type LoadPlan } from './plan';
import { emptySummary } from './summary';
import { validateGraphDocument } from './validate';

/** Separates the elements of list properties: a control character that no text of the graph holds. */
const ARRAY_DELIMITER = '\u001f';

type Row = Record<string, unknown>;

function typeOf(values: unknown[]): string {
  const first = values.find((v) => v !== undefined && v !== null);
  if (Array.isArray(first)) return 'string[]';
  if (typeof first === 'number') return values.every((v) => v === undefined || Number.isInteger(v)) ? 'int' : 'float';
  if (typeof first === 'boolean') return 'boolean';
  return 'string';
}

function field(value: unknown): string {
  if (value === undefined || value === null) return '';
  const text = Array.isArray(value) ? value.map(String).join(ARRAY_DELIMITER) : String(value);
  return typeof value === 'number' || typeof value === 'boolean' ? text : `"${text.replaceAll('"', '""')}"`;
}

/** One CSV file: the given leading columns (`:ID`, `:START_ID` …), then every property any row has, typed. */
function writeCsv(file: string, lead: string[], rows: Row[]): void {
  const keys = [...new Set(rows.flatMap((r) => Object.keys(r)))].filter((k) => !lead.includes(k));
  const header = [
    ...lead.map((k) => (k === 'id' ? 'id:ID' : k)),
    ...keys.map((k) => `${k}:${typeOf(rows.map((r) => r[k]))}`),
  ];
  const fd = fs.openSync(file, 'w');
  try {
    fs.writeSync(fd, `${header.join(',')}\n`);
    let chunk: string[] = [];
    for (const row of rows) {
      chunk.push([...lead, ...keys].map((k) => field(row[k])).join(','));
      if (chunk.length >= 10_000) {
        fs.writeSync(fd, `${chunk.join('\n')}\n`);
        chunk = [];
      }
    }
    if (chunk.length) fs.writeSync(fd, `${chunk.join('\n')}\n`);
  } finally {
    fs.closeSync(fd);
  }
}

/** Writes the CSV files of a load plan into `dir`; returns the neo4j-admin arguments that import them. */
export function writeImportFiles(plan: LoadPlan, dir: string): string[] {
  fs.mkdirSync(dir, { recursive: true });
  const args: string[] = [];
  const marker = { loadedBy: LOADED_BY };
  for (const { label, rows } of plan.nodes) {
    const file = path.join(dir, `${label}.csv`);
    writeCsv(
      file,
      ['id'],
      rows.map((r) => ({
        id: r.id,
        ...r.properties,
        articles: r.articles,
        ...(r.aliases ? { aliases: r.aliases } : {}),
        ...marker,
      })),
    );
    args.push(`--nodes=${label}=${file}`);
  }
  const sentences = path.join(dir, 'Sentence.csv');
  writeCsv(
    sentences,
    ['id'],
    plan.sentences.map((s) => ({ id: s.id, ...s.properties, ...marker })),
  );
  args.push(`--nodes=Sentence=${sentences}`);
  const articles = new Set(plan.nodes.find((g) => g.label === 'Article')?.rows.map((r) => r.id));
  const relationship = (type: string, name: string, rows: Row[]) => {
    const file = path.join(dir, `${name}.csv`);
    writeCsv(file, [':START_ID', ':END_ID'], rows);
    args.push(`--relationships=${type}=${file}`);
  };
  relationship(
    'HAS_SENTENCE',
    'HAS_SENTENCE',
    plan.sentences
      .filter((s) => articles.has(s.articleNode))
      .map((s) => ({ ':START_ID': s.articleNode, ':END_ID': s.id, ...marker })),
  );
  for (const { label, rows } of plan.mentions)
    relationship(
      'MENTIONED_IN',
      `MENTIONED_IN-${label}`,
      rows.map((m) => ({ ':START_ID': m.start, ':END_ID': m.end, ...m.properties, ...marker })),
    );
  for (const { type, start, end, rows } of plan.relationships)
    relationship(
      type,
      `${type}-${start}-${end}`,
      rows.map((r) => ({
        ':START_ID': r.start,
        ':END_ID': r.end,
        id: r.id,
        ...r.properties,
        articles: r.articles,
        sentences: r.sentences,
        surfaces: r.surfaces,
        ...marker,
      })),
    );
  return args;
}

export interface ImportTimings {
  csvMs: number;
  importMs: number;
  startMs: number;
  schemaMs: number;
  deriveMs: number;
}

/**
 * Replaces the bench instance's database by the document: stops the server, deletes its databases, imports
 * the CSV files, starts it again, applies the schema and computes the derived properties of every node.
 */
export async function importFirstLoad(
  instance: InstanceOptions,
  driver: () => Driver,
  database: string,
  document: GraphDocument,
  dir: string,
): Promise<ImportTimings> {
  let t = performance.now();
  const lap = () => {
    const now = performance.now();
    const ms = now - t;
    t = now;
    return ms;
  };
  const plan = planLoad(validateGraphDocument(document));
  const args = writeImportFiles(plan, dir);
  const csvMs = lap();
  await stop(instance);
  deleteDatabases(instance);
  const result = neo4jAdmin(instance, [
    'database',
    'import',
    'full',
    database,
    '--overwrite-destination=true',
    `--array-delimiter=${ARRAY_DELIMITER}`,
    '--multiline-fields=true',
    `--report-file=${path.join(dir, 'import.report')}`,
    ...args,
  ]);
  if (result.status !== 0) throw new Error(`neo4j-admin import failed:\n${result.output.slice(-4000)}`);
  const importMs = lap();
  await start(instance);
  const startMs = lap();
  const d = driver();
  try {
    await applySchema(d, database);
    const schemaMs = lap();
    const ctx: BatchContext = { driver: d, database, summary: emptySummary(database, [], 1000) };
    // Every node is a seed, so none needs what lies under it recomputed as well.
    await deriveProperties(ctx, new Map(plan.nodes.map((g) => [g.label, g.rows.map((r) => r.id)])), 1000, false);
    // Last, as after a load: a reload of the same articles then writes nothing (pipeline/load/fingerprint.ts).
    await storeFingerprints(ctx, fingerprintPlan(plan).fingerprints.byNode, 1000);
    return { csvMs, importMs, startMs, schemaMs, deriveMs: lap() };
  } finally {
    await d.close();
  }
}
