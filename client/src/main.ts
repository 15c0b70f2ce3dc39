import type { HealthResponse } from '../../model/api';

async function main(): Promise<void> {
  const app = document.getElementById('app')!;
  const res = await fetch('/api/health');
  const health = (await res.json()) as HealthResponse;
  app.textContent = health.database.up ? `Neo4j ${health.database.version}` : `数据库不可用: ${health.database.error ?? ''}`;
}

void main();
