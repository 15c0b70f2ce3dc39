import { Router } from 'express';
import type { HealthService } from '../services/health-service';

export function healthRoutes(service: HealthService): Router {
  const router = Router();
  router.get('/health', async (_req, res) => {
    res.json(await service.health());
  });
  // Ready means the API can serve graph data: the database answers.
  router.get('/ready', async (_req, res) => {
    const h = await service.health();
    res.status(h.database.up ? 200 : 503).json({ ready: h.database.up });
  });
  return router;
}
