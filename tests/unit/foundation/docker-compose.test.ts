import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';

// No Docker engine runs where the tests run; check what can be checked without one.
const ROOT = path.resolve(__dirname, '..', '..', '..');
const compose = parse(fs.readFileSync(path.join(ROOT, 'docker-compose.yml'), 'utf8')) as {
  services: Record<
    string,
    {
      image?: string;
      build?: string;
      environment: Record<string, string>;
      ports: string[];
      healthcheck?: unknown;
      depends_on?: Record<string, { condition: string }>;
      volumes?: string[];
    }
  >;
  volumes: Record<string, unknown>;
};

describe('docker-compose.yml', () => {
  it('runs Neo4j 5.26 community with a healthcheck, a named volume and auth from the environment', () => {
    const neo = compose.services.neo4j!;
    expect(neo.image).toBe('neo4j:5.26-community');
    expect(neo.healthcheck).toBeDefined();
    expect(neo.environment.NEO4J_AUTH).toMatch(/^neo4j\/\$\{NEO4J_PASSWORD/);
    expect(neo.volumes).toContain('neo4j-data:/data');
    expect(Object.keys(compose.volumes)).toContain('neo4j-data');
  });

  it('builds the app from the repo Dockerfile and waits for a healthy Neo4j', () => {
    const app = compose.services.app!;
    expect(app.build).toBe('.');
    expect(fs.existsSync(path.join(ROOT, 'Dockerfile'))).toBe(true);
    expect(app.depends_on?.neo4j?.condition).toBe('service_healthy');
    expect(app.environment).toMatchObject({ NEO4J_URI: 'bolt://neo4j:7687', PORT: '8080' });
    expect(app.ports).toContain('127.0.0.1:8080:8080');
  });
});
