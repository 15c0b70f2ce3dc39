import type { HealthResponse } from '../../model';
import type { HealthRepository } from '../repositories/health-repository';

/** Reports the database state; never throws, since "down" is a valid answer. */
export class HealthService {
  constructor(
    private readonly repository: HealthRepository,
    private readonly uri: string,
  ) {}

  async health(): Promise<HealthResponse> {
    try {
      const counts = await this.repository.counts();
      const info = await this.repository.info();
      return { status: 'ok', database: { up: true, uri: this.uri, version: info.version, edition: info.edition, counts } };
    } catch (err) {
      return { status: 'degraded', database: { up: false, uri: this.uri, error: describeConnectionError(err) } };
    }
  }
}

export function describeConnectionError(err: unknown): string {
  const code = (err as { code?: string }).code;
  if (code === 'Neo.ClientError.Security.Unauthorized') return 'Neo4j refused the credentials: check NEO4J_USER and NEO4J_PASSWORD.';
  if (code === 'ServiceUnavailable' || code === 'SessionExpired') return 'Neo4j is not reachable: check that it runs and that NEO4J_URI is right.';
  return err instanceof Error ? err.message : String(err);
}
