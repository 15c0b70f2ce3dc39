/**
 * `npm run bench:scale -- --nodes 100000 [--requests 200] [--levels 1,4,16] [--batch-size 1000] [--first-load import,merge] [--out file.md] [--keep] [--api-only]`
 *
 * `--keep` leaves the bench instance running with its graph at the end (for PROFILE by hand); `--api-only`
 * skips the loads and measures the API on the graph an earlier run of the same --nodes left there.
 *
 * The scale benchmark: generates a province-like graph of 10,000 to 1,000,000 nodes (scripts/bench/scale-graph.ts),
 * loads it into the project's own bench instance (.neo4j/bench, bolt port NEO4J_BENCH_BOLT_PORT or 7689),
 * which this script creates, empties at every run and stops at the end; it never follows NEO4J_URI and
 * never touches any other database. It measures load throughput (a first load into the empty database by
 * `neo4j-admin database import` and by the loader's UNWIND … MERGE, each from empty; an incremental load
 * of the last tenth of the articles; a reload of unchanged data), then the API at
 * each concurrency level, and writes a markdown report naming the machine and the load average. A
 * script, not a test: it reports what it measured.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { createDriver } from '../db/driver';
import {
  boltUri,
  deleteDatabases,
  instanceOptions,
  start,
  status,
  stop,
  type InstanceOptions,
} from '../db/neo4j/manage';
import { DEFAULT_BATCH_SIZE, loadGraph, type LoadSummary } from '../pipeline/load';
import { importFirstLoad } from '../pipeline/load/import-csv';
import { arg, json, load, machine, withApi, type LoadResult } from './bench/api-harness';
import { onlyArticles } from './bench/only-articles';
import { generateScaleGraph } from './bench/scale-graph';

const ROOT = path.resolve(__dirname, '..');
const DATABASE = 'neo4j';
/** Written into the bench home when this script makes it; a home without it is not the script's to empty. */
const OWNER_FILE = 'CREATED_BY_BENCH_SCALE';

/** The 1-minute load average, sampled through the run: the machine is shared, so the report says how busy it was. */
function sampleLoad(): { stop: () => { min: number; mean: number; max: number } } {
  const samples: number[] = [os.loadavg()[0]!];
  const timer = setInterval(() => samples.push(os.loadavg()[0]!), 2000);
  return {
    stop: () => {
      clearInterval(timer);
      return {
        min: Math.min(...samples),
        mean: samples.reduce((a, b) => a + b, 0) / samples.length,
        max: Math.max(...samples),
      };
    },
  };
}

/** Stops the bench instance if it runs, checks the home is this script's, empties it and starts it. */
async function freshInstance(o: InstanceOptions): Promise<void> {
  const home = path.join(ROOT, '.neo4j', o.name);
  const owner = path.join(home, OWNER_FILE);
  if (fs.existsSync(home) && !fs.existsSync(owner))
    throw new Error(`${home} exists but was not made by bench-scale (no ${OWNER_FILE}); it is left alone.`);
  if (status(o).running) await stop(o);
  fs.mkdirSync(home, { recursive: true });
  fs.writeFileSync(owner, 'The scale benchmark (scripts/bench-scale.ts) empties this instance at every run.\n');
  deleteDatabases(o);
  await start(o);
}

/** --api-only: the bench instance this script made and loaded earlier, started if it is not running. */
async function runningInstance(o: InstanceOptions): Promise<void> {
  const home = path.join(ROOT, '.neo4j', o.name);
  if (!fs.existsSync(path.join(home, OWNER_FILE)))
    throw new Error(`--api-only needs the graph of an earlier run in ${home}: run without it first.`);
  if (!status(o).running) await start(o);
}

async function relationshipCount(driver: Driver): Promise<number> {
  const { records } = await driver.executeQuery('MATCH ()-[r]->() RETURN count(r) AS n', {}, { database: DATABASE });
  return Number(records[0]?.get('n'));
}

/** Relationship rows a load wrote or found unchanged, provenance (MENTIONED_IN) included. */
const rowsOf = (s: LoadSummary) =>
  Object.values(s.relationships).reduce((n, t) => n + t!.created + t!.updated + t!.unchanged, 0);

interface LoadRow {
  name: string;
  relationships: number;
  seconds: number;
}

/** The load rows of the report, and how much faster the reload was than each first load. */
function loadTable(loads: LoadRow[]): string[] {
  return [
    '| load | relationships | seconds | relationships/s |',
    '|---|---:|---:|---:|',
    ...loads.map(
      (l) =>
        `| ${l.name} | ${l.relationships.toLocaleString('en')} | ${l.seconds.toFixed(1)} | ${Math.round(l.relationships / l.seconds).toLocaleString('en')} |`,
    ),
    '',
    ...loads
      .slice(0, -2)
      .map(
        (l) =>
          `Reload of unchanged data: ${(l.seconds / loads.at(-1)!.seconds).toFixed(1)}× faster than the ${l.name}.`,
      ),
    '',
  ];
}

async function main(): Promise<void> {
  const nodes = Number(arg('nodes', '100000'));
  if (!Number.isInteger(nodes) || nodes < 10_000 || nodes > 1_000_000)
    throw new Error('--nodes must be a whole number from 10000 to 1000000');
  const requests = Number(arg('requests', '200'));
  const levels = arg('levels', '1,4,16').split(',').map(Number);
  const batchSize = Number(arg('batch-size', String(DEFAULT_BATCH_SIZE)));
  // The loader's MERGE takes an hour or more for a first load of a million nodes here: by default only
  // the import does the first load of the largest graphs.
  const firstLoads = arg('first-load', nodes > 200_000 ? 'import' : 'import,merge').split(',');
  const out = arg('out', path.join(ROOT, 'test-artifacts', `bench-scale-${nodes}.md`));
  const keep = process.argv.includes('--keep');
  const apiOnly = process.argv.includes('--api-only');
  const busy = sampleLoad();
  const began = new Date();

  let t = performance.now();
  const graph = generateScaleGraph(nodes);
  const cut = Math.floor(graph.articles.length * 0.9);
  const first = onlyArticles(graph.doc, graph.articles.slice(0, cut));
  const rest = onlyArticles(graph.doc, graph.articles.slice(cut));
  const generatedS = (performance.now() - t) / 1000;
  console.log(
    `generated ${graph.doc.nodes.length} nodes and ${graph.doc.relationships.length} relationships (before provenance) in ${generatedS.toFixed(1)} s`,
  );

  const instance = instanceOptions('bench');
  if (apiOnly) await runningInstance(instance);
  else await freshInstance(instance);
  const connect = () =>
    createDriver({ neo4jUri: boltUri(instance), NEO4J_USER: instance.user, NEO4J_PASSWORD: instance.password });
  let driver = connect();
  const loads: LoadRow[] = [];
  const timed = async (name: string, doc: typeof first, count: (s: LoadSummary, before: number) => Promise<number>) => {
    const before = await relationshipCount(driver);
    t = performance.now();
    const summary = await loadGraph(driver, DATABASE, doc, { batchSize });
    const row = { name, relationships: await count(summary, before), seconds: (performance.now() - t) / 1000 };
    loads.push(row);
    console.log(`${name}: ${row.relationships} relationships in ${row.seconds.toFixed(1)} s`);
  };
  /** The three loads of the report: first (import and/or MERGE), incremental, reload. */
  const loadAll = async (): Promise<void> => {
    if (firstLoads.includes('import')) {
      await driver.close();
      t = performance.now();
      const csv = path.join(ROOT, '.neo4j', instance.name, 'import');
      const phases = await importFirstLoad(instance, connect, DATABASE, first, csv);
      fs.rmSync(csv, { recursive: true, force: true });
      const seconds = (performance.now() - t) / 1000;
      driver = connect();
      const parts = Object.entries(phases).map(([k, ms]) => `${k.replace(/Ms$/, '')} ${(ms / 1000).toFixed(0)} s`);
      loads.push({
        name: `first load, neo4j-admin import (${parts.join(', ')})`,
        relationships: await relationshipCount(driver),
        seconds,
      });
      console.log(`${loads.at(-1)!.name}: ${loads.at(-1)!.relationships} relationships in ${seconds.toFixed(1)} s`);
    }
    if (firstLoads.includes('merge')) {
      if (loads.length) {
        await driver.close();
        await freshInstance(instance);
        driver = connect();
      }
      // The database's relationship count after a first load includes HAS_SENTENCE, which no tally lists.
      await timed('first load, UNWIND … MERGE', first, async () => relationshipCount(driver));
    }
    const firstLoad = loads.at(-1)!;
    await timed('incremental (last 10 % of the articles)', rest, async (s) => rowsOf(s));
    await timed('reload of unchanged data (the first load again)', first, async () => firstLoad.relationships);
  };
  const results: { endpoint: string; clients: number; r: LoadResult }[] = [];
  let totals: { nodes: number; relationships: number } | undefined;
  try {
    if (!apiOnly) await loadAll();
    const { records } = await driver.executeQuery(
      'RETURN COUNT { MATCH (n) } AS nodes, COUNT { MATCH ()-[r]->() } AS relationships',
      {},
      { database: DATABASE },
    );
    totals = { nodes: Number(records[0]!.get('nodes')), relationships: Number(records[0]!.get('relationships')) };

    const unlimited = { CONSOLE_RATE_LIMIT: '100000', API_RATE_LIMIT: '1000000', API_COSTLY_RATE_LIMIT: '1000000' };
    await withApi(
      unlimited,
      async ({ url }) => {
        const ids = graph.doc.nodes.filter((n) => n.labels[0] !== 'Article').map((n) => n.id);
        const names = graph.doc.nodes
          .filter((n) => n.labels[0] === 'Organization')
          .map((n) => String(n.properties.name));
        const pick = <T>(xs: T[], i: number) => xs[(i * 7919) % xs.length]!;
        const get = (p: string) => async () => void (await json(`${url}${p}`));
        const endpoints: Record<string, (i: number) => Promise<void>> = {
          search: (i) => get(`/api/search?q=${encodeURIComponent(pick(names, i).slice(0, 3))}&limit=20`)(),
          'neighbours, 1 hop': (i) =>
            get(`/api/nodes/${encodeURIComponent(pick(ids, i))}/neighbors?depth=1&limit=200`)(),
          'neighbours, 2 hops': (i) =>
            get(`/api/nodes/${encodeURIComponent(pick(ids, i))}/neighbors?depth=2&limit=200`)(),
          'shared-initiatives (top 100)': get('/api/shared-initiatives?minCounties=2&limit=100'),
          'who-leads (a county, /api/leaders)': (i) =>
            get(`/api/leaders?scope=${encodeURIComponent(pick(graph.counties, i).id)}`)(),
          'leaders-by-county (named query)': async () =>
            void (await json(`${url}/api/queries/leaders-by-county`, {
              method: 'POST',
              headers: { 'content-type': 'application/json' },
              body: JSON.stringify({ params: {} }),
            })),
        };
        for (const [endpoint, request] of Object.entries(endpoints)) {
          await load(10, 2, request);
          for (const clients of levels) {
            const r = await load(requests, clients, request);
            results.push({ endpoint, clients, r });
            console.log(
              `${endpoint} × ${clients}: p50 ${r.median.toFixed(1)} ms, p95 ${r.p95.toFixed(1)} ms, ${r.errors} errors`,
            );
          }
        }
      },
      instance,
    );
  } finally {
    await driver.close();
    if (keep)
      console.log(
        `bench instance left running at ${boltUri(instance)} (npm run bench:scale stops and empties it next time)`,
      );
    else await stop(instance);
  }

  const loadavg = busy.stop();
  const report = [
    `### Scale benchmark, ${nodes.toLocaleString('en')} nodes asked for`,
    '',
    `Run ${began.toISOString().slice(0, 16).replace('T', ' ')} UTC on ${machine()}.`,
    `Load average (1 min) during the run: min ${loadavg.min.toFixed(2)}, mean ${loadavg.mean.toFixed(2)}, max ${loadavg.max.toFixed(2)} on ${os.availableParallelism()} CPUs.`,
    `Bench Neo4j: heap ${instance.heap}, page cache ${instance.pageCache}; batch size ${batchSize}.`,
    `Graph in the database: ${totals!.nodes.toLocaleString('en')} nodes, ${totals!.relationships.toLocaleString('en')} relationships (sentences and provenance included); generated in ${generatedS.toFixed(1)} s.`,
    '',
    ...(apiOnly ? ['API only, on the graph an earlier run left loaded in the bench instance.', ''] : loadTable(loads)),
    `${requests} requests per endpoint and level, after 10 warm-up requests.`,
    '',
    '| endpoint | clients | p50 ms | p95 ms | requests/s | errors | query_too_large |',
    '|---|---:|---:|---:|---:|---:|---:|',
    ...results.map(
      ({ endpoint, clients, r }) =>
        `| ${endpoint} | ${clients} | ${r.median.toFixed(1)} | ${r.p95.toFixed(1)} | ${r.rps.toFixed(0)} | ${r.errors} | ${r.tooLarge} |`,
    ),
    '',
  ].join('\n');
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, report);
  console.log(`\n${report}\nwritten to ${out}`);
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : String(err));
  process.exit(1);
});
