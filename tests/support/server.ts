/** Test helpers: the real app on an ephemeral port against the test database. */
import neo4j, { Driver } from 'neo4j-driver';
import { Config, loadConfig } from '../../server/config';
import { Running, serve } from '../../server/main';

export function testConfig(overrides: Record<string, string> = {}): Config {
  return loadConfig({ ...process.env, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent', ...overrides });
}

export function testDriver(): Driver {
  return neo4j.driver(
    process.env.NEO4J_URI!,
    neo4j.auth.basic(process.env.NEO4J_USER ?? 'neo4j', process.env.NEO4J_PASSWORD ?? ''),
  );
}

export async function startTestServer(overrides: Record<string, string> = {}): Promise<Running> {
  return serve(testConfig(overrides));
}

export async function getJson<T = unknown>(url: string, init?: RequestInit): Promise<{ status: number; body: T }> {
  const res = await fetch(url, init);
  const text = await res.text();
  return { status: res.status, body: (text ? JSON.parse(text) : undefined) as T };
}
