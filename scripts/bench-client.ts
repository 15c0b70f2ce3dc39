/**
 * Render bench of the explorer (a script, not a test): serves the built client, opens
 * bench.html in headless Chromium with a generated graph (default 10,000 nodes, 50,000 edges)
 * and prints time to first render and the frame rate while panning and zooming.
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
import { chromium } from 'playwright-core';

const DIST = path.resolve(__dirname, '..', 'dist', 'bench');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

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
    console.log(
      `machine: ${os.cpus()[0]?.model ?? 'unknown CPU'} × ${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB, ${os.platform()} ${os.release()}`,
    );
    console.log(`browser: Chromium ${version}, headless, no GPU (WebGL on SwiftShader, i.e. on the CPU)`);
    console.log(
      `graph: ${nodes} nodes, ${edges} edges; viewport 1440×900; ${seconds} s of continuous pan + zoom per run\n`,
    );
    const results: Record<string, number>[] = [];
    for (let run = 1; run <= runs; run++) {
      const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
      page.on('pageerror', (e) => console.error('page error:', e.message));
      await page.goto(`http://127.0.0.1:${port}/bench.html?nodes=${nodes}&edges=${edges}&seconds=${seconds}`);
      await page.waitForFunction('document.title === "done"', undefined, {
        timeout: (seconds + 120) * 1000,
        polling: 500,
      });
      const result = (await page.evaluate('window.benchResult')) as Record<string, number>;
      // A real drag with the mouse, as a user pans: large graphs hide edges while moving.
      const renders0 = Number(await page.evaluate('window.benchRenders'));
      const dragStart = Date.now();
      await page.mouse.move(720, 450);
      await page.mouse.down();
      for (let i = 0; Date.now() - dragStart < seconds * 1000; i++)
        await page.mouse.move(720 + 200 * Math.cos(i / 10), 450 + 150 * Math.sin(i / 10), { steps: 2 });
      await page.mouse.up();
      const dragSeconds = (Date.now() - dragStart) / 1000;
      result.dragFps =
        Math.round(((Number(await page.evaluate('window.benchRenders')) - renders0) / dragSeconds) * 10) / 10;
      console.log(`run ${run}: ${JSON.stringify(result)}`);
      results.push(result);
      await page.close();
    }
    const median = (key: string): number => {
      const values = results.map((r) => r[key] ?? 0).sort((a, b) => a - b);
      return values[Math.floor(values.length / 2)] ?? 0;
    };
    console.log(
      `\nmedian of ${runs}: first render ${median('firstRenderMs')} ms (graph generation ${median('generateMs')} ms, sigma ${median('renderOnlyMs')} ms); ` +
        `${median('fps')} fps while panning/zooming (frame p50 ${median('frameMsP50')} ms, p95 ${median('frameMsP95')} ms); ${median('dragFps')} fps during a mouse drag (edges hidden while moving)`,
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
