/**
 * The API with its article writer: the store in DATA_DIR (given the bundled corpus when empty), the
 * ingest jobs of the pipeline (resumed after a restart) and the graph brought in step with the store.
 * `npm start` and the tests compose it here, because the server never imports the pipeline.
 */
import { createDriver } from '../db/driver';
import { ArticleJobs, importCorpusIfEmpty, type JobsOptions } from '../pipeline/jobs';
import type { Config } from '../server/config';
import { log } from '../server/log';
import { serve, type Running } from '../server/main';
import { ArticleStore, JobStore } from '../store';

export interface RunningWithArticles extends Running {
  jobs: ArticleJobs;
  store: ArticleStore;
}

export interface ArticleOptions {
  /** Import the bundled corpus into an empty store (default true). */
  corpus?: boolean;
  /** Sync the graph with the store before answering (default true). */
  sync?: boolean;
  retry?: JobsOptions['retry'];
}

export async function serveWithArticles(config: Config, options: ArticleOptions = {}): Promise<RunningWithArticles> {
  const store = new ArticleStore(config.DATA_DIR);
  store.sweep();
  if (options.corpus !== false) {
    const imported = importCorpusIfEmpty(store);
    if (imported)
      log.info('bundled corpus copied into the article store', { articles: imported, dataDir: config.DATA_DIR });
  }
  const driver = createDriver(config);
  const jobs = new ArticleJobs({
    store,
    jobs: new JobStore(config.DATA_DIR),
    driver,
    database: config.NEO4J_DATABASE,
    retry: options.retry,
    onError: (message, error) => log.error(message, { error: error instanceof Error ? error.message : String(error) }),
  });
  const resumed = jobs.resume();
  if (resumed.length) log.info('unfinished jobs resumed', { jobs: resumed.map((j) => j.id) });
  if (options.sync !== false) {
    try {
      const result = await jobs.sync();
      log.info('graph in step with the article store', {
        written: result.written.length,
        removed: result.removed.length,
        full: result.full,
      });
    } catch (err) {
      log.error('loading the article store failed', {
        error: err instanceof Error ? err.message : String(err),
        retry: 'npm run rebuild',
      });
    }
  }
  const running = await serve(config, { articles: jobs });
  return {
    ...running,
    jobs,
    store,
    close: async () => {
      await jobs.close();
      await running.close();
      await driver.close();
    },
  };
}
