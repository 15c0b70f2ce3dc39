/**
 * npx tsx scripts/bench-ingest.ts [--articles 200]   (a script, not a test)
 *
 * Articles per second end to end: the API (with its article writer, as `npm start` runs it) on a fresh
 * temporary DATA_DIR against the managed test Neo4j (started if needed), one upload of N generated
 * articles (scripts/bench/articles.ts), timed from the request until the job reports every file loaded.
 * It clears what the project loaded in that test database first and afterwards; never run it against
 * a database you care about (it refuses NEO4J_URI).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Job } from '../model/api-articles';
import { createDriver } from '../db/driver';
import { boltUri, instanceOptions, start } from '../db/neo4j/manage';
import { clearLoaded } from '../pipeline/load';
import { loadConfig } from '../server/config';
import { generatedArticles } from './bench/articles';
import { serveWithArticles } from './serve-articles';

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { articles: { type: 'string', default: '200' } } });
  const count = Number(values.articles);
  if (process.env.NEO4J_URI) throw new Error('bench-ingest uses the managed test Neo4j only; unset NEO4J_URI.');
  const options = instanceOptions('test');
  await start(options);
  const token = 'bench-token-0123456789abcdef';
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'govgraph-bench-ingest-'));
  const config = loadConfig(
    {
      ...process.env,
      PORT: '0',
      LOG_LEVEL: 'warn',
      ADMIN_TOKEN: token,
      DATA_DIR: dataDir,
      NEO4J_PASSWORD: options.password,
    },
    boltUri(options),
  );
  const driver = createDriver(config);
  await clearLoaded(driver, config.NEO4J_DATABASE, 1000);
  const app = await serveWithArticles(config, { corpus: false });
  try {
    const body = new FormData();
    for (const a of generatedArticles(count)) body.append('files', new Blob([Buffer.from(a.text)]), a.name);
    const started = performance.now();
    const res = await fetch(`${app.url}/api/articles`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}` },
      body,
    });
    let { job } = (await res.json()) as { job: Job };
    while (job.state !== 'done' && job.state !== 'failed') {
      await new Promise((r) => setTimeout(r, 50));
      job = ((await (await fetch(`${app.url}/api/jobs/${job.id}`)).json()) as { job: Job }).job;
    }
    const seconds = (performance.now() - started) / 1000;
    const loaded = job.files.filter((f) => f.status === 'loaded').length;
    console.log(
      `${loaded}/${count} articles loaded in ${seconds.toFixed(1)} s: ${(loaded / seconds).toFixed(1)} articles/s end to end ` +
        `(+${job.added.nodes} nodes, +${job.added.relationships} relationships; load average ${os
          .loadavg()
          .map((l) => l.toFixed(1))
          .join(' ')}, ${os.cpus().length} CPUs)`,
    );
  } finally {
    await app.close();
    await clearLoaded(driver, config.NEO4J_DATABASE, 1000);
    await driver.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : String(err));
  process.exit(1);
});
