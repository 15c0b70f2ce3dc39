/** The named query library and the user's own Cypher (the console, rate-limited). */
import { Router } from 'express';
import { rateLimit } from 'express-rate-limit';
import type { QueryListResponse } from '../../model';
import { CypherBody, QueryNamePath, RunQueryBody } from '../api-schemas';
import { RateLimitedError } from '../errors';
import type { CypherConsole } from '../services/cypher-console';
import type { QueryLibrary } from '../services/query-library';
import { parseInput } from '../validation';

export function queryRoutes(library: QueryLibrary, cypherConsole: CypherConsole, consoleRateLimit: number): Router {
  const router = Router();
  router.get('/queries', (_req, res) => {
    const body: QueryListResponse = { queries: library.list() };
    res.json(body);
  });
  router.post('/queries/:name', async (req, res) => {
    const { name } = parseInput(QueryNamePath, req.params, 'path parameter');
    const { params } = parseInput(RunQueryBody, req.body ?? {}, 'field');
    res.json(await library.run(name, params));
  });
  // Each console query may cost the database seconds of work: a client gets a bounded share.
  const limiter = rateLimit({
    windowMs: 60_000,
    limit: consoleRateLimit,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    handler: (_req, _res, next) => next(new RateLimitedError(consoleRateLimit)),
  });
  router.post('/cypher', limiter, async (req, res) => {
    const { query, params } = parseInput(CypherBody, req.body ?? {}, 'field');
    res.json(await cypherConsole.run(query, params));
  });
  return router;
}
