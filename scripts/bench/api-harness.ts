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
import { boltUri, instanceOptions, start, status, stop } from '../../db/neo4j/manage';

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
  if (!res.ok) throw new Error(`${init?.method ?? 'GET'} ${url} → ${res.status} ${await res.text()}`);
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

/** Runs `body` against the API on the development database (NEO4J_URI when set), which must hold a graph. */
export async function withApi(env: Record<string, string>, body: (api: Api) => Promise<void>): Promise<void> {
  const port = process.env.PORT ?? '8208';
  const dev = instanceOptions('dev');
  const startedNeo4j = !process.env.NEO4J_URI && !status(dev).running;
  if (!process.env.NEO4J_URI) await start(dev);
  const url = `http://127.0.0.1:${port}`;
  const server = spawn(
    process.execPath,
    [path.join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs'), 'server/main.ts'],
    {
      cwd: ROOT,
      env: {
        ...process.env,
        PORT: port,
        NEO4J_URI: process.env.NEO4J_URI ?? boltUri(dev),
        NEO4J_PASSWORD: dev.password,
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
    const neo4jUri = process.env.NEO4J_URI ?? boltUri(dev);
    const driver = createDriver({
      neo4jUri,
      NEO4J_USER: process.env.NEO4J_USER ?? 'neo4j',
      NEO4J_PASSWORD: dev.password,
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
    if (startedNeo4j) await stop(dev);
  }
}
