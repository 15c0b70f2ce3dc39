/**
 * The article API against the real test Neo4j: the token, limits, uploads and their statuses (with the
 * Server-Sent Events), duplicates, the list, removal of only an article's own facts, dates and asOf,
 * and rebuild giving the same graph as the incremental path. Fixtures are invented articles.
 */
import type { Driver } from 'neo4j-driver';
import type { ArticleListResponse, DeleteArticleResponse, Job } from '../../../model/api-articles';
import type { LeadersResponse } from '../../../model';
import { EXTRACTOR_VERSION } from '../../../pipeline/extract/version';
import type { RunningWithArticles } from '../../../scripts/serve-articles';
import { getJson, testDriver } from '../../support/server';
import {
  TOKEN,
  auth,
  clearGraph,
  graphSnapshot,
  paste,
  readEvents,
  requestWithHost,
  startArticleServer,
  upload,
  waitForJob,
} from './support';

/** An invented report: a county secretary and a township secretary who runs a practice. */
function report(county: string, secretary: string, township: string, chief: string, practice: string, date = '') {
  return [
    date,
    `本报讯 近日，${county}委书记${secretary}到${township}调研基层治理工作。${secretary}强调，要深化“${practice}”工作。`,
    `${township}党委书记${chief}汇报了“${practice}”开展情况。`,
  ].join('\n');
}

const GB18030_TEXT = report('德清县', '冯晓东', '武康街道', '陈春华', '邻里议事会');

// Each job extracts and loads in a few seconds on an idle machine; far more on a shared two-core one.
jest.setTimeout(300_000);

async function databaseRows(driver: Driver, query: string, params: Record<string, unknown> = {}) {
  const { records } = await driver.executeQuery(query, params, { database: process.env.NEO4J_DATABASE ?? 'neo4j' });
  return records.map((r) => r.toObject());
}

describe('the article API', () => {
  let app: RunningWithArticles;
  let driver: Driver;

  beforeAll(async () => {
    driver = testDriver();
    await clearGraph(driver);
    app = await startArticleServer({ ALLOWED_HOSTS: 'localhost,127.0.0.1,govgraph.example' });
  });
  afterAll(async () => {
    await app?.close();
    await clearGraph(driver);
    await driver.close();
  });

  describe('writes need the token', () => {
    it('when POST /api/articles has no token, then 401 says how to get one and nothing is stored', async () => {
      const res = await fetch(`${app.url}/api/articles`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ text: '某某镇党委书记张三调研。' }),
      });
      expect(res.status).toBe(401);
      const body = (await res.json()) as { error: { code: string; message: string } };
      expect(body.error.code).toBe('unauthorized');
      expect(body.error.message).toMatch(/#token=/);
      expect(app.store.list()).toHaveLength(0);
    });

    it('when the token is wrong, then DELETE and rebuild are refused with 401 too', async () => {
      const del = await fetch(`${app.url}/api/articles/art_0000000000000000`, {
        method: 'DELETE',
        headers: auth('x'.repeat(30)),
      });
      expect(del.status).toBe(401);
      const rebuild = await fetch(`${app.url}/api/rebuild`, { method: 'POST', headers: auth('wrong') });
      expect(rebuild.status).toBe(401);
      expect(((await rebuild.json()) as { error: { message: string } }).error.message).toMatch(/not this server/);
    });

    it('when reads have no token, then they work', async () => {
      const list = await getJson<ArticleListResponse>(`${app.url}/api/articles`);
      expect(list.status).toBe(200);
      expect(list.body.total).toBe(0);
    });

    it('when the request comes under a non-loopback host name with the token, then the write is accepted', async () => {
      const text = report('长兴县', '蒋永胜', '雉城街道', '沈秀兰', '红色物业', '2023年5月6日');
      const res = await requestWithHost(
        app.url,
        'govgraph.example',
        'POST',
        '/api/articles',
        { ...auth(), 'content-type': 'application/json' },
        JSON.stringify({ text, title: '长兴调研', date: '2023-05-06', county: '长兴县' }),
      );
      expect(res.status).toBe(202);
      const { job } = JSON.parse(res.body) as { job: Job };
      const done = await waitForJob(app.url, job.id);
      expect(done.files.map((f) => f.status)).toEqual(['loaded']);
      const without = await requestWithHost(app.url, 'govgraph.example', 'POST', '/api/rebuild', {});
      expect(without.status).toBe(401);
    });
  });

  describe('limits', () => {
    let small: RunningWithArticles;
    beforeAll(async () => {
      small = await startArticleServer(
        { UPLOAD_MAX_FILE_MB: '0.01', UPLOAD_MAX_FILES: '2', UPLOAD_MAX_REQUEST_MB: '0.05' },
        { sync: false },
      );
    });
    afterAll(() => small.close());

    it('when a file is over the per-file limit, then 413 names the limit', async () => {
      const res = await upload(small.url, [{ name: 'big.txt', bytes: '字'.repeat(5000) }]);
      expect(res.status).toBe(413);
      expect(res.body.error?.code).toBe('payload_too_large');
      expect(res.body.error?.message).toMatch(/UPLOAD_MAX_FILE_MB/);
    });

    it('when there are more files than allowed, then 413 says how many', async () => {
      const files = ['a', 'b', 'c'].map((n) => ({ name: `${n}.txt`, bytes: `${n}镇党委书记张三。` }));
      const res = await upload(small.url, files);
      expect(res.status).toBe(413);
      expect(res.body.error?.message).toMatch(/At most 2 files/);
    });

    it('when the request is over the per-request limit, then 413 before it is read', async () => {
      const res = await fetch(`${small.url}/api/articles`, {
        method: 'POST',
        headers: { ...auth(), 'content-type': 'application/json' },
        body: JSON.stringify({ text: '字'.repeat(30_000) }),
      });
      expect(res.status).toBe(413);
      expect(((await res.json()) as { error: { message: string } }).error.message).toMatch(/UPLOAD_MAX_REQUEST_MB/);
      expect(small.store.list()).toHaveLength(0);
    });
  });

  describe('uploads', () => {
    let job: Job;
    let events: Awaited<ReturnType<typeof readEvents>>;
    const utf8 = report('安吉县', '赵立新', '递铺街道', '钱文华', '双报到', '2024年3月5日');
    const md = `# 桐庐调研\n\n${report('桐庐县', '孙海燕', '城南街道', '李明远', '网格化管理', '2024年4月1日')}`;

    beforeAll(async () => {
      const res = await upload(
        app.url,
        [
          { name: '安吉.txt', bytes: utf8 },
          { name: '德清.txt', bytes: new Uint8Array(gbEncode(GB18030_TEXT)) },
          { name: '桐庐.md', bytes: md },
          { name: 'broken.pdf', bytes: new Uint8Array([0x25, 0x50, 0x44, 0x46, 0, 1, 2, 3]) },
          { name: 'empty.txt', bytes: '' },
        ],
        { outlet: '测试日报' },
      );
      expect(res.status).toBe(202);
      job = res.body.job;
      expect(job.state).toBe('queued');
      events = await readEvents(app.url, job.id);
      job = await waitForJob(app.url, job.id);
    });

    it('when a job finishes, then each good file is loaded and each bad one failed with its own problem', () => {
      const byName = new Map(job.files.map((f) => [f.name, f]));
      expect(byName.get('安吉.txt')?.status).toBe('loaded');
      expect(byName.get('德清.txt')?.status).toBe('loaded');
      expect(byName.get('桐庐.md')?.status).toBe('loaded');
      expect(byName.get('broken.pdf')).toMatchObject({ status: 'failed', problem: { code: 'unsupported_format' } });
      expect(byName.get('empty.txt')?.status).toBe('failed');
      expect(job.state).toBe('done');
      expect(job.added.nodes).toBeGreaterThan(10);
      expect(job.added.relationships).toBeGreaterThan(10);
    });

    it('then the event stream gave a snapshot, each file stored, extracted and loaded, the counts, and done last', () => {
      expect(events[0]?.type).toBe('snapshot');
      expect(events.at(-1)?.type).toBe('done');
      const of = (name: string) =>
        events.flatMap((e) => (e.type === 'file' && e.file.name === name ? [e.file.status] : []));
      // A stream opened after the file was stored starts from the snapshot: the statuses that follow are
      // the rest of stored → extracted → loaded, in order, ending loaded.
      const seen = of('安吉.txt');
      const order = ['stored', 'extracted', 'loaded'];
      expect(seen.at(-1)).toBe('loaded');
      expect(seen).toEqual(order.slice(order.length - seen.length));
      // A file refused before the stream opened is failed in the snapshot, else in its one event.
      const snapshot = events[0]?.type === 'snapshot' ? events[0].job : undefined;
      const brokenAtStart = snapshot?.files.find((f) => f.name === 'broken.pdf')?.status;
      expect(brokenAtStart === 'failed' ? [] : ['failed']).toEqual(of('broken.pdf'));
      const loaded = events.find((e) => e.type === 'loaded');
      expect(loaded).toMatchObject({ type: 'loaded', added: job.added });
    });

    it('then the store keeps the original, the text and the metadata, and the graph has the people', async () => {
      const id = job.files.find((f) => f.name === '德清.txt')!.article!;
      const meta = app.store.get(id)!;
      expect(meta).toMatchObject({
        format: 'txt',
        outlet: '测试日报',
        status: 'loaded',
        extractorVersion: EXTRACTOR_VERSION,
      });
      expect(app.store.text(id)).toContain('冯晓东');
      expect(app.store.original(id)?.bytes.equals(Buffer.from(gbEncode(GB18030_TEXT)))).toBe(true);
      const rows = await databaseRows(
        driver,
        "MATCH (p:Person)-[h:HOLDS_POST]->() WHERE p.name IN ['冯晓东', '赵立新', '孙海燕'] RETURN p.name AS name ORDER BY name",
      );
      expect(rows.map((r) => r.name)).toEqual(['孙海燕', '冯晓东', '赵立新'].sort());
    });

    it('when the same text comes again, then it is reported as a duplicate of the stored article and not loaded twice', async () => {
      const before = await graphSnapshot(driver);
      const first = job.files.find((f) => f.name === '安吉.txt')!.article!;
      const res = await upload(app.url, [{ name: 'again.txt', bytes: `${utf8}\n\n` }]);
      const again = await waitForJob(app.url, res.body.job.id);
      expect(again.files).toEqual([expect.objectContaining({ status: 'duplicate', article: first })]);
      expect(app.store.list().filter((m) => m.hash === app.store.get(first)!.hash)).toHaveLength(1);
      expect(await graphSnapshot(driver)).toEqual(before);
    });

    it('when the list is asked for, then it pages, filters and gives counts from the graph', async () => {
      const all = await getJson<ArticleListResponse>(`${app.url}/api/articles?limit=2`);
      expect(all.status).toBe(200);
      expect(all.body.total).toBe(4);
      expect(all.body.articles).toHaveLength(2);
      // Newest publication date first.
      expect(all.body.articles[0]!.date).toBe('2024-04-01');
      expect(all.body.articles[0]!.counts!.entities).toBeGreaterThan(2);
      expect(all.body.articles[0]!.counts!.relationships).toBeGreaterThan(0);
      const county = await getJson<ArticleListResponse>(
        `${app.url}/api/articles?county=${encodeURIComponent('长兴县')}`,
      );
      expect(county.body.articles.map((a) => a.title)).toEqual(['长兴调研']);
      const range = await getJson<ArticleListResponse>(`${app.url}/api/articles?from=2024-03-01&to=2024-03-31`);
      expect(range.body.articles.map((a) => a.date)).toEqual(['2024-03-05']);
      const q = await getJson<ArticleListResponse>(`${app.url}/api/articles?q=${encodeURIComponent('桐庐')}`);
      expect(q.body.total).toBe(1);
      const bad = await getJson<{ error: { message: string } }>(`${app.url}/api/articles?from=yesterday`);
      expect(bad.status).toBe(400);
      expect(bad.body.error.message).toMatch(/YYYY-MM-DD/);
    });
  });

  describe('time', () => {
    it('when two dated articles name different secretaries of one county, then asOf keeps the holder of the latest article on or before the day', async () => {
      const older = report('淳安县', '蒋文华', '千岛湖镇', '周丽萍', '村民说事');
      const newer = report('淳安县', '杨永胜', '千岛湖镇', '周丽萍', '村民说事');
      for (const [text, date] of [
        [older, '2022-01-10'],
        [newer, '2024-06-01'],
      ] as const) {
        const res = await paste(app.url, { text, date, county: '淳安县' });
        expect(res.status).toBe(202);
        await waitForJob(app.url, res.body.job.id);
      }
      const holders = async (asOf?: string) => {
        const q = `scope=${encodeURIComponent('淳安县')}${asOf ? `&asOf=${asOf}` : ''}`;
        const res = await getJson<LeadersResponse>(`${app.url}/api/leaders?${q}`);
        expect(res.status).toBe(200);
        const names: string[] = [];
        const walk = (e: LeadersResponse['tree']) => {
          for (const p of e.posts) names.push(`${String(p.person.properties.name)}:${p.title}`);
          e.children.forEach(walk);
        };
        walk(res.body.tree);
        return names.sort();
      };
      // Without a date every post; as of a day, the secretary of the latest article up to then.
      expect(await holders()).toEqual(['周丽萍:书记', '杨永胜:书记', '蒋文华:书记'].sort());
      expect(await holders('2023-01-01')).toEqual(['周丽萍:书记', '蒋文华:书记'].sort());
      expect(await holders('2025-01-01')).toEqual(['周丽萍:书记', '杨永胜:书记'].sort());
      expect(await holders('2021-01-01')).toEqual([]);
      const [post] = await databaseRows(
        driver,
        "MATCH (:Person {name: '周丽萍'})-[h:HOLDS_POST]->() RETURN h.firstSeen AS first, h.lastSeen AS last",
      );
      expect(post).toEqual({ first: '2022-01-10', last: '2024-06-01' });
      const bad = await getJson(`${app.url}/api/leaders?scope=x&asOf=2024-13-01`);
      expect(bad.status).toBe(400);
    });
  });

  describe('removal and rebuild', () => {
    it('when an article is deleted, then the facts only it supported are gone and shared ones stay', async () => {
      const a = report('仙居县', '王志强', '安洲街道', '吴春华', '双报到');
      const b = report('仙居县', '王志强', '南峰街道', '卫明远', '双报到');
      const jobs: Job[] = [];
      for (const text of [a, b]) jobs.push(await waitForJob(app.url, (await paste(app.url, { text })).body.job.id));
      const [idA] = jobs.map((j) => j.files[0]!.article!);
      const people = async () =>
        (
          await databaseRows(
            driver,
            "MATCH (p:Person) WHERE p.name IN ['王志强', '吴春华', '卫明远'] RETURN p.name AS name, p.articles AS articles",
          )
        )
          .map((r) => String(r.name))
          .sort();
      expect(await people()).toEqual(['卫明远', '吴春华', '王志强'].sort());
      const unauthorised = await fetch(`${app.url}/api/articles/${idA}`, { method: 'DELETE' });
      expect(unauthorised.status).toBe(401);
      const res = await fetch(`${app.url}/api/articles/${idA}`, { method: 'DELETE', headers: auth() });
      expect(res.status).toBe(200);
      const body = (await res.json()) as DeleteArticleResponse;
      expect(body.removed.nodes).toBeGreaterThan(0);
      expect(await people()).toEqual(['卫明远', '王志强'].sort());
      expect(app.store.get(idA!)).toBeUndefined();
      expect(await databaseRows(driver, 'MATCH (a:Article {id: $id}) RETURN a', { id: `article:${idA}` })).toEqual([]);
      const again = await fetch(`${app.url}/api/articles/${idA}`, { method: 'DELETE', headers: auth() });
      expect(again.status).toBe(404);
    });

    it('when the graph is rebuilt from the store, then it is the graph the incremental jobs made', async () => {
      const incremental = await graphSnapshot(driver);
      expect(incremental.nodes.length).toBeGreaterThan(20);
      const res = await fetch(`${app.url}/api/rebuild`, { method: 'POST', headers: auth() });
      expect(res.status).toBe(202);
      const { job } = (await res.json()) as { job: Job };
      const done = await waitForJob(app.url, job.id);
      expect(done.state).toBe('done');
      expect(done.added).toEqual({ nodes: 0, relationships: 0 });
      expect(await graphSnapshot(driver)).toEqual(incremental);
    });
  });

  it('when a job id is unknown or malformed, then 404 or 400', async () => {
    expect((await getJson(`${app.url}/api/jobs/job_nothere`)).status).toBe(404);
    expect((await getJson(`${app.url}/api/jobs/..%2Fetc`)).status).toBe(400);
    expect(TOKEN.length).toBeGreaterThan(16);
  });
});

/** Encodes by searching the two-byte GBK plane (every character the fixture uses is in it). */
function gbEncode(text: string): Buffer {
  const decoder = new TextDecoder('gb18030');
  const table = new Map<string, number[]>();
  for (let hi = 0x81; hi <= 0xfe; hi++)
    for (let lo = 0x40; lo <= 0xfe; lo++) {
      if (lo === 0x7f) continue;
      const ch = decoder.decode(new Uint8Array([hi, lo]));
      if (ch.length === 1 && !table.has(ch)) table.set(ch, [hi, lo]);
    }
  const out: number[] = [];
  for (const ch of text) {
    if (ch.charCodeAt(0) < 0x80) out.push(ch.charCodeAt(0));
    else {
      const bytes = table.get(ch);
      if (!bytes) throw new Error(`no GB18030 two-byte code for ${ch}`);
      out.push(...bytes);
    }
  }
  return Buffer.from(out);
}
