/**
 * npm run load -- [--in graph.json] [--replace] [--clear] [--batch-size N]
 *
 * Loads a graph document (default: the bundled graph-data/graph.json) into the configured Neo4j.
 * Progress goes to stderr, the summary to stdout. Exit status: 0 loaded, 1 failed, 2 bad arguments.
 */
import { batchSizeArg } from './batch-size';
import { parseArgs } from 'node:util';
import {
  BUNDLED_GRAPH,
  clearLoaded,
  DEFAULT_BATCH_SIZE,
  formatSummary,
  loadGraph,
  readGraphDocument,
  type ProgressEvent,
} from '../load';
import { openDatabase } from '../../db/database';

const USAGE = `usage: npm run load -- [--in graph.json] [--replace] [--clear] [--batch-size N]

  --in FILE         graph document to load (default: ${BUNDLED_GRAPH})
  --replace         first take out what earlier loads read from the same articles
                    (their evidence; nodes and relationships left without any article are deleted)
  --clear           first delete everything the project loaded (data it did not write is never touched)
  --batch-size N    rows per transaction (default ${DEFAULT_BATCH_SIZE})`;

function progress(e: ProgressEvent): void {
  process.stderr.write(
    `  ${e.phase.padEnd(13)} ${e.group.padEnd(36)} ${e.total === undefined ? e.done : `${e.done}/${e.total}`}\n`,
  );
}

async function main(argv: string[]): Promise<number> {
  let args;
  try {
    args = parseArgs({
      args: argv,
      options: {
        in: { type: 'string' },
        replace: { type: 'boolean' },
        clear: { type: 'boolean' },
        'batch-size': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
    }).values;
  } catch (err) {
    console.error(`${(err as Error).message}\n\n${USAGE}`);
    return 2;
  }
  if (args.help) return (console.log(USAGE), 0);
  const batchSize = batchSizeArg(args['batch-size'], USAGE);
  if (batchSize === undefined) return 2;

  // Read and check the file before connecting: a bad file changes nothing.
  const document = readGraphDocument(args.in ?? BUNDLED_GRAPH);
  const { driver, database } = await openDatabase();
  try {
    if (args.clear) console.error(`Deleted ${await clearLoaded(driver, database, batchSize)} node(s) loaded earlier.`);
    const summary = await loadGraph(driver, database, document, {
      batchSize,
      replace: args.replace,
      onProgress: progress,
    });
    console.log(formatSummary(summary));
    return 0;
  } finally {
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
