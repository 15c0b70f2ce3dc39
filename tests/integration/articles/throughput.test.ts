/**
 * 200 generated articles in one upload, end to end into Neo4j: every one loaded, and the throughput
 * printed (articles per second). Not a timed assertion: the README's figure comes from
 * scripts/bench-ingest.ts, with the machine's load noted.
 */
import os from 'node:os';
import type { Driver } from 'neo4j-driver';
import { generatedArticles } from '../../../scripts/bench/articles';
import { testDriver } from '../../support/server';
import { clearGraph, startArticleServer, upload, waitForJob } from './support';

jest.setTimeout(900_000);

describe('an upload of 200 generated articles in one job', () => {
  let driver: Driver;
  beforeAll(async () => {
    driver = testDriver();
    await clearGraph(driver);
  });
  afterAll(async () => {
    await clearGraph(driver);
    await driver.close();
  });

  it('when it finishes, then every article is loaded once and the throughput is reported', async () => {
    const app = await startArticleServer();
    try {
      const articles = generatedArticles(200);
      const started = performance.now();
      const res = await upload(
        app.url,
        articles.map((a) => ({ name: a.name, bytes: a.text })),
      );
      expect(res.status).toBe(202);
      const job = await waitForJob(app.url, res.body.job.id, 880_000);
      const seconds = (performance.now() - started) / 1000;
      expect(job.files.filter((f) => f.status === 'loaded')).toHaveLength(200);
      const { records } = await driver.executeQuery(
        "MATCH (a:Article) WHERE a.loadedBy = 'govgraph' RETURN count(a) AS n, count(DISTINCT a.id) AS ids",
        {},
        { database: process.env.NEO4J_DATABASE ?? 'neo4j' },
      );
      expect(Number(records[0]!.get('n'))).toBe(200);
      expect(Number(records[0]!.get('ids'))).toBe(200);
      console.log(
        `200 articles in ${seconds.toFixed(1)} s: ${(200 / seconds).toFixed(1)} articles/s end to end ` +
          `(load average ${os.loadavg()[0]!.toFixed(1)} on ${os.cpus().length} CPUs)`,
      );
    } finally {
      await app.close();
    }
  });
});
