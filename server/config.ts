/** Configuration, parsed and validated once at start-up from the environment. */
import os from 'node:os';
import { z } from 'zod';

const schema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(8080),
  HOST: z.string().default('127.0.0.1'),
  NEO4J_URI: z.string().optional(),
  NEO4J_USER: z.string().default('neo4j'),
  NEO4J_PASSWORD: z.string().default('govgraph-dev-password'),
  NEO4J_DATABASE: z.string().default('neo4j'),
  /** Timeout applied to every user query (named or typed). */
  QUERY_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(10_000),
  /** Row cap for user queries. */
  QUERY_MAX_ROWS: z.coerce.number().int().min(1).max(100_000).default(5_000),
  /** Cap on the JSON size of one query result (rows plus graph), so a huge result cannot exhaust memory. */
  QUERY_MAX_RESPONSE_BYTES: z.coerce.number().int().min(1_000).max(100_000_000).default(8_000_000),
  /** Requests per minute and client address to the Cypher console. */
  CONSOLE_RATE_LIMIT: z.coerce.number().int().min(1).max(100_000).default(60),
  /** Console queries running at once, in all and from one client address. */
  // Default: one core left for everyone else (a console query can keep one core of Neo4j busy until its deadline).
  CONSOLE_MAX_RUNNING: z.coerce.number().int().min(1).max(64).default(Math.max(1, os.availableParallelism() - 1)),
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
});

export type Config = z.infer<typeof schema> & { neo4jUri: string; managedNeo4j: boolean; allowedHosts: string[] };

const LOOPBACK_HOSTS = ['localhost', '127.0.0.1', '[::1]', '::1'];
const WILDCARD_HOSTS = new Set(['0.0.0.0', '::', '']);

/** The names a browser may put in Host: the listed ones, or loopback plus the interface the server listens on. */
function allowedHosts(list: string, host: string): string[] {
  const listed = list.split(',').map((h) => h.trim().toLowerCase()).filter(Boolean);
  if (listed.length) return listed;
  return [...LOOPBACK_HOSTS, ...(WILDCARD_HOSTS.has(host) ? [] : [host.toLowerCase()])];
}

export class ConfigError extends Error {}

export function loadConfig(env: NodeJS.ProcessEnv = process.env, managedBoltUri = 'bolt://127.0.0.1:7687'): Config {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new ConfigError(`Invalid configuration: ${problems}`);
  }
  const c = parsed.data;
  return { ...c, neo4jUri: c.NEO4J_URI ?? managedBoltUri, managedNeo4j: !c.NEO4J_URI, allowedHosts: allowedHosts(c.ALLOWED_HOSTS, c.HOST) };
}
