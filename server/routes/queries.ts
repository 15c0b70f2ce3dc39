/** The named query library and the user's own Cypher (the console: rate-limited, run on worker threads). */
import { Router, type RequestHandler } from 'express';
import type { CancelResponse, QueryListResponse } from '../../model';
import { CypherBody, CypherRunPath, QueryNamePath, RunQueryBody } from '../../model/api';
import { NotFoundError } from '../errors';
import type { ConsolePool } from '../services/console-pool';
import type { QueryLibrary } from '../services/query-library';
import { parseInput } from '../validation';

export function queryRoutes(
  library: QueryLibrary,
  consolePool: ConsolePool,
  budgets: { console: RequestHandler; costly: RequestHandler },
): Router {
  const router = Router();
  router.get('/queries', (_req, res) => {
    const body: QueryListResponse = { queries: library.list() };
    res.json(body);
  });
  router.post('/queries/:name', budgets.costly, async (req, res) => {
    const { name } = parseInput(QueryNamePath, req.params, 'path parameter');
    const { params } = parseInput(RunQueryBody, req.body ?? {}, 'field');
    res.json(await library.run(name, params));
  });
  router.post('/cypher', budgets.console, async (req, res) => {
    const { query, params, id } = parseInput(CypherBody, req.body ?? {}, 'field');
    // A client that leaves takes its query with it: the worker running it is ended.
    const gone = new AbortController();
    res.on('close', () => {
      if (!res.writableFinished) gone.abort();
    });
    const json = await consolePool.run(query, params ?? {}, req.ip ?? 'unknown', gone.signal, id);
    res.type('application/json').send(json);
  });
  // Not behind the console's budget: stopping work must stay possible when starting more is not.
  router.delete('/cypher/:id', (req, res) => {
    const { id } = parseInput(CypherRunPath, req.params, 'path parameter');
    if (!consolePool.cancel(id, req.ip ?? 'unknown'))
      throw new NotFoundError(`No query with id ${id} is running from this address (it may have finished).`, { id });
    const body: CancelResponse = { id, cancelled: true };
    res.json(body);
  });
  return router;
}
