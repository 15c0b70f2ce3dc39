/**
 * npm run rebuild -- [--data DIR] [--batch-size N]
 *
 * Re-extracts every article of the store (DATA_DIR, default ./data; the bundled corpus when empty) with
 * the current extractor and reloads the graph, replacing only what the project loaded. Exit status: 0
 * rebuilt, 1 failed, 2 bad arguments. While `npm start` runs, use POST /api/rebuild instead (one writer).
 */
import { batchSizeArg } from './batch-size';
import { parseArgs } from 'node:util';
import { openDatabase } from '../../db/database';
import { ArticleStore, DEFAULT_DATA_DIR, JobStore } from '../../store';
import { EXTRACTOR_VERSION } from '../extract/version';
import { ArticleJobs, importCorpusIfEmpty } from '../jobs';
import { DEFAULT_BATCH_SIZE } from '../load';

const USAGE = `usage: npm run rebuild -- [--data DIR] [--batch-size N]

  --data DIR        the article store (default: DATA_DIR or ${DEFAULT_DATA_DIR})
  --batch-size N    rows per transaction (default ${DEFAULT_BATCH_SIZE})`;

async function main(argv: string[]): Promise<number> {
  let args;
  try {
    args = parseArgs({
      args: argv,
      options: { data: { type: 'string' }, 'batch-size': { type: 'string' }, help: { type: 'boolean', short: 'h' } },
      strict: true,
    }).values;
  } catch (err) {
    console.error(`${(err as Error).message}\n\n${USAGE}`);
    return 2;
  }
  if (args.help) return (console.log(USAGE), 0);
  const batchSize = batchSizeArg(args['batch-size'], USAGE);
  if (batchSize === undefined) return 2;
  const dataDir = args.data ?? process.env.DATA_DIR ?? DEFAULT_DATA_DIR;
  const store = new ArticleStore(dataDir);
  const imported = importCorpusIfEmpty(store);
  if (imported)
    console.error(`The store was empty: copied the ${imported} articles of the bundled corpus into ${dataDir}.`);
  const { driver, database } = await openDatabase();
  const jobs = new ArticleJobs({ store, jobs: new JobStore(dataDir), driver, database, batchSize });
  try {
    const r = await jobs.sync(true);
    console.log(
      `Rebuilt ${r.loaded.length} article(s) with extractor version ${EXTRACTOR_VERSION} from ${dataDir}: ` +
        `extracted in ${(r.extractMs / 1000).toFixed(1)} s, loaded in ${(r.loadMs / 1000).toFixed(1)} s; ` +
        `nodes ${r.added.nodes >= 0 ? '+' : ''}${r.added.nodes}, relationships ${r.added.relationships >= 0 ? '+' : ''}${r.added.relationships}` +
        (r.removed.length ? `; ${r.removed.length} article(s) no longer stored were taken out` : '') +
        '.',
    );
    for (const p of r.problems) console.error(`  ${p.source}: ${p.message} [${p.code}]`);
    return 0;
  } finally {
    await jobs.close();
    await driver.close();
  }
}

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (err: unknown) => {
    console.error(err instanceof Error ? err.message : String(err));
    process.exitCode = 1;
  },
);
