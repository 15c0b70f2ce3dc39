/**
 * `npx tsx scripts/bench-api.ts [--requests 200] [--levels 1,4,16]`: latency of the API under load.
 *
 * Runs against the managed development Neo4j (started here if it is not running, stopped again
 * afterwards) with whatever graph it holds (load the corpus first: `npm start` or the loader), and
 * the API in a child process, as `npm start` runs it. Reports median and p95 latency of search,
 * neighbours and a named query at each concurrency level, and the machine it ran on. Not a test.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { GraphPayload, QueryResult, SearchResponse } from '../model';
import { boltUri, instanceOptions, start, status, stop } from './neo4j/manage';

const ROOT = path.resolve(__dirname, '..');

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1]! : fallback;
}

function machine(): string {
  const cpu = /model name\s*:\s*(.*)/.exec(fs.existsSync('/proc/cpuinfo') ? fs.readFileSync('/proc/cpuinfo', 'utf8') : '')?.[1] ?? os.cpus()[0]?.model ?? 'unknown';
  return `${os.availableParallelism()} CPUs (nproc), ${Math.round(os.totalmem() / 2 ** 30)} GiB RAM, ${cpu}, Node ${process.version}, ${os.type()} ${os.release()}`;
}

async function json<T>(url: string, init?: RequestInit): Promise<T> {
  const res = await fetch(url, init);
  if (!res.ok) throw new Error(`${init?.method ?? 'GET'} ${url} → ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}

async function waitReady(url: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(`${url}/api/ready`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`the API at ${url} did not become ready`);
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;

/** `total` requests spread over `concurrency` workers; latencies in ms. */
async function load(total: number, concurrency: number, request: (i: number) => Promise<void>): Promise<{ median: number; p95: number; rps: number }> {
  const latencies: number[] = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < total) {
        const i = next++;
        const t0 = performance.now();
        await request(i);
        latencies.push(performance.now() - t0);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return { median: percentile(latencies, 50), p95: percentile(latencies, 95), rps: total / seconds };
}

async function main(): Promise<void> {
  const total = Number(arg('requests', '200'));
  const levels = arg('levels', '1,4,16').split(',').map(Number);
  const port = process.env.PORT ?? '8208';
  const dev = instanceOptions('dev');
  const startedNeo4j = !process.env.NEO4J_URI && !status(dev).running;
  if (!process.env.NEO4J_URI) await start(dev);

  const url = `http://127.0.0.1:${port}`;
  const server = spawn(process.execPath, [path.join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs'), 'server/main.ts'], {
    cwd: ROOT,
    env: { ...process.env, PORT: port, NEO4J_URI: process.env.NEO4J_URI ?? boltUri(dev), NEO4J_PASSWORD: dev.password, LOG_LEVEL: 'warn', CONSOLE_RATE_LIMIT: '100000' },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  try {
    await waitReady(url);
    const health = await json<{ database: { version?: string; counts?: Record<string, number> } }>(`${url}/api/health`);
    const counts = health.database.counts ?? {};
    const nodeCount = Object.values(counts).reduce((a, b) => a + b, 0);
    if (nodeCount === 0) throw new Error('The development database is empty: load the corpus first (npm start, or the loader).');

    // Inputs drawn from the graph itself: names to search for (their first two characters, a partial name), ids to expand.
    const people = await json<QueryResult>(`${url}/api/cypher`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'MATCH (n) WHERE n:Person OR n:Organization OR n:Initiative RETURN n.id AS id, n.name AS name ORDER BY n.id LIMIT 50' }),
    });
    const samples = people.rows.map((r) => ({ id: String(r.id), term: String(r.name).slice(0, 2) }));
    const pick = (i: number) => samples[i % samples.length]!;

    const endpoints: Record<string, (i: number) => Promise<void>> = {
      search: async (i) => void (await json<SearchResponse>(`${url}/api/search?q=${encodeURIComponent(pick(i).term)}&limit=20`)),
      neighbors: async (i) => void (await json<GraphPayload>(`${url}/api/nodes/${encodeURIComponent(pick(i).id)}/neighbors?depth=2&limit=200`)),
      'named query (shared-initiatives)': async () =>
        void (await json<QueryResult>(`${url}/api/queries/shared-initiatives`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ params: { minCounties: 2 } }) })),
    };

    console.log(`\nMachine: ${machine()}`);
    console.log(`Neo4j ${health.database.version ?? '?'}; graph: ${Object.entries(counts).map(([k, v]) => `${k} ${v}`).join(', ')}`);
    console.log(`${total} requests per endpoint and level, after 20 warm-up requests each.\n`);
    console.log('| endpoint | concurrency | median ms | p95 ms | requests/s |');
    console.log('|---|---:|---:|---:|---:|');
    for (const [name, request] of Object.entries(endpoints)) {
      await load(20, 4, request);
      for (const c of levels) {
        const r = await load(total, c, request);
        console.log(`| ${name} | ${c} | ${r.median.toFixed(1)} | ${r.p95.toFixed(1)} | ${r.rps.toFixed(0)} |`);
      }
    }
  } finally {
    server.kill('SIGTERM');
    if (startedNeo4j) await stop(dev);
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : String(err));
  process.exit(1);
});
