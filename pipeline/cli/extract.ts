/**
 * npm run extract [-- --in <folder> --out <file.json>]
 * Default: graph-data/corpus → graph-data/graph.json. Progress and the summary go to stderr
 * (counts per label and relationship type, then each file's problems); the exit code is 1
 * only when nothing could be extracted at all.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { GraphDocument } from '../../model/graph';
import { PipelineError } from '../errors';
import { extractFolder } from '../run';

const ROOT = path.resolve(__dirname, '..', '..');

export interface CliArgs {
  input: string;
  output: string;
}

export function parseArgs(argv: readonly string[]): CliArgs {
  const args: CliArgs = {
    input: path.join(ROOT, 'graph-data', 'corpus'),
    output: path.join(ROOT, 'graph-data', 'graph.json'),
  };
  for (let k = 0; k < argv.length; k += 1) {
    const flag = argv[k];
    const value = argv[k + 1];
    if ((flag === '--in' || flag === '--out') && (!value || value.startsWith('--')))
      throw new PipelineError('usage', `${flag} needs a value.`);
    if (flag === '--in') args.input = path.resolve(value!);
    else if (flag === '--out') args.output = path.resolve(value!);
    else
      throw new PipelineError(
        'usage',
        `Unknown option ${flag}. Usage: npm run extract -- [--in <folder>] [--out <file.json>]`,
      );
    k += 1;
  }
  return args;
}

export function summary(doc: GraphDocument): string {
  const count = (values: string[]) => {
    const m = new Map<string, number>();
    for (const v of values) m.set(v, (m.get(v) ?? 0) + 1);
    return [...m].sort((a, b) => (a[0] < b[0] ? -1 : 1)).map(([k, n]) => `  ${k}: ${n}`);
  };
  const lines = [
    `${doc.nodes.length} nodes, ${doc.relationships.length} relationships`,
    'Nodes by label:',
    ...count(doc.nodes.map((n) => n.labels[0]!)),
    'Relationships by type:',
    ...count(doc.relationships.map((r) => r.type)),
  ];
  const problems = doc.problems ?? [];
  lines.push(
    problems.length === 0 ? 'No problems.' : `Problems (${problems.length}):`,
    ...problems.map((p) => `  ${p.source}: [${p.code}] ${p.message}`),
  );
  return lines.join('\n');
}

function main(): number {
  let args: CliArgs;
  try {
    args = parseArgs(process.argv.slice(2));
  } catch (e) {
    process.stderr.write(`${(e as Error).message}\n`);
    return 2;
  }
  const started = Date.now();
  try {
    const doc = extractFolder(args.input, {
      onProgress: (done, total, id) => {
        if (total >= 20 && (done % Math.ceil(total / 20) === 0 || done === total))
          process.stderr.write(`extracted ${done}/${total} (${id})\n`);
      },
    });
    fs.mkdirSync(path.dirname(args.output), { recursive: true });
    fs.writeFileSync(args.output, `${JSON.stringify(doc, null, 1)}\n`);
    const shown = path.relative(process.cwd(), args.output);
    process.stderr.write(
      `${summary(doc)}\nWrote ${shown.startsWith('..') ? args.output : shown} in ${Date.now() - started} ms.\n`,
    );
    return doc.generatedFrom && doc.generatedFrom.length > 0 ? 0 : 1;
  } catch (e) {
    if (e instanceof PipelineError) {
      process.stderr.write(`${e.message}\n`);
      return 1;
    }
    throw e;
  }
}

if (require.main === module) process.exitCode = main();
