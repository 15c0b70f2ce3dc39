/** The app factory: tests build it against the real database on an ephemeral port. */
import fs from 'node:fs';
import path from 'node:path';
import express, { Express } from 'express';
import helmet from 'helmet';
import type { Driver } from 'neo4j-driver';
import type { Config } from './config';
import { ArticleStore } from '../store';
import { requireToken } from './auth';
import { allowedHosts, apiNotFound, budget, cors, errorHandler, hsts, requestLog } from './middleware';
import { openApiDocument } from './openapi';
import { ArticleRepository } from './repositories/article-repository';
import { HealthRepository } from './repositories/health-repository';
import { QueryRunner, runLimits } from './repositories/query-runner';
import { TransactionRepository } from './repositories/transaction-repository';
import { articleRoutes } from './routes/articles';
import { graphRoutes } from './routes/graph';
import { healthRoutes } from './routes/health';
import { queryRoutes } from './routes/queries';
import { ArticleService, type ArticleWriter } from './services/article-service';
import { ConsolePool } from './services/console-pool';
import { GraphService } from './services/graph-service';
import { HealthService } from './services/health-service';
import { QueryLibrary } from './services/query-library';

export const CLIENT_DIST = path.resolve(__dirname, '..', 'dist', 'client');

export interface AppDeps {
  driver: Driver;
  config: Config;
  /** Adds, removes and rebuilds articles (pipeline/jobs, handed in by scripts/); without it writes answer 503. */
  articles?: ArticleWriter;
}

export interface App {
  app: Express;
  /** Ends what the app started besides the driver (console workers). */
  close(): Promise<void>;
}

export function createApp({ driver, config, articles }: AppDeps): App {
  const app = express();
  app.disable('x-powered-by');
  app.set('query parser', 'simple');
  app.use(requestLog);
  app.use(allowedHosts(config.allowedHosts));
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          // sigma draws with WebGL and workers built from blobs (ForceAtlas2 supervisor).
          'worker-src': ["'self'", 'blob:'],
          'img-src': ["'self'", 'data:', 'blob:'],
          // The server speaks plain HTTP on loopback; upgrading would break every request.
          'upgrade-insecure-requests': config.HSTS === 'always' ? [] : null,
        },
      },
      strictTransportSecurity: false,
    }),
  );
  app.use(hsts(config.HSTS));
  app.use('/api', budget(config.API_RATE_LIMIT, 'API requests'));
  app.use(
    '/api',
    cors(
      config.CORS_ORIGINS.split(',')
        .map((o) => o.trim())
        .filter(Boolean),
    ),
  );
  // Before the JSON parser of the other endpoints: uploads and pasted articles are larger than 64 kB.
  const articleService = new ArticleService(
    new ArticleStore(config.DATA_DIR),
    new ArticleRepository(driver, config.NEO4J_DATABASE),
    articles,
  );
  app.use(
    '/api',
    articleRoutes(articleService, requireToken(config.ADMIN_TOKEN), {
      maxFileBytes: Math.round(config.UPLOAD_MAX_FILE_MB * 1024 * 1024),
      maxRequestBytes: Math.round(config.UPLOAD_MAX_REQUEST_MB * 1024 * 1024),
      maxFiles: config.UPLOAD_MAX_FILES,
    }),
  );
  app.use('/api', express.json({ limit: '64kb' }));

  const limits = runLimits(config);
  const runner = new QueryRunner(driver, config.NEO4J_DATABASE);
  const library = new QueryLibrary(runner, limits);
  const health = new HealthService(new HealthRepository(driver, config.NEO4J_DATABASE), config.neo4jUri);
  const openApi = openApiDocument();
  const consolePool = new ConsolePool(
    {
      size: config.CONSOLE_MAX_RUNNING,
      perClient: config.CONSOLE_MAX_RUNNING_PER_CLIENT,
      memoryMb: config.CONSOLE_WORKER_MEMORY_MB,
      graceMs: 1_000,
      drainMs: 5 * 60_000,
      worker: {
        neo4jUri: config.neo4jUri,
        NEO4J_USER: config.NEO4J_USER,
        NEO4J_PASSWORD: config.NEO4J_PASSWORD,
        database: config.NEO4J_DATABASE,
        limits,
      },
    },
    new TransactionRepository(driver, config.NEO4J_DATABASE),
  );
  const costly = budget(config.API_COSTLY_RATE_LIMIT, 'graph queries');
  app.use('/api', healthRoutes(health));
  app.use('/api', graphRoutes(new GraphService(runner, library, limits), costly));
  app.use(
    '/api',
    queryRoutes(library, consolePool, { console: budget(config.CONSOLE_RATE_LIMIT, 'console queries'), costly }),
  );
  app.get('/api/openapi.json', (_req, res) => {
    res.json(openApi);
  });
  app.use('/api', apiNotFound);

  if (fs.existsSync(CLIENT_DIST)) {
    app.use(express.static(CLIENT_DIST, { index: 'index.html', maxAge: '1h' }));
    // Client-side routes (state lives in the URL) all serve the app shell.
    app.get(/^(?!\/api\/).*/, (_req, res) => res.sendFile(path.join(CLIENT_DIST, 'index.html')));
  }
  app.use(errorHandler);
  return { app, close: () => consolePool.close() };
}
