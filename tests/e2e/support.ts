/**
 * End-to-end support: the graph loaded into the test Neo4j with the real loader, the real server
 * (serving the built client from dist/client) on an ephemeral port, and Debian's Chromium.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import type { Browser, Page } from 'playwright-core';
import { chromium } from 'playwright-core';
import { BUNDLED_GRAPH, loadGraph, readGraphDocument } from '../../pipeline/load';
import { CLIENT_DIST } from '../../server/app';
import type { Running } from '../../server/main';
import { serveWithArticles } from '../../scripts/serve-articles';
import { startTestServer, testConfig, testDriver } from '../support/server';

export const ARTIFACTS = path.resolve(__dirname, '..', '..', 'test-artifacts', 'e2e');
export const SCREENSHOTS = path.resolve(__dirname, '..', '..', 'docs', 'screenshots');
const MINI_GRAPH = path.resolve(__dirname, '..', 'fixtures', 'graphs', 'mini.json');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** The bundled corpus graph once the extraction has produced it; until then the mini graph made from corpus sentences. */
export const E2E_GRAPH = fs.existsSync(BUNDLED_GRAPH) ? BUNDLED_GRAPH : MINI_GRAPH;

export interface Explorer {
  server: Running;
  browser: Browser;
  page: Page;
  close(): Promise<void>;
}

function requireBuildAndBrowser(): void {
  if (!fs.existsSync(path.join(CLIENT_DIST, 'index.html')))
    throw new Error(`${CLIENT_DIST} has no client build: run "npm run build" (npm test does).`);
  if (!fs.existsSync(CHROMIUM))
    throw new Error(`No Chromium at ${CHROMIUM}: apt-get install chromium fonts-noto-cjk (or set CHROMIUM_PATH).`);
}

/** Chromium with one Chinese-locale page on the running server; close() stops both. */
async function openBrowser(server: Running): Promise<Explorer> {
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
  });
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' });
  page.setDefaultTimeout(20000);
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  return {
    server,
    browser,
    page,
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}

/** Empties the suite's own test database (global setup proved the suite owns it). */
async function emptyTestGraph(fill?: (driver: Driver, database: string) => Promise<void>): Promise<void> {
  const driver = testDriver();
  const database = process.env.NEO4J_DATABASE ?? 'neo4j';
  try {
    await driver.executeQuery('MATCH (n) DETACH DELETE n', {}, { database });
    await fill?.(driver, database);
  } finally {
    await driver.close();
  }
}

export async function startExplorer(): Promise<Explorer> {
  requireBuildAndBrowser();
  await emptyTestGraph((driver, database) =>
    loadGraph(driver, database, readGraphDocument(E2E_GRAPH)).then(() => undefined),
  );
  return openBrowser(await startTestServer());
}

export const E2E_TOKEN = 'e2e-admin-token-0123456789';

/**
 * The explorer with its article writer (as `npm start` runs it) on an empty test graph and a fresh
 * temporary DATA_DIR, so nothing of the user's store or database is touched; the write token is E2E_TOKEN.
 */
export async function startArticlesExplorer(): Promise<Explorer & { dataDir: string }> {
  requireBuildAndBrowser();
  await emptyTestGraph();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'govgraph-e2e-articles-'));
  const server = await serveWithArticles(testConfig({ ADMIN_TOKEN: E2E_TOKEN, DATA_DIR: dataDir }), { corpus: false });
  const explorer = await openBrowser(server);
  return {
    ...explorer,
    dataDir,
    close: async () => {
      await explorer.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * Screenshots go to the git-ignored test-artifacts/e2e. The tracked README screenshots in
 * docs/screenshots change only when asked for (`npm run screenshots` sets GOVGRAPH_SCREENSHOTS=readme),
 * so an ordinary test run never dirties the working tree.
 */
export const README_SCREENSHOTS = process.env.GOVGRAPH_SCREENSHOTS === 'readme';

/** A screenshot in test-artifacts/e2e; `readme` names one the README shows, copied there by `npm run screenshots`. */
export async function screenshot(page: Page, name: string, readme = false): Promise<void> {
  const file = path.join(ARTIFACTS, `${name}.png`);
  await page.screenshot({ path: file });
  if (readme && README_SCREENSHOTS) {
    fs.mkdirSync(SCREENSHOTS, { recursive: true });
    fs.copyFileSync(file, path.join(SCREENSHOTS, `${name}.png`));
  }
}

/**
 * The label boxes of the current view's graph, in page pixels, measured with the label font, the
 * pairs of them that overlap, and those off the canvas or under the legend. sigma draws a label
 * to the right of its node.
 */
export async function overlappingLabels(
  page: Page,
): Promise<{ labels: number; overlaps: string[][]; outside: string[] }> {
  return (await page.evaluate(`(() => {
    const sigma = window.govgraph.activeGraphStore.get().sigma;
    const graph = sigma.getGraph();
    const settings = sigma.getSettings();
    const ctx = document.createElement('canvas').getContext('2d');
    ctx.font = settings.labelWeight + ' ' + settings.labelSize + 'px ' + settings.labelFont;
    const box = sigma.getContainer().getBoundingClientRect();
    const boxes = graph.nodes().map((node) => {
      const data = sigma.getNodeDisplayData(node);
      const p = sigma.framedGraphToViewport(data);
      const label = graph.getNodeAttribute(node, 'label') || '';
      const size = sigma.scaleSize ? sigma.scaleSize(data.size) : data.size;
      const left = p.x + size + 3, top = p.y - settings.labelSize / 2;
      return { label, left, right: left + ctx.measureText(label).width, top, bottom: top + settings.labelSize };
    });
    const overlaps = [];
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i], b = boxes[j];
        if (a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom) overlaps.push([a.label, b.label]);
      }
    // The legend sits over the canvas: a label under it is as hidden as one off the edge.
    const legendEl = sigma.getContainer().parentElement.parentElement.querySelector('.legend');
    const l = legendEl ? legendEl.getBoundingClientRect() : null;
    const legend = l ? { left: l.left - box.left, right: l.right - box.left, top: l.top - box.top, bottom: l.bottom - box.top } : null;
    const covered = (b) => legend && b.left < legend.right && legend.left < b.right && b.top < legend.bottom && legend.top < b.bottom;
    const outside = boxes.filter((b) => b.left < 0 || b.top < 0 || b.bottom > box.height || covered(b)).map((b) => b.label);
    return { labels: boxes.length, overlaps, outside };
  })()`)) as { labels: number; overlaps: string[][]; outside: string[] };
}

/** Number of nodes the current view's graph holds, as the page renders it. */
export async function graphOrder(page: Page): Promise<number> {
  return Number(await page.evaluate('window.govgraph.activeGraphStore.get().graph?.order ?? 0'));
}

/** Where a node is drawn, in page pixels, for real mouse interaction with the canvas. */
export async function nodePosition(page: Page, node: string): Promise<{ x: number; y: number }> {
  const viewport = (await page.evaluate(`(() => {
    const sigma = window.govgraph.activeGraphStore.get().sigma;
    const data = sigma.getNodeDisplayData(${JSON.stringify(node)});
    const p = sigma.framedGraphToViewport(data);
    const box = sigma.getContainer().getBoundingClientRect();
    return { x: p.x + box.left, y: p.y + box.top };
  })()`)) as { x: number; y: number };
  return viewport;
}

/**
 * Polls a JavaScript expression in the page until it is truthy. (page.waitForFunction would
 * evaluate it with eval inside the page, which the app's Content Security Policy forbids.)
 */
export async function waitUntil(page: Page, expression: string, timeoutMs = 20000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await page.evaluate(expression))) {
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for: ${expression}`);
    await page.waitForTimeout(100);
  }
}

/** Waits until the layout has stopped, so positions (and screenshots) are stable. */
export async function layoutSettled(page: Page): Promise<void> {
  await waitUntil(page, `!document.querySelector('[data-testid=layout-toggle][aria-pressed=true]')`);
}

/** Replaces the Cypher editor's text (a CodeMirror content-editable). */
export async function typeCypher(page: Page, text: string): Promise<void> {
  await page.click('[data-testid=cypher-editor] .cm-content');
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Delete');
  await page.keyboard.insertText(text);
}
