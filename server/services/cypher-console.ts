/**
 * The user's own Cypher: checked on its compiled plan first, then run read-only and bounded. The
 * plan's notifications (unknown names, cartesian products) come back with the rows as warnings.
 */
import type { QueryResult } from '../../model';
import type { QueryRunner, RunLimits, TxMetadata } from '../repositories/query-runner';
import { queryWarnings } from './cypher-console-warnings';
import { checkPlan, checkQueryText } from './cypher-guard';

export class CypherConsole {
  constructor(
    private readonly runner: QueryRunner,
    private readonly limits: RunLimits,
  ) {}

  async run(query: string, params: Record<string, unknown> = {}, metadata?: TxMetadata): Promise<QueryResult> {
    checkQueryText(query, params);
    const plan = await this.runner.explain(query, params, this.limits.timeoutMs, metadata);
    checkPlan(plan, this.runner.database);
    const result = await this.runner.run(query, params, this.limits, metadata);
    return { ...result, warnings: queryWarnings(plan.notifications) };
  }
}
