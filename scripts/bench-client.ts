/**
 * Render bench of the explorer (a script, not a test): serves the built client, opens
 * bench.html in headless Chromium with a generated graph (default 10,000 nodes, 50,000 edges)
 * and prints, for each mode of the page (everything drawn; edges and labels hidden while moving;
 * communities as meta-nodes), time to first render and the frame rate while panning and zooming,
 * as a markdown table with the machine and its load average.
 *
 *   npm run build:bench && npx tsx scripts/bench-client.ts [--nodes 10000] [--edges 50000] [--seconds 8] [--runs 3]
 *
 * Uses Debian's Chromium (/usr/bin/chromium, or CHROMIUM_PATH); PORT (default 8188) for the static server.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Server } from 'node:http';
import express from 'express';
import { chromium, type Page } from 'playwright-core';

const DIST = path.resolve(__dirname, '..', 'dist', 'bench');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** The bench page's modes (client/src/bench/main.tsx). */
const MODES = ['still', 'move', 'aggregate'] as const;
type Mode = (typeof MODES)[number];
const MODE_CAPTION: Record<Mode, string> = {
  still: 'every node, nothing hidden (camera set every frame)',
  move: 'every node, edges and labels hidden while moving (camera animated)',
  aggregate: 'communities as meta-nodes (camera set every frame)',
};

type Result = Record<string, number | string>;

/** Frames sigma drew during a circular mouse drag of `seconds`. */
async function drag(page: Page, seconds: number): Promise<number> {
  const renders0 = Number(await page.evaluate('window.benchRenders'));
  const dragStart = Date.now();
  await page.mouse.move(720, 450);
  await page.mouse.down();
  for (let i = 0; Date.now() - dragStart < seconds * 1000; i++)
    await page.mouse.move(720 + 200 * Math.cos(i / 10), 450 + 150 * Math.sin(i / 10), { steps: 2 });
  await page.mouse.up();
  const dragSeconds = (Date.now() - dragStart) / 1000;
  return Math.round(((Number(await page.evaluate('window.benchRenders')) - renders0) / dragSeconds) * 10) / 10;
}

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  const value = i >= 0 ? Number(process.argv[i + 1]) : fallback;
  if (!Number.isFinite(value) || value <= 0) throw new Error(`--${name} must be a positive number`);
  return value;
}

async function main(): Promise<void> {
  if (!fs.existsSync(path.join(DIST, 'bench.html')))
    throw new Error(`${DIST}/bench.html is missing: run "npm run build:bench" first.`);
  const nodes = arg('nodes', 10000);
  const edges = arg('edges', 50000);
  const seconds = arg('seconds', 8);
  const runs = arg('runs', 3);
  const port = Number(process.env.PORT ?? 8188);

  const app = express();
  app.use(express.static(DIST));
  const server = await new Promise<Server>((resolve, reject) => {
    const s = app.listen(port, '127.0.0.1', () => resolve(s));
    s.on('error', reject);
  });
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
  try {
    const version = browser.version();
    const cpus = os.cpus();
    const load = (): string =>
      os
        .loadavg()
        .map((l) => l.toFixed(2))
        .join(' ');
    const loadBefore = load();
    console.log(
      `machine: ${cpus[0]?.model ?? 'unknown CPU'} × ${cpus.length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB, ${os.platform()} ${os.release()}; load average ${loadBefore}`,
    );
    console.log(`browser: Chromium ${version}, headless, no GPU (WebGL on SwiftShader, i.e. on the CPU)`);
    console.log(
      `graph: ${nodes} nodes, ${edges} edges; viewport 1440×900; ${seconds} s of continuous pan + zoom per mode and run\n`,
    );
    const results = new Map<Mode, Result[]>(MODES.map((m) => [m, []]));
    for (let run = 1; run <= runs; run++) {
      for (const mode of MODES) {
        const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
        page.on('pageerror', (e) => console.error('page error:', e.message));
        await page.goto(
          `http://127.0.0.1:${port}/bench.html?nodes=${nodes}&edges=${edges}&seconds=${seconds}&mode=${mode}`,
        );
        await page.waitForFunction('document.title === "done"', undefined, {
          timeout: (seconds + 120) * 1000,
          polling: 500,
        });
        const result = (await page.evaluate('window.benchResult')) as Result;
        // A real drag with the mouse, as a user pans: sigma counts it as moving, so edges and labels hide.
        if (mode === 'move') result.dragFps = await drag(page, seconds);
        console.log(`run ${run} ${mode}: ${JSON.stringify(result)}`);
        results.get(mode)!.push(result);
        await page.close();
      }
    }
    const median = (mode: Mode, key: keyof Result): number => {
      const values = results
        .get(mode)!
        .map((r) => Number(r[key] ?? 0))
        .sort((a, b) => a - b);
      return values[Math.floor(values.length / 2)] ?? 0;
    };
    console.log(
      `\nMachine: ${cpus[0]?.model ?? 'unknown CPU'}, ${cpus.length} cores; load average (1, 5, 15 min) ${loadBefore} before, ${load()} after; ` +
        `headless Chromium ${version} without a GPU (SwiftShader). ${nodes} nodes, ${edges} edges, median of ${runs} runs of ${seconds} s.\n`,
    );
    console.log(
      '| mode | drawn (nodes / edges) | first render | fps while panning + zooming (frame p50 / p95) | fps, mouse drag |',
    );
    console.log('|---|---|---|---|---|');
    for (const mode of MODES)
      console.log(
        `| ${MODE_CAPTION[mode]} | ${median(mode, 'nodes')} / ${median(mode, 'edges')} | ${(median(mode, 'firstRenderMs') / 1000).toFixed(1)} s (generation ${(median(mode, 'generateMs') / 1000).toFixed(1)} s) | ` +
          `${median(mode, 'fps')} (${Math.round(median(mode, 'frameMsP50'))} / ${Math.round(median(mode, 'frameMsP95'))} ms) | ${mode === 'move' ? median(mode, 'dragFps') : '–'} |`,
      );
  } finally {
    await browser.close();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exitCode = 1;
});
