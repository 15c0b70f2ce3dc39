import type { HealthResponse } from '../../model';
import { describeConnectionError } from '../../db/driver';
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
      return {
        status: 'ok',
        database: { up: true, uri: this.uri, version: info.version, edition: info.edition, counts },
      };
    } catch (err) {
      return { status: 'degraded', database: { up: false, uri: this.uri, error: describeConnectionError(err) } };
    }
  }
}
