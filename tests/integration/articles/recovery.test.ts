/**
 * Nothing lost: a job whose database goes away waits and loads the stored articles when it returns,
 * and a server restart in the middle of a job resumes it (stored files loaded, unstored ones marked
 * failed). In its own file because it stops the managed test Neo4j; skipped when NEO4J_TEST_URI names
 * a server the user gave us (we never stop someone else's database).
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import type { Job } from '../../../model/api-articles';
import { instanceOptions, start, stop } from '../../../db/neo4j/manage';
import { textHash } from '../../../pipeline/ingest/document';
import { generatedArticles } from '../../../scripts/bench/articles';
import { ArticleStore, JobStore, articleIdFor } from '../../../store';
import { testDriver } from '../../support/server';
import { clearGraph, startArticleServer, tempDataDir, upload, waitForJob } from './support';

jest.setTimeout(600_000);

const options = instanceOptions('test');
const describeManaged = process.env.GOVGRAPH_TEST_MANAGED === '1' ? describe : describe.skip;

async function articleNodes(driver: Driver, ids: string[]): Promise<Map<string, number>> {
  const { records } = await driver.executeQuery(
    'UNWIND $ids AS id MATCH (a:Article {id: "article:" + id}) RETURN id, count(a) AS n',
    { ids },
    { database: process.env.NEO4J_DATABASE ?? 'neo4j' },
  );
  return new Map(records.map((r) => [String(r.get('id')), Number(r.get('n'))]));
}

describeManaged('when Neo4j stops during a job and starts again', () => {
  let driver: Driver;
  beforeAll(async () => {
    driver = testDriver();
    await clearGraph(driver);
  });
  afterAll(async () => {
    await start(options);
    await clearGraph(driver);
    await driver.close();
  });

  it('then the job waits, says so, and ends with every stored article loaded exactly once', async () => {
    const app = await startArticleServer();
    try {
      await stop(options);
      const articles = generatedArticles(6, 300);
      const res = await upload(
        app.url,
        articles.map((a) => ({ name: a.name, bytes: a.text })),
      );
      expect(res.status).toBe(202);
      let job: Job = res.body.job;
      const deadline = Date.now() + 120_000;
      while (job.state !== 'waiting_for_database' && Date.now() < deadline) {
        await new Promise((r) => setTimeout(r, 200));
        job = ((await (await fetch(`${app.url}/api/jobs/${job.id}`)).json()) as { job: Job }).job;
      }
      expect(job.state).toBe('waiting_for_database');
      expect(job.files.every((f) => f.status === 'extracted')).toBe(true);
      expect(app.store.list()).toHaveLength(6);
      await start(options);
      job = await waitForJob(app.url, job.id, 300_000);
      expect(job.state).toBe('done');
      expect(job.files.map((f) => f.status)).toEqual(articles.map(() => 'loaded'));
      expect(job.databaseRetries).toBeGreaterThan(0);
      expect(job.message).toMatch(/unreachable .* loaded when it returned/);
      const ids = app.store.list().map((m) => m.id);
      const counts = await articleNodes(driver, ids);
      expect(ids.map((id) => counts.get(id))).toEqual(ids.map(() => 1));
    } finally {
      await start(options);
      await app.close();
    }
  });
});

describe('when the server restarts in the middle of a job', () => {
  let driver: Driver;
  beforeAll(async () => {
    driver = testDriver();
    await clearGraph(driver);
  });
  afterAll(async () => {
    await clearGraph(driver);
    await driver.close();
  });

  it('then stored files are loaded and files that were never stored are marked failed, not left hanging', async () => {
    const dataDir = tempDataDir();
    const store = new ArticleStore(dataDir);
    const [kept] = generatedArticles(1, 400);
    const hash = textHash(kept!.text);
    const id = articleIdFor(hash);
    store.add({
      meta: { id, title: '留下的', format: 'txt', source: kept!.name, hash, extractorVersion: 1 },
      text: kept!.text,
    });
    // What a process killed after storing the first file and before storing the second leaves behind.
    const now = new Date().toISOString();
    const job: Job = {
      id: 'job_interrupted1',
      kind: 'ingest',
      state: 'running',
      createdAt: now,
      updatedAt: now,
      files: [
        { index: 0, name: kept!.name, status: 'stored', article: id },
        { index: 1, name: 'never-stored.txt', status: 'queued' },
      ],
      added: { nodes: 0, relationships: 0 },
      databaseRetries: 0,
    };
    new JobStore(dataDir).save(job);
    fs.writeFileSync(path.join(dataDir, 'articles', '.tmp-half-written'), 'x');

    const app = await startArticleServer({ DATA_DIR: dataDir }, { sync: false });
    try {
      const done = await waitForJob(app.url, job.id);
      expect(done.state).toBe('done');
      expect(done.files[0]).toMatchObject({ status: 'loaded', article: id });
      expect(done.files[1]).toMatchObject({ status: 'failed', problem: { code: 'interrupted' } });
      expect(done.message).toMatch(/restarted/);
      expect((await articleNodes(driver, [id])).get(id)).toBe(1);
      expect(fs.existsSync(path.join(dataDir, 'articles', '.tmp-half-written'))).toBe(false);
    } finally {
      await app.close();
    }
  });
});
