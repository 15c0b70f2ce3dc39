/** The graph endpoints: search, nodes and neighbourhoods, articles, and the three questions. */
import { Router, type RequestHandler } from 'express';
import {
  ArticleIdPath,
  InitiativeRunnersQuery,
  LeadersQuery,
  NeighborsQuery,
  NodeIdPath,
  PathQuery,
  SearchQuery,
  SharedInitiativesQuery,
} from '../../model/api';
import type { GraphService } from '../services/graph-service';
import { parseInput } from '../validation';

/** `costly`: the stricter budget of the endpoints that expand the graph. */
export function graphRoutes(service: GraphService, costly: RequestHandler): Router {
  const router = Router();
  router.get('/search', async (req, res) => {
    const { q, labels, limit } = parseInput(SearchQuery, req.query, 'query parameter');
    res.json(await service.search(q, labels, limit));
  });
  router.get('/nodes/:id', async (req, res) => {
    const { id } = parseInput(NodeIdPath, req.params, 'path parameter');
    res.json(await service.node(id));
  });
  router.get('/nodes/:id/neighbors', costly, async (req, res) => {
    const { id } = parseInput(NodeIdPath, req.params, 'path parameter');
    const { depth, limit, types } = parseInput(NeighborsQuery, req.query, 'query parameter');
    res.json(await service.neighbors(id, depth, limit, types));
  });
  router.get('/articles/:id', async (req, res) => {
    const { id } = parseInput(ArticleIdPath, req.params, 'path parameter');
    res.json(await service.article(id));
  });
  router.get('/path', costly, async (req, res) => {
    const { from, to, maxLength } = parseInput(PathQuery, req.query, 'query parameter');
    res.json(await service.path(from, to, maxLength));
  });
  router.get('/shared-initiatives', costly, async (req, res) => {
    const { minCounties, limit } = parseInput(SharedInitiativesQuery, req.query, 'query parameter');
    res.json(await service.sharedInitiatives(minCounties, limit));
  });
  router.get('/initiatives/:id/runners', async (req, res) => {
    const { id } = parseInput(NodeIdPath, req.params, 'path parameter');
    const { county, limit } = parseInput(InitiativeRunnersQuery, req.query, 'query parameter');
    res.json(await service.initiativeRunners(id, county, limit));
  });
  router.get('/leaders', costly, async (req, res) => {
    const { scope, asOf } = parseInput(LeadersQuery, req.query, 'query parameter');
    res.json(await service.leaders(scope, asOf));
  });
  router.get('/counties', async (_req, res) => {
    res.json(await service.counties());
  });
  return router;
}
