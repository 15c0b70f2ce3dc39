/** Runs the API against the configured database (no managed Neo4j: see scripts/start.ts). */
import type { Server } from 'node:http';
import type { Driver } from 'neo4j-driver';
import { createApp, type AppDeps } from './app';
import { Config, loadConfig } from './config';
import { createDriver } from '../db/driver';
import { log } from './log';

export interface Running {
  server: Server;
  driver: Driver;
  url: string;
  close(): Promise<void>;
}

export async function serve(config: Config, extras: Pick<AppDeps, 'articles'> = {}): Promise<Running> {
  const driver = createDriver(config);
  const { app, close } = createApp({ driver, config, ...extras });
  const server = await new Promise<Server>((resolve, reject) => {
    const s = app.listen(config.PORT, config.HOST, () => resolve(s));
    s.on('error', reject);
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.PORT;
  const url = `http://${config.HOST}:${port}`;
  log.info('server listening', { url, neo4j: config.neo4jUri });
  return {
    server,
    driver,
    url,
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await close();
      await driver.close();
    },
  };
}

if (require.main === module) {
  serve(loadConfig()).catch((err: unknown) => {
    log.error('server failed to start', { error: err instanceof Error ? err.message : String(err) });
    process.exitCode = 1;
  });
}
