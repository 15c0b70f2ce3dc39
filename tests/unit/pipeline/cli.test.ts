import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PipelineError } from '../../../pipeline/errors';
import { parseArgs } from '../../../pipeline/cli/extract';

const ROOT = path.resolve(__dirname, '..', '..', '..');

describe('extract CLI', () => {
  it('when an option is unknown, then parseArgs throws a usage error', () => {
    expect(() => parseArgs(['--input', 'x'])).toThrow(PipelineError);
  });

  it('when --in has no value, then parseArgs throws a usage error', () => {
    expect(() => parseArgs(['--in'])).toThrow(PipelineError);
  });

  it('when the input folder does not exist, then it exits 1 with a message and writes nothing', () => {
    const out = path.join(os.tmpdir(), `govgraph-none-${process.pid}.json`);
    const run = spawnSync(
      process.execPath,
      ['--import', 'tsx', 'pipeline/cli/extract.ts', '--in', '/nonexistent/govgraph', '--out', out],
      { cwd: ROOT, encoding: 'utf8' },
    );
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/does not exist/);
    expect(fs.existsSync(out)).toBe(false);
  });

  it('when run on a folder with a good and a bad file, then it writes the graph and reports counts and the bad file', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'govgraph-cli-'));
    fs.writeFileSync(path.join(dir, 'a.txt'), '新绛县委书记宋志江在三泉镇调研。');
    fs.writeFileSync(path.join(dir, 'b.txt'), '');
    const out = path.join(dir, 'out', 'graph.json');
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'pipeline/cli/extract.ts', '--in', dir, '--out', out], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(run.status).toBe(0);
    expect(run.stderr).toMatch(/Person: 1/);
    expect(run.stderr).toMatch(/b\.txt: \[empty\]/);
    const doc = JSON.parse(fs.readFileSync(out, 'utf8')) as { format: string; nodes: unknown[] };
    expect(doc.format).toBe('govgraph/1');
  });
});
