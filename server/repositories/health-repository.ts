import neo4j, { Driver } from 'neo4j-driver';
import { NODE_LABELS } from '../../model';
import { loadCypher } from '../../db/cypher-files';
import { databaseInfo, DatabaseInfo } from '../../db/driver';
import { toNumber } from '../../db/records';

export class HealthRepository {
  constructor(
    private readonly driver: Driver,
    private readonly database: string,
  ) {}

  info(): Promise<DatabaseInfo> {
    return databaseInfo(this.driver, this.database);
  }

  /** Auto-commit (no retries): a health check must answer at once, up or down. */
  async counts(): Promise<Record<string, number>> {
    const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.READ });
    try {
      const { records } = await session.run(loadCypher('internal/health-counts'), { labels: [...NODE_LABELS] });
      return Object.fromEntries(records.map((r) => [String(r.get('label')), Number(toNumber(r.get('count')))]));
    } finally {
      await session.close();
    }
  }
}
