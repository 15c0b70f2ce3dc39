/**
 * Extraction quality on text no rule was written from: runs the real pipeline over each split of the
 * development set (tests/fixtures/devset/{dev,test}) and over the bundled corpus (scored on the seed
 * annotations of tests/fixtures/annotations), and prints one markdown table per split.
 *
 * Usage: npx tsx scripts/eval-extract.ts [--split dev|test|seeds|all] [--json] [--misses]
 *   --misses lists what each measure missed or got wrong, for dev and seeds only: test/ is frozen,
 *   nobody tunes rules on it, so its misses are not printed (they are in --json for the record).
 */
import path from 'node:path';
import { extractFolder } from '../pipeline/run';
import { readDevsetFolder, readSeedFolder, type ScoredAnnotation } from './eval/annotation';
import { details, markdownTable } from './eval/report';
import { scoreSplit, type SplitScore } from './eval/score';

const ROOT = path.resolve(__dirname, '..');
const DEVSET = path.join(ROOT, 'tests', 'fixtures', 'devset');

const SPLITS: Record<
  string,
  { title: string; articles: string; annotations: () => ScoredAnnotation[]; frozen?: boolean }
> = {
  dev: {
    title: 'dev',
    articles: path.join(DEVSET, 'dev'),
    annotations: () => readDevsetFolder(path.join(DEVSET, 'dev')),
  },
  test: {
    title: 'test (frozen)',
    articles: path.join(DEVSET, 'test'),
    annotations: () => readDevsetFolder(path.join(DEVSET, 'test')),
    frozen: true,
  },
  seeds: {
    title: 'seeds (bundled corpus, in-sample)',
    articles: path.join(ROOT, 'graph-data', 'corpus'),
    annotations: () => readSeedFolder(path.join(ROOT, 'tests', 'fixtures', 'annotations')),
  },
};

function usage(message: string): never {
  process.stderr.write(
    `${message}\nUsage: npx tsx scripts/eval-extract.ts [--split dev|test|seeds|all] [--json] [--misses]\n`,
  );
  process.exit(2);
}

function parseArgs(argv: string[]): { splits: string[]; json: boolean; misses: boolean } {
  let split = 'all';
  let json = false;
  let misses = false;
  for (let i = 0; i < argv.length; i += 1) {
    const a = argv[i];
    if (a === '--json') json = true;
    else if (a === '--misses') misses = true;
    else if (a === '--split') split = argv[(i += 1)] ?? usage('--split needs a value');
    else if (a?.startsWith('--split=')) split = a.slice('--split='.length);
    else usage(`Unknown option ${a}`);
  }
  if (split !== 'all' && !(split in SPLITS)) usage(`Unknown split ${split}`);
  return { splits: split === 'all' ? Object.keys(SPLITS) : [split], json, misses };
}

function main(): void {
  const { splits, json, misses } = parseArgs(process.argv.slice(2));
  const scores: Record<string, SplitScore> = {};
  for (const name of splits) {
    const split = SPLITS[name]!;
    scores[name] = scoreSplit(extractFolder(split.articles), split.annotations());
  }
  if (json) {
    process.stdout.write(`${JSON.stringify(scores, null, 2)}\n`);
    return;
  }
  const parts = splits.map((name) => {
    const split = SPLITS[name]!;
    const table = markdownTable(split.title, scores[name]!);
    if (!misses) return table;
    if (split.frozen) return `${table}\n\n(test/ is frozen: its misses are not listed)`;
    return `${table}\n\n${details(scores[name]!)}`;
  });
  process.stdout.write(`${parts.join('\n\n')}\n`);
}

main();
