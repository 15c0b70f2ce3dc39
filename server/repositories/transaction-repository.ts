/** The console's transactions as the database sees them: found by run id, terminated, waited for. */
import type { Driver } from 'neo4j-driver';
import { loadCypher } from '../../db/cypher-files';

export class TransactionRepository {
  constructor(
    private readonly driver: Driver,
    private readonly database: string,
  ) {}

  /** Ids of the open transactions of one console run; throws when the user may not list them. */
  async openOf(run: string): Promise<string[]> {
    const { records } = await this.driver.executeQuery(
      loadCypher('internal/console-transactions'),
      { run },
      { database: this.database },
    );
    return records.map((r) => String(r.get('transactionId')));
  }

  async terminate(ids: string[]): Promise<void> {
    if (ids.length)
      await this.driver.executeQuery(
        loadCypher('internal/terminate-transactions'),
        { ids },
        { database: this.database },
      );
  }
}
