/** The user's own Cypher: checked on its compiled plan first, then run read-only and bounded. */
import type { QueryResult } from '../../model';
import { QueryRefusedError } from '../errors';
import { log } from '../log';
import type { QueryRunner, RunLimits } from '../repositories/query-runner';
import { checkPlan, checkQueryText } from './cypher-guard';

export class CypherConsole {
  constructor(
    private readonly runner: QueryRunner,
    private readonly limits: RunLimits,
  ) {}

  async run(query: string, params: Record<string, unknown> = {}): Promise<QueryResult> {
    try {
      checkQueryText(query, params);
      checkPlan(await this.runner.explain(query, params, this.limits.timeoutMs), this.runner.database);
      return await this.runner.run(query, params, this.limits);
    } catch (err) {
      // The reason only: the query text may hold what the user would not want in a log.
      if (err instanceof QueryRefusedError) log.info('console query refused', { reason: err.details?.reason, length: query.length });
      throw err;
    }
  }
}
