/** Helpers of the article suites: a server with its writer on a temporary DATA_DIR, uploads, job waits. */
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import type { Job, JobEvent } from '../../../model/api-articles';
import { clearLoaded } from '../../../pipeline/load';
import { FINGERPRINT_PROPERTY } from '../../../pipeline/load/fingerprint';
import { serveWithArticles, type ArticleOptions, type RunningWithArticles } from '../../../scripts/serve-articles';
import { testConfig } from '../../support/server';

export const TOKEN = 'test-admin-token-0123456789';

export function tempDataDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'govgraph-articles-'));
}

export async function startArticleServer(
  overrides: Record<string, string> = {},
  options: ArticleOptions = {},
): Promise<RunningWithArticles> {
  const config = testConfig({ ADMIN_TOKEN: TOKEN, DATA_DIR: tempDataDir(), ...overrides });
  return serveWithArticles(config, { corpus: false, retry: { firstMs: 200, maxMs: 2_000 }, ...options });
}

/** Only the test database is ever cleared (the suite's marker is checked in global setup). */
export async function clearGraph(driver: Driver): Promise<void> {
  await clearLoaded(driver, process.env.NEO4J_DATABASE ?? 'neo4j', 1000);
}

export const auth = (token = TOKEN) => ({ authorization: `Bearer ${token}` });

export function form(
  files: { name: string; bytes: Uint8Array | string }[],
  fields: Record<string, string> = {},
): FormData {
  const body = new FormData();
  for (const f of files)
    body.append('files', new Blob([typeof f.bytes === 'string' ? Buffer.from(f.bytes) : f.bytes]), f.name);
  for (const [k, v] of Object.entries(fields)) body.append(k, v);
  return body;
}

export async function upload(
  url: string,
  files: { name: string; bytes: Uint8Array | string }[],
  fields: Record<string, string> = {},
  token = TOKEN,
): Promise<{ status: number; body: { job: Job } & { error?: { code: string; message: string } } }> {
  const res = await fetch(`${url}/api/articles`, { method: 'POST', headers: auth(token), body: form(files, fields) });
  return { status: res.status, body: (await res.json()) as { job: Job } };
}

export async function paste(url: string, body: Record<string, unknown>, token = TOKEN) {
  const res = await fetch(`${url}/api/articles`, {
    method: 'POST',
    headers: { ...auth(token), 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as { job: Job; error?: { code: string; message: string } } };
}

/** Polls GET /api/jobs/:id until the job is done or failed. */
export async function waitForJob(url: string, id: string, timeoutMs = 280_000): Promise<Job> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const res = await fetch(`${url}/api/jobs/${id}`);
    const { job } = (await res.json()) as { job: Job };
    if (job.state === 'done' || job.state === 'failed') return job;
    if (Date.now() > deadline) throw new Error(`job ${id} still ${job.state} after ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Reads a job's Server-Sent Events until the stream ends. */
export async function readEvents(url: string, id: string): Promise<JobEvent[]> {
  const res = await fetch(`${url}/api/jobs/${id}/events`);
  expect(res.headers.get('content-type')).toMatch(/^text\/event-stream/);
  const text = await res.text();
  return text
    .split('\n\n')
    .map((block) => block.split('\n').find((l) => l.startsWith('data: ')))
    .filter((l): l is string => l !== undefined)
    .map((l) => JSON.parse(l.slice(6)) as JobEvent);
}

/** A request with a Host header of our choosing (fetch does not let one set it). */
export function requestWithHost(
  url: string,
  host: string,
  method: string,
  pathname: string,
  headers: Record<string, string>,
  body?: string,
): Promise<{ status: number; body: string }> {
  const u = new URL(url);
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: u.hostname, port: u.port, method, path: pathname, headers: { ...headers, host } },
      (res) => {
        let data = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => (data += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: data }));
      },
    );
    req.on('error', reject);
    if (body) req.write(body);
    req.end();
  });
}

/** Every node and relationship the project loaded, as comparable rows (ids and properties). */
export async function graphSnapshot(driver: Driver): Promise<{ nodes: string[]; relationships: string[] }> {
  const database = process.env.NEO4J_DATABASE ?? 'neo4j';
  // Without the loader's record of how it loaded an article (pipeline/load/fingerprint.ts): a sync and a
  // rebuild load the same graph in different parts.
  const norm = (p: Record<string, unknown>) =>
    JSON.stringify(
      Object.fromEntries(
        Object.entries(p)
          .filter(([k]) => k !== FINGERPRINT_PROPERTY)
          .sort(([a], [b]) => (a < b ? -1 : 1)),
      ),
    );
  const nodes = await driver.executeQuery(
    "MATCH (n) WHERE n.loadedBy = 'govgraph' RETURN labels(n) AS labels, properties(n) AS p",
    {},
    { database },
  );
  const rels = await driver.executeQuery(
    "MATCH (a)-[r]->(b) WHERE r.loadedBy = 'govgraph' RETURN type(r) AS type, coalesce(a.id, '') AS a, coalesce(b.id, '') AS b, properties(r) AS p",
    {},
    { database },
  );
  return {
    nodes: nodes.records.map((r) => `${String(r.get('labels'))} ${norm(r.get('p') as Record<string, unknown>)}`).sort(),
    relationships: rels.records
      .map(
        (r) =>
          `${String(r.get('type'))} ${String(r.get('a'))}->${String(r.get('b'))} ${norm(r.get('p') as Record<string, unknown>)}`,
      )
      .sort(),
  };
}
