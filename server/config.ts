/** Configuration, parsed and validated once at start-up from the environment: the database's (db/config.ts) and the API's own. */
import os from 'node:os';
import { z } from 'zod';
import { ConfigError, databaseSettings, parseSettings, type ResolvedUri } from '../db/config';

export { ConfigError };

const schema = databaseSettings.extend({
  PORT: z.coerce.number().int().min(0).max(65535).default(8080),
  HOST: z.string().default('127.0.0.1'),
  /** Requests per minute and client address to the Cypher console. */
  CONSOLE_RATE_LIMIT: z.coerce.number().int().min(1).max(100_000).default(60),
  /** Console queries running at once, in all and from one client address. */
  // Default: one core left for everyone else (a console query can keep one core of Neo4j busy until its deadline).
  CONSOLE_MAX_RUNNING: z.coerce
    .number()
    .int()
    .min(1)
    .max(64)
    .default(Math.max(1, os.availableParallelism() - 1)),
  CONSOLE_MAX_RUNNING_PER_CLIENT: z.coerce.number().int().min(1).max(64).default(1),
  /** Heap of each console worker thread, MB: a result that needs more is refused. */
  CONSOLE_WORKER_MEMORY_MB: z.coerce.number().int().min(32).max(8_192).default(256),
  /** Requests per minute and client address to the API in all, and to its costly endpoints (graph queries, named queries). */
  API_RATE_LIMIT: z.coerce.number().int().min(1).max(1_000_000).default(1_200),
  API_COSTLY_RATE_LIMIT: z.coerce.number().int().min(1).max(1_000_000).default(240),
  /** Host names the server answers to (comma-separated); empty = loopback names plus HOST. Stops DNS rebinding. */
  ALLOWED_HOSTS: z.string().default(''),
  /** Send Strict-Transport-Security even on plain HTTP requests (set when a TLS proxy in front of the API strips it). */
  HSTS: z.enum(['auto', 'always', 'off']).default('auto'),
  /** Comma-separated allowed origins; empty means CORS off (same-origin only). */
  CORS_ORIGINS: z.string().default(''),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error', 'silent']).default('info'),
  /** The article store (originals, extracted text, metadata, jobs); the graph is rebuilt from it. */
  DATA_DIR: z.string().min(1).default('./data'),
  /** The key of every write endpoint (Authorization: Bearer …); unset: `npm start` makes one per start. */
  ADMIN_TOKEN: z
    .string()
    .min(16, { error: 'ADMIN_TOKEN must be at least 16 characters' })
    .optional()
    .or(z.literal('').transform(() => undefined)),
  /** Upload limits: one file (a zip counts as one), one request, files in one request. */
  UPLOAD_MAX_FILE_MB: z.coerce.number().min(0.001).max(1024).default(20),
  UPLOAD_MAX_REQUEST_MB: z.coerce.number().min(0.001).max(4096).default(100),
  UPLOAD_MAX_FILES: z.coerce.number().int().min(1).max(10_000).default(500),
});

export type Config = z.infer<typeof schema> & ResolvedUri & { allowedHosts: string[] };

const LOOPBACK_HOSTS = ['localhost', '127.0.0.1', '[::1]', '::1'];
const WILDCARD_HOSTS = new Set(['0.0.0.0', '::', '']);

/** The names a browser may put in Host: the listed ones, or loopback plus the interface the server listens on. */
function allowedHosts(list: string, host: string): string[] {
  const listed = list
    .split(',')
    .map((h) => h.trim().toLowerCase())
    .filter(Boolean);
  if (listed.length) return listed;
  return [...LOOPBACK_HOSTS, ...(WILDCARD_HOSTS.has(host) ? [] : [host.toLowerCase()])];
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env, managedBoltUri = 'bolt://127.0.0.1:7687'): Config {
  const c = parseSettings(schema, env, managedBoltUri);
  return { ...c, allowedHosts: allowedHosts(c.ALLOWED_HOSTS, c.HOST) };
}
