import os from 'node:os';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { testDriver } from '../../support/server';
import { counts, emptyDatabase, MINI, readMini } from './graph-helpers';
import { runCli } from './run-cli';

describe('npm run load', () => {
  let driver: Driver;
  beforeAll(async () => {
    driver = testDriver();
    await emptyDatabase(driver);
  });
  afterAll(async () => {
    await emptyDatabase(driver);
    await driver.close();
  });

  it('when an option is unknown or the batch size is not a number, then it exits 2 with the usage', async () => {
    for (const args of [['--frobnicate'], ['--batch-size', 'many']]) {
      const { code, stderr } = await runCli('pipeline/cli/load.ts', args);
      expect(code).toBe(2);
      expect(stderr).toMatch(/usage: npm run load/);
    }
  });

  it('when the graph file does not exist, then it exits 1 naming the file and writes nothing', async () => {
    const missing = path.join(os.tmpdir(), 'no-such-graph.json');
    const { code, stderr } = await runCli('pipeline/cli/load.ts', ['--in', missing]);
    expect(code).toBe(1);
    expect(stderr).toContain(`Cannot read the graph file ${missing}: no such file`);
    expect(stderr).not.toMatch(/\bat .*\.ts:\d+/);
    expect(await counts(driver)).toEqual({ nodes: 0, relationships: 0 });
  });

  it('when a graph is loaded, then it prints progress and a summary per label and type', async () => {
    const { code, stdout, stderr } = await runCli('pipeline/cli/load.ts', ['--in', MINI, '--batch-size', '3']);
    expect(code).toBe(0);
    expect(stderr).toMatch(/nodes\s+Person\s+5\/5/);
    expect(stdout).toMatch(/^Loaded 5 article\(s\) into database "neo4j" in [\d.]+ s/);
    expect(stdout).toMatch(/Person\s+5\s+0\s+0/);
    expect(stdout).toMatch(/HOLDS_POST\s+7\s+0\s+0/);
    const mini = readMini();
    expect(await counts(driver)).toEqual({ nodes: mini.nodes.length, relationships: mini.relationships.length });
  });
});
