/** The user's own Cypher: checked on its compiled plan first, then run read-only and bounded. */
import type { QueryResult } from '../../model';
import type { QueryRunner, RunLimits, TxMetadata } from '../repositories/query-runner';
import { checkPlan, checkQueryText } from './cypher-guard';

export class CypherConsole {
  constructor(
    private readonly runner: QueryRunner,
    private readonly limits: RunLimits,
  ) {}

  async run(query: string, params: Record<string, unknown> = {}, metadata?: TxMetadata): Promise<QueryResult> {
    checkQueryText(query, params);
    checkPlan(await this.runner.explain(query, params, this.limits.timeoutMs, metadata), this.runner.database);
    return this.runner.run(query, params, this.limits, metadata);
  }
}
