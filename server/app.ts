/** The app factory: tests build it against the real database on an ephemeral port. */
import fs from 'node:fs';
import path from 'node:path';
import express, { Express } from 'express';
import helmet from 'helmet';
import type { Driver } from 'neo4j-driver';
import type { Config } from './config';
import { apiNotFound, cors, errorHandler, requestLog } from './middleware';
import { openApiDocument } from './openapi';
import { HealthRepository } from './repositories/health-repository';
import { QueryRunner } from './repositories/query-runner';
import { graphRoutes } from './routes/graph';
import { healthRoutes } from './routes/health';
import { queryRoutes } from './routes/queries';
import { CypherConsole } from './services/cypher-console';
import { GraphService } from './services/graph-service';
import { HealthService } from './services/health-service';
import { QueryLibrary } from './services/query-library';

export const CLIENT_DIST = path.resolve(__dirname, '..', 'dist', 'client');

export interface AppDeps {
  driver: Driver;
  config: Config;
}

export function createApp({ driver, config }: AppDeps): Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('query parser', 'simple');
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          // sigma draws with WebGL and workers built from blobs (ForceAtlas2 supervisor).
          'worker-src': ["'self'", 'blob:'],
          'img-src': ["'self'", 'data:', 'blob:'],
        },
      },
    }),
  );
  app.use(requestLog);
  app.use('/api', cors(config.CORS_ORIGINS.split(',').map((o) => o.trim()).filter(Boolean)));
  app.use('/api', express.json({ limit: '64kb' }));

  const limits = { timeoutMs: config.QUERY_TIMEOUT_MS, maxRows: config.QUERY_MAX_ROWS, maxBytes: config.QUERY_MAX_RESPONSE_BYTES };
  const runner = new QueryRunner(driver, config.NEO4J_DATABASE);
  const library = new QueryLibrary(runner, limits);
  const health = new HealthService(new HealthRepository(driver, config.NEO4J_DATABASE), config.neo4jUri);
  const openApi = openApiDocument();
  app.use('/api', healthRoutes(health));
  app.use('/api', graphRoutes(new GraphService(runner, library, limits)));
  app.use('/api', queryRoutes(library, new CypherConsole(runner, limits), config.CONSOLE_RATE_LIMIT));
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
  return app;
}
