/**
 * Users bring their own articles, in Debian's Chromium against the server with its article writer
 * (an empty test graph, a temporary DATA_DIR): without the token a write says how to get one; with
 * it, a .html page, a GB18030 .txt, a .docx and a broken file are uploaded in one go, progress and
 * the broken file's error are shown, the new people are in Who-leads without a reload, an article's
 * facts are marked in its text, and deleting an article takes its facts out of the graph.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { strToU8, zipSync } from 'fflate';
import { docx, TONGLU_DOCX } from '../fixtures/uploads/docx';
import { E2E_TOKEN, screenshot, startArticlesExplorer, waitUntil, type Explorer } from './support';

jest.setTimeout(180000);

const UPLOADS = path.resolve(__dirname, '..', 'fixtures', 'uploads');
const FILES = [
  {
    name: 'anji-red-stewards.html',
    mimeType: 'text/html',
    buffer: fs.readFileSync(path.join(UPLOADS, 'anji-red-stewards.html')),
  },
  {
    name: '德清乡村振兴.txt',
    mimeType: 'text/plain',
    buffer: fs.readFileSync(path.join(UPLOADS, 'deqing-village-council.txt')),
  },
  { name: 'tonglu-points.docx', mimeType: 'application/octet-stream', buffer: Buffer.from(docx(TONGLU_DOCX)) },
  // A .docx that is not a Word document: the broken file.
  { name: 'broken.docx', mimeType: 'application/octet-stream', buffer: Buffer.from('这不是 Word 文件') },
];

describe('adding articles in a browser', () => {
  let explorer: Explorer;
  let page: Page;
  let base: string;

  beforeAll(async () => {
    explorer = await startArticlesExplorer();
    page = explorer.page;
    base = explorer.server.url;
  });
  afterAll(async () => {
    await explorer?.close();
  });

  /** Every file row of the jobs shown, as 'name:status'. */
  const fileStatuses = (): Promise<string[]> =>
    page.$$eval('[data-testid=job-file]', (els) =>
      els.map((el) => `${el.querySelector('.file-name')?.getAttribute('title')}:${el.getAttribute('data-status')}`),
    );

  const pickScope = async (name: string): Promise<void> => {
    const option = await page.waitForSelector(`[data-testid=scope-select] option:has-text("${name}")`, {
      state: 'attached',
    });
    await page.selectOption('[data-testid=scope-select]', (await option.getAttribute('value')) ?? '');
    await page.waitForSelector('[data-testid=leaders-tree]');
  };

  it('when text is added without the token, then a 401 says how to get one', async () => {
    await page.goto(`${base}/?v=articles`);
    await page.fill('[data-testid=paste-text]', '某县召开会议。');
    await page.click('[data-testid=upload-submit]');
    const notice = await page.waitForSelector('[data-testid=token-needed]');
    expect(await notice.textContent()).toContain('#token=');
    expect(await page.textContent('[data-testid=article-list]')).toContain('没有符合条件的文章');
  });

  it('when the page is opened with #token=, then the token is kept for the tab and leaves the address', async () => {
    // Who-leads first, so its list of counties is read (and cached) before the articles exist.
    await page.goto(`${base}/?v=leaders#token=${E2E_TOKEN}`);
    await page.waitForSelector('[data-testid=scope-select]');
    expect(page.url()).not.toContain('token');
    expect(await page.evaluate(`sessionStorage.getItem('govgraph.token')`)).toBe(E2E_TOKEN);
    expect(await page.$$eval('[data-testid=scope-select] option', (els) => els.length)).toBe(1);
  });

  it('when three articles and a broken file are uploaded, then each file shows its progress and the broken one its error', async () => {
    await page.click('[data-testid=tab-articles]');
    await page.waitForSelector('[data-testid=token-set]');
    await page.setInputFiles('[data-testid=file-input]', FILES);
    expect(await page.$$eval('[data-testid=chosen-files] li', (els) => els.length)).toBe(4);
    await page.click('[data-testid=article-metadata] summary');
    await page.fill('[data-testid=meta-outlet]', '示例日报');
    // Every status a file row shows, from the first render on (the job may finish within a second).
    await page.evaluate(`(() => {
      window.seenStatuses = new Set();
      const record = () => document.querySelectorAll('[data-testid=job-file]').forEach((el) => window.seenStatuses.add(el.dataset.status));
      new MutationObserver(record).observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-status'] });
    })()`);
    await page.click('[data-testid=upload-submit]');
    await page.waitForSelector('[data-testid=job]');
    await waitUntil(page, `document.querySelector('[data-testid=job]')?.dataset.state === 'done'`, 120000);
    const statuses = await fileStatuses();
    expect(statuses.sort()).toEqual([
      'anji-red-stewards.html:loaded',
      'broken.docx:failed',
      'tonglu-points.docx:loaded',
      '德清乡村振兴.txt:loaded',
    ]);
    const seen = (await page.evaluate('[...window.seenStatuses]')) as string[];
    expect(seen).toEqual(expect.arrayContaining(['queued', 'loaded', 'failed']));
    expect(await page.getAttribute('[data-testid=job] > [role=progressbar]', 'aria-valuenow')).toBe('100');
    const broken = await page.textContent('[data-testid=job-file][data-status=failed] [data-testid=file-problem]');
    expect(broken).toContain('文件已损坏');
    expect(await page.textContent('[data-testid=job-summary]')).toMatch(/已载入 3,失败 1/);
    expect(await page.textContent('[data-testid=job-file]:has-text("德清")')).toContain('GB18030');
    // The list is read again when the job ends: newest first, with what the graph holds from each.
    await waitUntil(page, `document.querySelectorAll('[data-testid=article-row]').length === 3`);
    const rows = await page.$$eval('[data-testid=article-row]', (els) => els.map((el) => el.textContent ?? ''));
    expect(rows[0]).toContain('桐庐县分水镇推行“积分制”乡村治理');
    expect(rows[0]).toContain('2026-05-08 · 示例日报');
    for (const row of rows) expect(row).toMatch(/\d+ 个实体 · \d+ 条关系/);
    await screenshot(page, 'articles-upload', true);
  });

  it('when an article is opened, then the people, bodies and places read from it are marked in its text', async () => {
    await page.click('[data-testid=article-row] .article-title:has-text("安吉县")');
    const reader = await page.waitForSelector('[data-testid=reader-text]');
    const marks = await reader.$$eval('button.fact', (els) => els.map((el) => el.textContent));
    expect(marks).toEqual(expect.arrayContaining(['邵明轩', '柏静怡']));
    expect(await page.textContent('[data-testid=article-reader]')).toContain('https://news.example.com/');
    await page.click('[data-testid=reader-text] button.fact:text-is("邵明轩")');
    await page.waitForSelector('[data-testid=node-details] h2:has-text("邵明轩")');
    expect(await (await page.waitForSelector('[data-testid=posts]')).textContent()).toContain('安吉县委');
    await screenshot(page, 'articles-reader', true);
  });

  it('when Who-leads is opened again without a reload, then the new counties and people are there', async () => {
    await page.click('[data-testid=tab-leaders]');
    await pickScope('安吉县');
    await page.waitForSelector('[data-testid=leaders-tree] >> text=邵明轩');
    expect(await page.textContent('[data-testid=leaders-tree]')).toContain('柏静怡');
    await screenshot(page, 'articles-leaders');
    await pickScope('德清县');
    await page.waitForSelector('[data-testid=leaders-tree] >> text=钟立新');
    await pickScope('桐庐县');
    await page.waitForSelector('[data-testid=leaders-tree] >> text=韦思远');
  });

  it('when an article is deleted after confirming, then its facts are gone from the graph', async () => {
    await page.click('[data-testid=tab-articles]');
    const row = page.locator('[data-testid=article-row]', { hasText: '桐庐县' });
    await row.locator('[data-testid=delete-article]').click();
    await page.waitForSelector('[data-testid=confirm-delete]');
    // Focus is on Cancel, so Enter alone does not delete.
    expect(await page.evaluate('document.activeElement?.textContent')).toBe('取消');
    await row.locator('[data-testid=confirm-delete-yes]').click();
    const notice = await page.waitForSelector('[data-testid=article-notice]');
    expect(await notice.textContent()).toMatch(/已删除《桐庐县分水镇推行“积分制”乡村治理》:图谱移除 \d+ 个节点/);
    await waitUntil(page, `document.querySelectorAll('[data-testid=article-row]').length === 2`);
    await page.fill('[data-testid=search-input]', '韦思远');
    await page.waitForSelector('[data-testid=search-results] >> text=没有找到');
    await page.click('[data-testid=tab-leaders]');
    await page.waitForSelector('[data-testid=scope-select] option:has-text("安吉县")', { state: 'attached' });
    const counties = await page.$$eval('[data-testid=scope-select] option', (els) => els.map((el) => el.textContent));
    expect(counties).not.toContain('桐庐县');
    expect(counties).toContain('德清县');
  });

  it('when a zip is dropped and text pasted, then its members are read one by one, a repeated text is a duplicate, and the pasted article is added with its county', async () => {
    await page.click('[data-testid=tab-articles]');
    await page.click('[data-testid=job] button[aria-label="关闭"]');
    const deqing = new TextDecoder('gb18030').decode(fs.readFileSync(path.join(UPLOADS, 'deqing-village-council.txt')));
    const zip = zipSync({
      'more/tonglu-again.docx': docx(TONGLU_DOCX),
      'more/deqing-utf8.md': strToU8(deqing),
    });
    // A real drop: the files travel in the event's DataTransfer, as from the desktop.
    const dataTransfer = await page.evaluateHandle(`(() => {
      const bytes = Uint8Array.from(atob('${Buffer.from(zip).toString('base64')}'), (c) => c.charCodeAt(0));
      const transfer = new DataTransfer();
      transfer.items.add(new File([bytes], 'more.zip', { type: 'application/zip' }));
      return transfer;
    })()`);
    await page.dispatchEvent('[data-testid=drop-zone]', 'drop', { dataTransfer });
    await page.waitForSelector('[data-testid=chosen-files] >> text=more.zip');
    await page.click('[data-testid=upload-submit]');
    await page.waitForSelector('[data-testid=job]:has-text("more.zip")');
    // Then pasted text with its own metadata: the county field offers the graph's county names.
    await page.fill(
      '[data-testid=paste-text]',
      '新安镇召开乡贤议事会\n2026年6月1日\n德清县新安镇党委书记凌晓峰主持召开“乡贤议事会”。',
    );
    await page.click('[data-testid=article-metadata] summary');
    expect(await page.$$eval('#known-counties option', (els) => els.map((el) => el.getAttribute('value')))).toContain(
      '德清县',
    );
    await page.fill('[data-testid=meta-county]', '德清县');
    await page.click('[data-testid=upload-submit]');
    await waitUntil(page, `document.querySelectorAll('[data-testid=job][data-state=done]').length === 2`, 120000);
    const statuses = await fileStatuses();
    expect(statuses.sort()).toEqual([
      'more.zip/more/deqing-utf8.md:duplicate',
      'more.zip/more/tonglu-again.docx:loaded',
      'pasted-text:loaded',
    ]);
    expect(await page.textContent('[data-testid=job-file][data-status=duplicate]')).toContain('与已有的文章内容相同');
    await waitUntil(page, `document.querySelectorAll('[data-testid=article-row]').length === 4`);
    expect(await page.textContent('[data-testid=job]:has-text("粘贴的文本") [data-testid=job-file]')).toContain(
      '新安镇召开乡贤议事会',
    );
    // Search and the county filter of the list.
    await page.fill('[data-testid=article-search]', '红色管家');
    await waitUntil(page, `document.querySelectorAll('[data-testid=article-row]').length === 1`);
    expect(await page.textContent('[data-testid=article-row]')).toContain('安吉县“红色管家”进小区');
    await page.fill('[data-testid=article-search]', '');
    await waitUntil(page, `document.querySelectorAll('[data-testid=article-row]').length === 4`);
    await page.selectOption('[data-testid=article-county]', '德清县');
    await waitUntil(page, `document.querySelectorAll('[data-testid=article-row]').length === 1`);
    expect(await page.textContent('[data-testid=article-row]')).toContain('新安镇召开乡贤议事会');
    await page.selectOption('[data-testid=article-county]', '');
    await waitUntil(page, `document.querySelectorAll('[data-testid=article-row]').length === 4`);
    await page.fill('[data-testid=search-input]', '凌晓峰');
    await page.waitForSelector('[data-testid=search-results] .search-hit:has-text("凌晓峰")');
  });

  it('when the language is switched, then the articles view is in English', async () => {
    await page.click('[data-testid=lang-switch]');
    expect(await page.textContent('[data-testid=tab-articles]')).toBe('Articles');
    expect(await page.textContent('[data-testid=article-upload] h2')).toBe('Add articles');
    expect(
      await page.textContent('[data-testid=job-file][data-status=duplicate] [data-testid=file-problem]'),
    ).toContain('The same text is already stored');
    await screenshot(page, 'articles-en');
  });
});
