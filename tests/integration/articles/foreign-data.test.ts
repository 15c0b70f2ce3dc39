/**
 * The article paths (upload, delete, rebuild) on a database that also holds the user's own data: nodes
 * the project did not create survive every path, and the loader's derived properties are never written
 * on them, even when they hang under a loaded place.
 */
import type { Driver } from 'neo4j-driver';
import type { Job } from '../../../model/api-articles';
import type { RunningWithArticles } from '../../../scripts/serve-articles';
import { testDriver } from '../../support/server';
import { auth, clearGraph, paste, startArticleServer, waitForJob } from './support';

jest.setTimeout(300_000);

const brief = (secretary: string) =>
  `本报讯 近日，长兴县委书记${secretary}到雉城街道调研。雉城街道党工委书记沈秀兰汇报了“红色物业”开展情况。`;

describe('the article paths on a database with foreign data', () => {
  let app: RunningWithArticles;
  let driver: Driver;

  beforeAll(async () => {
    driver = testDriver();
    await clearGraph(driver);
    await driver.executeQuery("CREATE (:ForeignUserData {note: 'keep me'})");
    app = await startArticleServer();
  });
  afterAll(async () => {
    await app?.close();
    await clearGraph(driver);
    await driver.executeQuery('MATCH (n:ForeignUserData) DETACH DELETE n');
    await driver.close();
  });

  async function add(text: string): Promise<Job> {
    const { body } = await paste(app.url, { text, county: '长兴县' });
    return waitForJob(app.url, body.job.id);
  }

  async function foreign(): Promise<{ nodes: number; inCounty: number }> {
    const { records } = await driver.executeQuery(
      'MATCH (n:ForeignUserData) RETURN count(n) AS nodes, count(n.inCounty) AS inCounty',
    );
    return { nodes: Number(records[0]!.get('nodes')), inCounty: Number(records[0]!.get('inCounty')) };
  }

  it('when articles are added, deleted and rebuilt, then the foreign nodes stay and get no derived property', async () => {
    const first = await add(brief('周建国'));
    expect(first.files.map((f) => f.status)).toEqual(['loaded']);
    // The user hangs a person of their own under a loaded county; the next load derives counties below it.
    await driver.executeQuery(
      "MATCH (c:Place {name: '长兴县'}) WHERE c.loadedBy IS NOT NULL CREATE (:ForeignUserData:Person {note: 'mine'})-[:LOCATED_IN]->(c)",
    );
    expect(await foreign()).toEqual({ nodes: 2, inCounty: 0 });
    await add(brief('吴立新'));
    expect(await foreign()).toEqual({ nodes: 2, inCounty: 0 });

    const deleted = await fetch(`${app.url}/api/articles/${first.files[0]!.article!}`, {
      method: 'DELETE',
      headers: auth(),
    });
    expect(deleted.status).toBe(200);
    expect((await foreign()).nodes).toBe(2);

    const rebuild = await fetch(`${app.url}/api/rebuild`, { method: 'POST', headers: auth() });
    expect(rebuild.status).toBe(202);
    await waitForJob(app.url, ((await rebuild.json()) as { job: Job }).job.id);
    expect(await foreign()).toEqual({ nodes: 2, inCounty: 0 });
  });
});
