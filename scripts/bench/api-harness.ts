/**
 * What the API scripts (bench-api.ts, soak.ts) share: the machine they ran on, the managed development
 * Neo4j (started if needed, stopped again if started here), the API in a child process as `npm start`
 * runs it, and latency percentiles. Scripts, not tests: they report what they measured.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createDriver } from '../../db/driver';
import { boltUri, instanceOptions, start, status, stop, type InstanceOptions } from '../../db/neo4j/manage';

const ROOT = path.resolve(__dirname, '..', '..');

export function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1]! : fallback;
}

export function machine(): string {
  const cpu =
    /model name\s*:\s*(.*)/.exec(fs.existsSync('/proc/cpuinfo') ? fs.readFileSync('/proc/cpuinfo', 'utf8') : '')?.[1] ??
    os.cpus()[0]?.model ??
    'unknown';
  return `${os.availableParallelism()} CPUs (nproc), ${Math.round(os.totalmem() / 2 ** 30)} GiB RAM, ${cpu}, Node ${process.version}, ${os.type()} ${os.release()}`;
}

export async function json<T>(url: string, init?: RequestInit): Promise<T> {
  const res = await fetch(url, init);
  if (!res.ok) {
    const text = await res.text();
    const code = /"code"\s*:\s*"([^"]+)"/.exec(text)?.[1] ?? 'http_error';
    throw new RequestFailed(res.status, code, `${init?.method ?? 'GET'} ${url}`);
  }
  return (await res.json()) as T;
}

export const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;

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

export interface Api {
  url: string;
  /** Nodes per label, from /api/health. */
  counts(): Promise<Record<string, number>>;
  /** Relationships in the database, read directly (not through the API, whose budgets a script may use up). */
  relationships(): Promise<number>;
  version: string;
}

/**
 * Runs `body` against the API on the development database (NEO4J_URI when set), which must hold a graph;
 * or, given `instance`, on that managed instance (NEO4J_URI ignored), which the caller has started.
 */
export async function withApi(
  env: Record<string, string>,
  body: (api: Api) => Promise<void>,
  instance?: InstanceOptions,
): Promise<void> {
  const port = process.env.PORT ?? '8208';
  const managed = instance ?? instanceOptions('dev');
  const external = instance ? undefined : process.env.NEO4J_URI;
  const startedNeo4j = !external && !instance && !status(managed).running;
  if (!external && !instance) await start(managed);
  const neo4jUri = external ?? boltUri(managed);
  const url = `http://127.0.0.1:${port}`;
  const server = spawn(
    process.execPath,
    [path.join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs'), 'server/main.ts'],
    {
      cwd: ROOT,
      env: {
        ...process.env,
        PORT: port,
        NEO4J_URI: neo4jUri,
        NEO4J_PASSWORD: managed.password,
        LOG_LEVEL: 'warn',
        ...env,
      },
      stdio: ['ignore', 'inherit', 'inherit'],
    },
  );
  try {
    await waitReady(url);
    const health = async () =>
      json<{ database: { version?: string; counts?: Record<string, number> } }>(`${url}/api/health`);
    const first = await health();
    const total = Object.values(first.database.counts ?? {}).reduce((a, b) => a + b, 0);
    if (total === 0)
      throw new Error('The development database is empty: load the corpus first (npm start, or the loader).');
    const driver = createDriver({
      neo4jUri,
      NEO4J_USER: process.env.NEO4J_USER ?? 'neo4j',
      NEO4J_PASSWORD: managed.password,
    });
    try {
      await body({
        url,
        version: first.database.version ?? '?',
        counts: async () => (await health()).database.counts ?? {},
        relationships: async () =>
          Number((await driver.executeQuery('MATCH ()-[r]->() RETURN count(r) AS n')).records[0]?.get('n')),
      });
    } finally {
      await driver.close();
    }
  } finally {
    server.kill('SIGTERM');
    if (startedNeo4j) await stop(managed);
  }
}

export interface LoadResult {
  median: number;
  p95: number;
  rps: number;
  /** Requests that failed, and of those the ones answered `query_too_large`. */
  errors: number;
  tooLarge: number;
}

/** Thrown by a request to say how it failed; anything else thrown counts as an error too. */
export class RequestFailed extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    request: string,
  ) {
    super(`${request} → ${status} ${code}`);
  }
}

/** `total` requests spread over `concurrency` workers; latencies in ms, failures counted, not thrown. */
export async function load(
  total: number,
  concurrency: number,
  request: (i: number) => Promise<void>,
): Promise<LoadResult> {
  const latencies: number[] = [];
  let next = 0;
  let errors = 0;
  let tooLarge = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < total) {
        const i = next++;
        const t0 = performance.now();
        try {
          await request(i);
        } catch (err) {
          errors += 1;
          if (err instanceof RequestFailed && err.code === 'query_too_large') tooLarge += 1;
        }
        latencies.push(performance.now() - t0);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return { median: percentile(latencies, 50), p95: percentile(latencies, 95), rps: total / seconds, errors, tooLarge };
}
