/** The app factory: tests build it against the real database on an ephemeral port. */
import fs from 'node:fs';
import path from 'node:path';
import express, { Express } from 'express';
import helmet from 'helmet';
import type { Driver } from 'neo4j-driver';
import type { Config } from './config';
import { apiNotFound, errorHandler, requestLog } from './middleware';
import { HealthRepository } from './repositories/health-repository';
import { healthRoutes } from './routes/health';
import { HealthService } from './services/health-service';

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
  app.use('/api', express.json({ limit: '64kb' }));

  const health = new HealthService(new HealthRepository(driver, config.NEO4J_DATABASE), config.neo4jUri);
  app.use('/api', healthRoutes(health));
  app.use('/api', apiNotFound);

  if (fs.existsSync(CLIENT_DIST)) {
    app.use(express.static(CLIENT_DIST, { index: 'index.html', maxAge: '1h' }));
    // Client-side routes (state lives in the URL) all serve the app shell.
    app.get(/^(?!\/api\/).*/, (_req, res) => res.sendFile(path.join(CLIENT_DIST, 'index.html')));
  }
  app.use(errorHandler);
  return app;
}
