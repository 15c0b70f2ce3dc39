/**
 * The explorer in Debian's Chromium against the real server and Neo4j: search (name and pinyin
 * initials), details with posts and evidence, the article, expansion, the hierarchy, the shared
 * initiatives, named and typed queries, refusals, keyboard, URL state and language.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import {
  ARTIFACTS,
  E2E_GRAPH,
  Explorer,
  graphOrder,
  layoutSettled,
  nodePosition,
  overlappingLabels,
  screenshot,
  startExplorer,
  typeCypher,
  waitUntil,
} from './support';
import { testDriver } from '../support/server';
import { gexfProblems } from '../support/gexf-schema';
import { readPng } from '../support/png';
import { waitUntil as waitFor } from '../support/wait';

jest.setTimeout(120000);

/** The newest result frame of the query workbench. */
const TOP_FRAME = '[data-testid=query-frame]:first-of-type';

describe('the explorer in a browser', () => {
  let explorer: Explorer;
  let page: Page;
  let base: string;

  beforeAll(async () => {
    explorer = await startExplorer();
    page = explorer.page;
    base = explorer.server.url;
    // Reported so a reader of the log knows which graph the assertions ran on.
    process.stdout.write(`e2e graph: ${E2E_GRAPH}\n`);
  });
  afterAll(async () => {
    await explorer?.close();
  });

  /** Polls Neo4j until the number of running console transactions of the e2e cancel query passes the check. */
  async function waitForTransactions(check: (n: number) => boolean): Promise<boolean> {
    const driver = testDriver();
    try {
      return await waitFor(async () => {
        const { records } = await driver.executeQuery(
          "SHOW TRANSACTIONS YIELD currentQuery WHERE currentQuery CONTAINS 'e2e-cancel' AND NOT currentQuery CONTAINS 'SHOW' RETURN count(*) AS n",
        );
        return check(Number(records[0]!.get('n')));
      }, 10_000);
    } finally {
      await driver.close();
    }
  }

  /** The workbench with the named query posts-of run for 宋志江, its rows on the table tab. */
  async function postsOfSongAsTable(): Promise<void> {
    await page.goto(`${base}/?v=query`);
    await page.click('[data-testid=query-library] button[data-query="posts-of"]');
    await page.fill('[data-testid=param-form] input >> nth=0', '宋志江');
    await page.click('[data-testid=run-named]');
    await page.waitForSelector(`${TOP_FRAME} [data-testid=query-results]`);
    await page.click(`${TOP_FRAME} [data-testid=results-table-tab]`);
  }

  /** The id of a person in the graph the suite loaded. */
  async function personId(name: string): Promise<string> {
    const doc = JSON.parse(await fs.promises.readFile(E2E_GRAPH, 'utf8')) as {
      nodes: { id: string; labels: string[]; properties: { name?: string } }[];
    };
    const node = doc.nodes.find((n) => n.labels.includes('Person') && n.properties.name === name);
    if (!node) throw new Error(`${name} is not a person in ${E2E_GRAPH}`);
    return node.id;
  }

  async function search(text: string): Promise<void> {
    await page.fill('[data-testid=search-input]', text);
    await page.waitForSelector(
      '[data-testid=search-results] .search-hit, [data-testid=search-results] .search-note:not(:has-text("…"))',
    );
  }

  describe('bad input', () => {
    it('when the search matches nothing, then the result list says so', async () => {
      await page.goto(base);
      await search('无此人名称xq');
      await page.waitForSelector('[data-testid=search-results] >> text=没有找到');
    });

    it('when a link selects a node that does not exist, then the details panel shows a not-found error', async () => {
      await page.goto(`${base}/?sel=n:person:nobody-here`);
      const error = await page.waitForSelector('[data-testid=details-panel] [data-testid=error-box]');
      expect(await error.textContent()).toContain('找不到');
    });

    it('when a typed query writes, then the refusal and its reason are shown in place', async () => {
      await page.goto(`${base}/?v=query`);
      await typeCypher(page, "CREATE (n:Person {name: 'x'}) RETURN n");
      await page.keyboard.press('Control+Enter');
      const error = await page.waitForSelector(`${TOP_FRAME} [data-testid=query-error]`);
      expect(await error.textContent()).toContain('查询被拒绝');
      expect(await page.textContent(`${TOP_FRAME} [data-testid=query-error] [data-testid=error-reason]`)).toContain(
        '只允许只读查询',
      );
      // The server's English words are behind the details toggle, not shown next to the Chinese.
      const raw = `${TOP_FRAME} [data-testid=query-error] [data-testid=error-raw] .error-detail`;
      expect(await page.isVisible(raw)).toBe(false);
      await page.click(`${TOP_FRAME} [data-testid=query-error] [data-testid=error-raw] summary`);
      expect(await page.isVisible(raw)).toBe(true);
      await screenshot(page, 'query-refused');
    });

    it('when a typed query has a syntax error, then its position is shown', async () => {
      await typeCypher(page, 'MATCH (n RETURN n');
      await page.click('[data-testid=run-cypher]');
      await page.waitForSelector(`${TOP_FRAME} [data-testid=query-error] >> text=Cypher 语法错误`);
      const text = await page.textContent(`${TOP_FRAME} [data-testid=query-error]`);
      expect(text).toMatch(/第 1 行第 \d+ 列/);
      // The caret under the column Neo4j names, below the query's own line.
      expect(await page.textContent(`${TOP_FRAME} .error-position`)).toMatch(/^MATCH \(n RETURN n\n\s*\^$/);
      // Once: one summary in the frame, none under the editor or elsewhere.
      expect(await page.$$eval(`${TOP_FRAME} [data-testid=query-error] strong`, (els) => els.length)).toBe(1);
      expect(await page.$$eval('.cypher-panel [data-testid=query-error]', (els) => els.length)).toBe(0);
      expect(await page.$$eval('[data-testid=error-box]', (els) => els.length)).toBe(0);
      expect(await page.isVisible(`${TOP_FRAME} [data-testid=query-error] [data-testid=error-raw] .error-detail`)).toBe(
        false,
      );
      await screenshot(page, 'query-syntax-error');
    });
  });

  describe('explore', () => {
    it('when 宋志江 is searched by name, then he is a hit', async () => {
      await page.goto(base);
      await search('宋志江');
      expect(await page.textContent('[data-testid=search-results]')).toContain('宋志江');
    });

    it('when szj is searched (pinyin initials), then 宋志江 is a hit; choosing him shows his post 县委书记 with its evidence sentence', async () => {
      await search('szj');
      await page.click('[data-testid=search-results] .search-hit:has-text("宋志江")');
      await page.waitForSelector('[data-testid=node-details] h2:has-text("宋志江")');
      const posts = await page.waitForSelector('[data-testid=posts]');
      expect(await posts.textContent()).toMatch(/县委书记|书记/);
      expect(await posts.textContent()).toContain('新绛县委');
      const mark = await page.waitForSelector('[data-testid=posts] [data-testid=evidence-list] mark');
      expect(await mark.textContent()).toContain('宋志江');
      expect(page.url()).toContain('sel=n%3Aperson');
      await waitUntil(page, `window.govgraph.activeGraphStore.get().graph?.order > 1`);
      await layoutSettled(page);
      await screenshot(page, 'explore', true);
    });

    it('when an evidence sentence is clicked, then the article opens with that sentence marked', async () => {
      await page.click('[data-testid=posts] .evidence-sentence');
      const sentence = await page.waitForSelector('[data-testid=article-sentence]');
      expect(await sentence.textContent()).toContain('宋志江');
      await screenshot(page, 'article', true);
      await page.keyboard.press('Escape');
      await page.waitForSelector('[data-testid=article-viewer]', { state: 'detached' });
    });

    it('when a neighbour is double-clicked in the graph, then its neighbours are added', async () => {
      const before = await graphOrder(page);
      const { x, y } = await nodePosition(page, 'org:140825/新绛县委');
      await page.mouse.dblclick(x, y);
      await waitUntil(page, `window.govgraph.activeGraphStore.get().graph.order > ${before}`);
      expect(page.url()).toContain(encodeURIComponent('org:140825/新绛县委'));
    });

    it('when the expand button of the selection is used, then the graph grows and back/forward restore each step', async () => {
      await search('新绛县');
      await page.click('[data-testid=search-results] .search-hit:has-text("新绛县")');
      await page.waitForSelector('[data-testid=node-details] h2:has-text("新绛县")');
      const before = await graphOrder(page);
      await page.click('[data-testid=expand-selected]');
      await waitUntil(page, `window.govgraph.activeGraphStore.get().graph.order >= ${before}`);
      await page.goBack();
      await page.waitForSelector('[data-testid=node-details] h2:has-text("新绛县委")');
      await page.goForward();
      await page.waitForSelector('[data-testid=node-details] h2:has-text("新绛县")');
    });

    it('when Escape is pressed, then the selection is cleared; when / is pressed, then the search box has the focus', async () => {
      await page.click('body');
      await page.keyboard.press('Escape');
      await page.waitForSelector('[data-testid=details-panel] >> text=点击图中的节点或关系查看详情');
      await page.keyboard.press('/');
      expect(await page.evaluate('document.activeElement?.dataset.testid')).toBe('search-input');
    });
  });

  describe('explore keeps context', () => {
    /** The layout has stopped and the camera has finished moving (it brings new nodes into view). */
    async function settled(): Promise<void> {
      await layoutSettled(page);
      const camera = `JSON.stringify(window.govgraph.activeGraphStore.get().sigma.getCamera().getState())`;
      let before = await page.evaluate(camera);
      for (let i = 0; i < 50; i++) {
        await page.waitForTimeout(200);
        const now = await page.evaluate(camera);
        if (now === before) return;
        before = now;
      }
    }

    /** Node ids, attributes and what sigma draws for each, read in the page. */
    async function drawn(): Promise<
      { id: string; fresh?: string; label: string; fullLabel?: string; color: string; x: number; y: number }[]
    > {
      return (await page.evaluate(`(() => {
        const sigma = window.govgraph.activeGraphStore.get().sigma;
        const graph = sigma.getGraph();
        return graph.nodes().map((id) => {
          const a = graph.getNodeAttributes(id);
          const d = sigma.getNodeDisplayData(id);
          const p = sigma.framedGraphToViewport(d);
          return { id, fresh: a.fresh, label: a.label, fullLabel: a.fullLabel, color: d.color, x: p.x, y: p.y };
        });
      })()`)) as never;
    }

    it('when a node is expanded, then its new neighbours are in view and not dimmed, and at most 15 are labelled', async () => {
      await page.goto(base);
      await search('宋志江');
      await page.click('[data-testid=search-results] .search-hit:has-text("宋志江")');
      await waitUntil(page, `window.govgraph.activeGraphStore.get().graph?.order > 1`);
      await settled();
      const before = await graphOrder(page);
      const { x, y } = await nodePosition(page, 'org:140825/新绛县委');
      await page.mouse.dblclick(x, y);
      await waitUntil(page, `window.govgraph.activeGraphStore.get().graph.order > ${before}`);
      await settled();
      const nodes = await drawn();
      const fresh = nodes.filter((n) => n.fresh);
      expect(fresh.length).toBe(nodes.length - before);
      expect(fresh.filter((n) => n.fresh === 'label').length).toBeLessThanOrEqual(15);
      expect(fresh.filter((n) => n.color === '#e4e6ea')).toEqual([]);
      const box = await page.evaluate(
        `(() => { const r = window.govgraph.activeGraphStore.get().sigma.getContainer().getBoundingClientRect(); return { w: r.width, h: r.height }; })()`,
      );
      const { w, h } = box as { w: number; h: number };
      expect(fresh.filter((n) => n.x < 0 || n.y < 0 || n.x > w || n.y > h).map((n) => n.label)).toEqual([]);
      // Long names are cut on the canvas; the whole name is kept for hover and details.
      expect(nodes.filter((n) => [...n.label].length > 14).map((n) => n.label)).toEqual([]);
      await screenshot(page, 'explore-expanded');
    });

    it('when a node is right-clicked, then its menu expands by one relationship type, and pins it', async () => {
      const { x, y } = await nodePosition(page, 'org:140825/新绛县委');
      await page.mouse.click(x, y, { button: 'right' });
      await page.waitForSelector('[data-testid=node-menu]');
      await page.click('[data-testid=menu-expand-HOLDS_POST]');
      await waitUntil(page, `location.search.includes(${JSON.stringify(encodeURIComponent('|HOLDS_POST'))})`);
      await page.mouse.click(x, y, { button: 'right' });
      await page.click('[data-testid=menu-pin]');
      expect(
        await page.evaluate(
          `window.govgraph.activeGraphStore.get().graph.getNodeAttribute('org:140825/新绛县委', 'fixed')`,
        ),
      ).toBe(true);
    });

    it('when two nodes are chosen (click, then shift+click), then the shortest path between them is offered and added', async () => {
      // The typed expansion before started a layout run, and the camera follows it: wait for both.
      await settled();
      const nodes = await drawn();
      const far = nodes.find((n) => n.id !== 'org:140825/新绛县委' && n.id.startsWith('person:'))!;
      const a = await nodePosition(page, 'org:140825/新绛县委');
      await page.mouse.click(a.x, a.y);
      // Two clicks within sigma's double-click time would be a double click (an expansion).
      await page.waitForTimeout(500);
      const b = await nodePosition(page, far.id);
      await page.keyboard.down('Shift');
      await page.mouse.click(b.x, b.y);
      await page.keyboard.up('Shift');
      await page.waitForSelector('[data-testid=path-bar]');
      await page.click('[data-testid=path-find]');
      await waitUntil(page, `location.search.includes(${JSON.stringify(encodeURIComponent('path|'))})`);
      expect(await page.isVisible('[data-testid=no-path]')).toBe(false);
    });

    it('when the graph is exported, then the PNG is twice the canvas with the legend, and the GEXF meets GEXF 1.3', async () => {
      const size = (await page.evaluate(
        `(() => { const r = window.govgraph.activeGraphStore.get().sigma.getContainer().getBoundingClientRect(); return { w: Math.round(r.width), h: Math.round(r.height) }; })()`,
      )) as { w: number; h: number };
      const [png] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid=export-png]')]);
      await png.saveAs(path.join(ARTIFACTS, 'export-2x.png'));
      const image = readPng(new Uint8Array(await fs.promises.readFile((await png.path())!)));
      expect([image.width, image.height]).toEqual([size.w * 2, size.h * 2]);
      // The legend's person swatch (#E69F00) is drawn in the top-right corner.
      let swatch = false;
      for (let y = 0; y < 300 && !swatch; y++)
        for (let x = image.width - 400; x < image.width && !swatch; x++) {
          const [r, g, b] = image.pixel(x, y);
          swatch = Math.abs(r - 0xe6) < 6 && Math.abs(g - 0x9f) < 6 && b < 12;
        }
      expect(swatch).toBe(true);
      // …inside the legend's box: a long straight run of its border colour (#d0d7de) near the top.
      const borderRun = (y: number) => {
        let run = 0;
        let best = 0;
        for (let x = image.width - 600; x < image.width; x++) {
          const [r, g, b] = image.pixel(x, y);
          run = Math.abs(r - 0xd0) < 8 && Math.abs(g - 0xd7) < 8 && Math.abs(b - 0xde) < 8 ? run + 1 : 0;
          best = Math.max(best, run);
        }
        return best;
      };
      expect(Math.max(...Array.from({ length: 60 }, (_, y) => borderRun(y)))).toBeGreaterThan(100);
      const [gexf] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid=export-gexf]')]);
      const text = await fs.promises.readFile((await gexf.path())!, 'utf8');
      expect(gexfProblems(text)).toEqual([]);
      expect((text.match(/<node /g) ?? []).length).toBe(await graphOrder(page));
    });

    it('when nothing is selected and the arrow keys are used, then the selection walks from node to neighbour; Enter expands', async () => {
      await page.click('[data-testid=graph-stats]');
      await page.keyboard.press('Escape');
      await page.keyboard.press('ArrowDown');
      const first = await page.waitForSelector('[data-testid=node-details] h2');
      const start = await first.textContent();
      let moved = false;
      for (const key of ['ArrowRight', 'ArrowLeft', 'ArrowUp', 'ArrowDown']) {
        await page.keyboard.press(key);
        await page.waitForTimeout(150);
        if ((await page.textContent('[data-testid=node-details] h2')) !== start) {
          moved = true;
          break;
        }
      }
      expect(moved).toBe(true);
      const selected = new URL(page.url()).searchParams.get('sel')!.slice(2);
      await page.keyboard.press('Enter');
      await waitUntil(page, `new URL(location.href).searchParams.getAll('x').includes(${JSON.stringify(selected)})`);
    });
  });

  describe('who leads what', () => {
    const pickScope = async (name: string): Promise<void> => {
      await page.goto(`${base}/?v=leaders`);
      const option = await page.waitForSelector(`[data-testid=scope-select] option:has-text("${name}")`, {
        state: 'attached',
      });
      await page.selectOption('[data-testid=scope-select]', (await option.getAttribute('value')) ?? '');
      await page.waitForSelector('[data-testid=leaders-tree]');
    };
    const edgeTypes = async (): Promise<string[]> =>
      (await page.evaluate(
        `[...new Set(window.govgraph.activeGraphStore.get().graph.mapEdges((e, a) => a.relType))].sort()`,
      )) as string[];

    it('when 新绛县 is picked as scope, then the tree shows its bodies and 宋志江 with his post', async () => {
      await pickScope('新绛县');
      const tree = await page.waitForSelector('[data-testid=leaders-tree]');
      await page.waitForSelector('[data-testid=leaders-tree] >> text=宋志江');
      expect(await tree.textContent()).toContain('新绛县委');
      await page.click('[data-testid=leaders-tree] li:has-text("宋志江") >> nth=-1');
      await page.waitForSelector('[data-testid=node-details] h2:has-text("宋志江")');
    });

    it('when 平陆县 is the scope, then the graph is a tree joined by LOCATED_IN and PART_OF, laid out in columns county → township → village → body → person', async () => {
      await pickScope('平陆县');
      await page.waitForSelector('[data-testid=leaders-tree] >> text=王刚安');
      expect(await edgeTypes()).toEqual(['HOLDS_POST', 'LOCATED_IN']);
      const x = (await page.evaluate(`(() => {
        const g = window.govgraph.activeGraphStore.get().graph;
        const byName = {};
        g.forEachNode((n, a) => { byName[a.data.properties.name] = a.x; });
        return ['平陆县', '常乐镇', '张家沟村', '张家沟村党支部', '王刚安'].map((name) => byName[name]);
      })()`)) as number[];
      // Each level one column further right.
      expect(x.every((v, i) => i === 0 || v > x[i - 1]!)).toBe(true);
    });

    for (const [width, height] of [
      [1400, 900],
      [1024, 700],
    ] as const) {
      it(`when the hierarchy is shown at ${width}×${height}, then every node has a label and no two labels overlap`, async () => {
        await page.setViewportSize({ width, height });
        try {
          await pickScope('平陆县');
          await page.waitForSelector('[data-testid=leaders-tree] >> text=王刚安');
          await page.waitForTimeout(300);
          await screenshot(page, `leaders-${width}x${height}`, true);
          const { labels, overlaps, outside } = await overlappingLabels(page);
          expect(labels).toBeGreaterThanOrEqual(7);
          expect(overlaps).toEqual([]);
          expect(outside).toEqual([]);
        } finally {
          await page.setViewportSize({ width: 1440, height: 900 });
        }
      });
    }

    it('when the window is under 1200 px wide, then the details are a drawer: hidden until something is selected, closed by its button', async () => {
      await page.setViewportSize({ width: 1024, height: 700 });
      try {
        await pickScope('平陆县');
        expect(await page.isVisible('[data-testid=details-panel]')).toBe(false);
        await page.click('[data-testid=leaders-tree] .tree-row:has-text("张家沟村党支部")');
        await page.waitForSelector('[data-testid=node-details] [data-testid=posts]');
        await screenshot(page, 'leaders-drawer-1024x700');
        await page.click('[data-testid=details-close]');
        await page.waitForSelector('[data-testid=details-panel]', { state: 'hidden' });
      } finally {
        await page.setViewportSize({ width: 1440, height: 900 });
      }
    });

    it('when a body is clicked in the tree, then its details list its holders with their titles', async () => {
      await pickScope('平陆县');
      await page.click('[data-testid=leaders-tree] .tree-row:has-text("张家沟村党支部")');
      await page.waitForSelector('[data-testid=node-details] h2:has-text("张家沟村党支部")');
      const holders = await page.waitForSelector('[data-testid=node-details] [data-testid=posts]');
      expect(await holders.textContent()).toMatch(/王刚安.*书记/);
      // Property names are captioned in the UI language, never raw keys.
      const names = await page.$$eval('[data-testid=node-details] [data-testid=properties] th', (ths) =>
        ths.map((th) => th.textContent ?? ''),
      );
      expect(names).toContain('类型');
      expect(names.filter((n) => /^[a-z]+$/i.test(n))).toEqual([]);
      await screenshot(page, 'leaders-body-selected');
    });

    it('when a place is selected, then its details show the holders of the bodies in it (葫芦岛社区 → 刘凌凯)', async () => {
      await pickScope('临猗县');
      await page.click('[data-testid=leaders-tree] .tree-row:text-is("葫芦岛社区")');
      await page.waitForSelector('[data-testid=node-details] h2:has-text("葫芦岛社区")');
      const holders = await page.waitForSelector('[data-testid=node-details] [data-testid=posts]');
      const text = (await holders.textContent()) ?? '';
      expect(text).toContain('刘凌凯');
      expect(text).toContain('葫芦岛社区党支部');
      expect(await page.textContent('[data-testid=node-details]')).not.toContain('没有任职人员记录');
    });

    it('when a credited journalist is selected, then the details show the credit and the article, not a post', async () => {
      await page.goto(`${base}/?v=leaders&sel=n:${encodeURIComponent(await personId('付炎'))}`);
      const credits = await page.waitForSelector('[data-testid=node-details] [data-testid=credits]');
      expect(await credits.textContent()).toContain('责编');
      expect(await page.textContent('[data-testid=node-details]')).toContain('没有职务记录');
    });
  });

  describe('shared initiatives', () => {
    /** The graph on screen has the matrix's rows and columns: the view has settled on the current rows. */
    const SAME_ROWS_IN_GRAPH = `(() => {
      const g = window.govgraph.activeGraphStore.get().graph;
      const rows = document.querySelectorAll('[data-testid=shared-matrix] tbody tr').length;
      const columns = document.querySelectorAll('[data-testid=shared-matrix] thead th').length - 2;
      return !!g && g.filterNodes((n, a) => a.kind !== 'Place').length === rows && g.filterNodes((n, a) => a.kind === 'Place').length === columns;
    })()`;

    it('when the view opens, then 双报到 is in the matrix with four counties and a cell shows its runners and evidence', async () => {
      await page.goto(`${base}/?v=shared`);
      const row = await page.waitForSelector('[data-testid=shared-matrix] tr[data-initiative="双报到"]');
      expect(await (await row.$('[data-testid=county-count]'))?.textContent()).toBe('4');
      expect(await row.$$eval('td.cell.on', (cells) => cells.length)).toBe(4);
      await (await row.$('td.cell.on'))?.click();
      await page.waitForSelector('[data-testid=cell-details] [data-testid=evidence-list] mark');
      expect(await graphOrder(page)).toBeGreaterThan(4);
      await screenshot(page, 'shared-initiatives', true);
    });

    it('when a matrix cell has the focus, then the arrow keys move to the next filled cell and Enter opens its evidence', async () => {
      await page.goto(`${base}/?v=shared`);
      await page.focus('[data-testid=shared-matrix] tr[data-initiative="双报到"] td.cell.on');
      const where = `(() => { const e = document.activeElement; return e && e.dataset.row !== undefined ? e.dataset.row + ',' + e.dataset.col : ''; })()`;
      const start = (await page.evaluate(where)) as string;
      await page.keyboard.press('ArrowRight');
      const next = (await page.evaluate(where)) as string;
      expect(next.split(',')[0]).toBe(start.split(',')[0]);
      expect(Number(next.split(',')[1])).toBeGreaterThan(Number(start.split(',')[1]));
      expect(await page.evaluate(`document.activeElement.classList.contains('on')`)).toBe(true);
      await page.keyboard.press('Enter');
      await page.waitForSelector('[data-testid=cell-details] [data-testid=evidence-list]');
    });

    it('when the matrix is shown, then no column is empty, the cell meaning is stated and a hover gives the number of runners', async () => {
      await page.goto(`${base}/?v=shared`);
      await page.waitForSelector('[data-testid=shared-matrix]');
      const emptyColumns = await page.$$eval('[data-testid=shared-matrix]', ([table]) => {
        const heads = [...table!.querySelectorAll('thead th')].slice(2);
        return heads
          .filter(
            (_h, i) =>
              ![...table!.querySelectorAll('tbody tr')].some((tr) =>
                tr.querySelectorAll('td.cell')[i]?.classList.contains('on'),
              ),
          )
          .map((h) => h.textContent);
      });
      expect(emptyColumns).toEqual([]);
      expect(await page.textContent('[data-testid=matrix-legend]')).toContain('机构或地方个数');
      const title = await page.getAttribute(
        '[data-testid=shared-matrix] tr[data-initiative="双报到"] td.cell.on >> nth=0',
        'title',
      );
      expect(title).toMatch(/^\S+:\d+ 个开展主体（点击查看）$/);
    });

    it('when the matrix is wider than its panel, then it scrolls inside it with the first column and header row in place', async () => {
      await page.setViewportSize({ width: 1024, height: 700 });
      try {
        await page.goto(`${base}/?v=shared`);
        const wrap = await page.waitForSelector('[data-testid=matrix-wrap]');
        const panel = await page.$eval('.side-panel', (el) => el.getBoundingClientRect().right);
        expect((await wrap.boundingBox())!.x + (await wrap.boundingBox())!.width).toBeLessThanOrEqual(panel + 1);
        const before = await page.$eval(
          '[data-testid=shared-matrix] th.row-head',
          (el) => el.getBoundingClientRect().left,
        );
        await page.$eval('[data-testid=matrix-wrap]', (el) => el.scrollBy(200, 200));
        const after = await page.$eval(
          '[data-testid=shared-matrix] th.row-head',
          (el) => el.getBoundingClientRect().left,
        );
        expect(after).toBeCloseTo(before, 0);
        const header = await page.$eval(
          '[data-testid=shared-matrix] thead th.corner',
          (el) => el.getBoundingClientRect().top,
        );
        expect(header).toBeCloseTo((await wrap.boundingBox())!.y + 1, -1);
        await screenshot(page, 'shared-1024x700', true);
      } finally {
        await page.setViewportSize({ width: 1440, height: 900 });
      }
    });

    it('when rows are filtered by scope, then only initiatives of that scope remain and the graph shows the same rows', async () => {
      await page.goto(`${base}/?v=shared`);
      await page.waitForSelector('[data-testid=shared-matrix]');
      const all = await page.$$eval('[data-testid=shared-matrix] tbody tr', (trs) => trs.length);
      const scopes = await page.$$eval('[data-testid=filter-scope] option', (os) =>
        os.map((o) => o.getAttribute('value') ?? '').filter(Boolean),
      );
      expect(scopes.length).toBeGreaterThan(0);
      await page.selectOption('[data-testid=filter-scope]', 'national');
      await waitUntil(page, `document.querySelectorAll('[data-testid=shared-matrix] tbody tr').length < ${all}`);
      const tags = await page.$$eval('[data-testid=shared-matrix] .row-tags', (els) =>
        els.map((e) => e.textContent ?? ''),
      );
      expect(tags.every((tag) => tag.startsWith('全国性'))).toBe(true);
      await waitUntil(page, SAME_ROWS_IN_GRAPH);
    });

    it('when the threshold is 1, then the bipartite graph is two columns with a readable label on every node', async () => {
      await page.goto(`${base}/?v=shared&min=1`);
      await page.waitForSelector('[data-testid=shared-matrix]');
      await waitUntil(page, SAME_ROWS_IN_GRAPH);
      await page.waitForTimeout(300);
      const xs = (await page.evaluate(
        `[...new Set(window.govgraph.activeGraphStore.get().graph.mapNodes((n, a) => a.x))]`,
      )) as number[];
      expect(xs).toHaveLength(2);
      const { overlaps } = await overlappingLabels(page);
      expect(overlaps).toEqual([]);
      await screenshot(page, 'shared-threshold-1');
    });
  });

  describe('query', () => {
    it('when the named query posts-of runs for 宋志江, then it opens on the graph; its table shows chips and sentences, no JSON', async () => {
      await page.goto(`${base}/?v=query`);
      await page.click('[data-testid=query-library] button[data-query="posts-of"]');
      // Titles and parameter help in Chinese, from the query file's header.
      expect(await page.textContent('[data-testid=query-library] button[data-query="posts-of"]')).toContain(
        '某人的职务',
      );
      expect(await page.textContent('[data-testid=param-form]')).toContain('人物');
      await page.fill('[data-testid=param-form] input >> nth=0', '宋志江');
      await page.click('[data-testid=run-named]');
      await page.waitForSelector(`${TOP_FRAME} [data-testid=query-results]`);
      expect(await page.getAttribute(`${TOP_FRAME} [data-testid=query-results]`, 'data-tab')).toBe('graph');
      await waitUntil(page, `window.govgraph.activeGraphStore.get().graph?.order >= 2`);
      await page.click(`${TOP_FRAME} [data-testid=results-table-tab]`);
      const table = `${TOP_FRAME} [data-testid=results-table]`;
      expect(await page.textContent(table)).toContain('新绛县委');
      expect(await page.$$eval(`${table} [data-testid=node-chip]`, (els) => els.length)).toBeGreaterThan(0);
      expect(await page.$$eval(`${table} [data-testid=value-evidence]`, (els) => els.length)).toBeGreaterThan(0);
      const cells = await page.$$eval(`${table} td`, (els) => els.map((e) => e.textContent ?? ''));
      expect(cells.filter((c) => /[{}]|\\"|"\w+":/.test(c))).toEqual([]);
      expect(page.url()).toContain('qn=posts-of');
    });

    it('when a table-only query runs and then a path query, then each opens on the tab its own result calls for', async () => {
      await typeCypher(page, 'MATCH (p:Person) RETURN p.name AS name LIMIT 3');
      await page.keyboard.press('Control+Enter');
      await page.waitForSelector(`${TOP_FRAME} [data-testid=query-results][data-tab=table]`);
      await typeCypher(page, 'MATCH path = (:Person)-[:HOLDS_POST]->() RETURN path LIMIT 3');
      await page.keyboard.press('Control+Enter');
      await page.waitForSelector(`${TOP_FRAME} [data-testid=query-results][data-tab=graph]`);
      // The earlier frame is kept, folded, under the new one.
      expect(await page.$$eval('[data-testid=query-frame]', (els) => els.length)).toBeGreaterThanOrEqual(2);
    });

    it('when a property name is misspelt, then a warning names it, in Chinese, above the rows', async () => {
      await typeCypher(page, 'MATCH (p:Person) RETURN p.nmae AS x LIMIT 3');
      await page.keyboard.press('Control+Enter');
      const warning = await page.waitForSelector(`${TOP_FRAME} [data-testid=query-warnings]`);
      expect(await warning.textContent()).toContain('图中没有属性“nmae”');
      expect(await warning.textContent()).toMatch(/第 1 行第 \d+ 列/);
      await page.waitForSelector(`${TOP_FRAME} [data-testid=query-results]`);
      await screenshot(page, 'query-warning');
    });

    it('when a long query is cancelled, then its frame says so and its transaction is gone from Neo4j', async () => {
      await typeCypher(
        page,
        "UNWIND range(1, 100000000) AS a UNWIND range(1, 100000000) AS b RETURN count(*) AS n, 'e2e-cancel' AS m",
      );
      await page.keyboard.press('Control+Enter');
      await page.waitForSelector(`${TOP_FRAME}[data-status=running]`);
      expect(await waitForTransactions((n) => n > 0)).toBe(true);
      await page.click('[data-testid=cancel-query]');
      await page.waitForSelector(`${TOP_FRAME}[data-status=cancelled] >> text=查询已取消`);
      expect(await waitForTransactions((n) => n === 0)).toBe(true);
    });

    it('when a query is saved and the page reloaded, then it is in the favourites and the history keeps the runs', async () => {
      await typeCypher(page, 'MATCH (p:Person)-[h:HOLDS_POST]->(o) RETURN p, h, o LIMIT 20');
      await page.keyboard.press('Control+Enter');
      await page.waitForSelector(`${TOP_FRAME} [data-testid=query-results]`);
      await page.click(`${TOP_FRAME} [data-testid=frame-favourite]`);
      await page.reload();
      await page.click('[data-testid=side-memory]');
      expect(await page.textContent('[data-testid=query-favourites]')).toContain('MATCH (p:Person)-[h:HOLDS_POST]');
      const history = await page.textContent('[data-testid=query-history]');
      expect(history).toContain('p.nmae');
      expect(history).toContain('某人的职务');
      await page.click('[data-testid=query-favourites] button >> nth=0');
      await page.waitForSelector(`${TOP_FRAME}[data-status=ok] [data-testid=query-results]`);
      await waitUntil(page, `window.govgraph.activeGraphStore.get().graph?.order >= 2`);
      await layoutSettled(page);
      await screenshot(page, 'query', true);
    });
  });

  describe('narrow windows', () => {
    afterAll(async () => {
      await page.setViewportSize({ width: 1440, height: 900 });
    });
    const box = async (selector: string) => (await (await page.waitForSelector(selector)).boundingBox())!;

    it('when the window is under 1200 px, then the side panel folds away with the ☰ button and the graph takes the room', async () => {
      await page.setViewportSize({ width: 1024, height: 700 });
      const song = await personId('宋志江');
      await page.goto(`${base}/?x=${encodeURIComponent(song)}`);
      await waitUntil(page, `window.govgraph.activeGraphStore.get().graph?.order > 1`);
      expect(await page.isVisible('[data-testid=filters]')).toBe(true);
      await layoutSettled(page);
      await screenshot(page, 'explore-1024x700', true);
      const before = (await box('[data-testid=graph-view]')).width;
      await page.click('[data-testid=side-toggle]');
      await page.waitForSelector('[data-testid=filters]', { state: 'hidden' });
      await waitUntil(
        page,
        `document.querySelector('[data-testid=graph-view]').getBoundingClientRect().width > ${before + 150}`,
      );
      await page.click('[data-testid=side-toggle]');
      await page.waitForSelector('[data-testid=filters]', { state: 'visible' });
    });

    it('when the workbench is shown at 1024×700, then the editor, the library and the newest frame fit side by side', async () => {
      await page.setViewportSize({ width: 1024, height: 700 });
      await postsOfSongAsTable();
      const frame = await box(TOP_FRAME);
      const editor = await box('[data-testid=cypher-editor]');
      expect(editor.x + editor.width).toBeLessThanOrEqual(frame.x);
      expect(frame.x + frame.width).toBeLessThanOrEqual(1024);
      await screenshot(page, 'query-1024x700', true);
    });

    it('when the window is 800×600, then the side panel is a closed drawer and the legend does not cover the toolbar', async () => {
      await page.setViewportSize({ width: 800, height: 600 });
      await page.goto(`${base}/?x=${encodeURIComponent(await personId('宋志江'))}`);
      await waitUntil(page, `window.govgraph.activeGraphStore.get().graph?.order > 1`);
      expect(await page.isVisible('[data-testid=filters]')).toBe(false);
      const legend = await box('.legend');
      const toolbar = await box('.graph-toolbar');
      const overlap =
        legend.x < toolbar.x + toolbar.width &&
        toolbar.x < legend.x + legend.width &&
        legend.y < toolbar.y + toolbar.height &&
        toolbar.y < legend.y + legend.height;
      expect(overlap).toBe(false);
      await page.click('[data-testid=side-toggle]');
      await page.waitForSelector('[data-testid=filters]', { state: 'visible' });
      await screenshot(page, 'explore-800x600-drawer');
      await page.click('[data-testid=side-toggle]');
      await page.waitForSelector('[data-testid=filters]', { state: 'hidden' });
    });
  });

  describe('language', () => {
    /**
     * Latin words of three letters or more visible on screen, outside what is code or data by nature
     * (the Cypher editor and query texts, ids, file formats, key names, the product's name).
     */
    async function englishOnScreen(): Promise<string[]> {
      return (await page.evaluate(`(() => {
        const skip = 'code, pre, .cm-editor, input, textarea, select, .frame-caption, .history-text, .error-detail, .pinyin, canvas';
        const allowed = new Set(['GovGraph', 'English', 'Cypher', 'CSV', 'JSON', 'PNG', 'GEXF', 'Ctrl', 'Enter', 'Esc', 'Shift', 'LIMIT', 'UTF', 'GB18030', 'html', 'docx', 'txt', 'zip', 'URL', 'YYYY', 'MM', 'DD']);
        const words = new Set();
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          const el = n.parentElement;
          if (!el || el.closest(skip) || !el.checkVisibility()) continue;
          for (const w of n.textContent.match(/[A-Za-z]{3,}/g) || []) if (!allowed.has(w)) words.add(w);
        }
        return [...words];
      })()`)) as string[];
    }

    it('when the Chinese interface is on, then no English word is on screen in any view', async () => {
      const song = await personId('宋志江');
      const seen: Record<string, string[]> = {};
      await page.goto(`${base}/?sel=${encodeURIComponent(`n:${song}`)}&x=${encodeURIComponent(song)}`);
      await page.waitForSelector('[data-testid=node-details] h2:has-text("宋志江")');
      await page.waitForSelector('[data-testid=posts]');
      seen.explore = await englishOnScreen();
      await page.goto(`${base}/?v=leaders&scope=${encodeURIComponent('平陆县')}`);
      await page.waitForSelector('[data-testid=leaders-tree]');
      seen.leaders = await englishOnScreen();
      await page.goto(`${base}/?v=shared`);
      await page.waitForSelector('[data-testid=shared-matrix]');
      seen.shared = await englishOnScreen();
      await postsOfSongAsTable();
      seen.query = await englishOnScreen();
      expect(seen).toEqual({ explore: [], leaders: [], shared: [], query: [] });
    });

    it('when English is chosen, then the interface is in English and the link keeps it', async () => {
      await page.goto(`${base}/?v=shared`);
      await page.click('[data-testid=lang-switch]');
      await page.waitForSelector('[data-testid=tab-explore] >> text=Explore');
      expect(page.url()).toContain('lang=en');
      await page.reload();
      await page.waitForSelector('[data-testid=tab-shared] >> text=Shared initiatives');
    });
  });
});
