/**
 * The database part of the configuration: where Neo4j is, who to log in as, and the bounds of every user
 * query. The command-line tools read only this; the API's configuration (server/config.ts) extends it.
 */
import { z } from 'zod';

export const databaseSettings = z.object({
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
});

/** NEO4J_URI when set, else the managed server's Bolt URI (`managedNeo4j`). */
export interface ResolvedUri {
  neo4jUri: string;
  managedNeo4j: boolean;
}

export type DatabaseConfig = z.infer<typeof databaseSettings> & ResolvedUri;

export class ConfigError extends Error {}

/** Parses the environment with `schema` (databaseSettings or an extension of it), or throws a ConfigError listing every problem. */
export function parseSettings<S extends z.ZodType<{ NEO4J_URI?: string | undefined }>>(
  schema: S,
  env: NodeJS.ProcessEnv,
  managedBoltUri: string,
): z.infer<S> & ResolvedUri {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new ConfigError(`Invalid configuration: ${problems}`);
  }
  const c = parsed.data as z.infer<S>;
  return { ...c, neo4jUri: c.NEO4J_URI ?? managedBoltUri, managedNeo4j: !c.NEO4J_URI };
}

export function loadDatabaseConfig(
  env: NodeJS.ProcessEnv = process.env,
  managedBoltUri = 'bolt://127.0.0.1:7687',
): DatabaseConfig {
  return parseSettings(databaseSettings, env, managedBoltUri);
}
