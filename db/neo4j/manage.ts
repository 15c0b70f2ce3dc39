/**
 * A managed local Neo4j Community 5.26 server.
 *
 * The neo4j-community tarball is not published on Maven Central, but the server's jars are
 * (org.neo4j:neo4j pulls in neo4j-server, bolt, cypher, fulltext …). We resolve them with the
 * machine's Maven into a git-ignored home, write neo4j.conf, and run the server's own entry point
 * (org.neo4j.server.CommunityEntryPoint), i.e. the same process the tarball's `bin/neo4j console` starts.
 */
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import neo4j from 'neo4j-driver';

const ROOT = path.resolve(__dirname, '..', '..');
const POM = path.join(__dirname, 'pom.xml');
const DEFAULT_PASSWORD = 'govgraph-dev-password';

export interface InstanceOptions {
  /** Folder name under .neo4j/: 'dev' for npm start, 'test' for jest. */
  name: string;
  boltPort: number;
  user: string;
  password: string;
  /** JVM heap, e.g. '768m'. */
  heap: string;
  pageCache: string;
  transactionTimeout: string;
}

export interface InstanceStatus {
  running: boolean;
  pid?: number;
  uri: string;
  home: string;
  installed: boolean;
}

/**
 * 'dev' for npm start, 'test' for jest, 'bench' for scripts/bench-scale.ts (a graph of up to a million
 * nodes, hence its larger memory: NEO4J_BENCH_HEAP, NEO4J_BENCH_PAGECACHE).
 */
export type InstanceName = 'dev' | 'test' | 'bench';

export function instanceOptions(name: InstanceName, env: NodeJS.ProcessEnv = process.env): InstanceOptions {
  const defaultPort = { dev: 7687, test: 7688, bench: 7689 }[name];
  const portVar = { dev: env.NEO4J_BOLT_PORT, test: env.NEO4J_TEST_BOLT_PORT, bench: env.NEO4J_BENCH_BOLT_PORT }[name];
  const bench = name === 'bench';
  return {
    name,
    boltPort: portVar ? Number(portVar) : defaultPort,
    // The test and bench instances never take the credentials of the user's own server (NEO4J_USER/PASSWORD).
    user: 'neo4j',
    password: name === 'dev' ? (env.NEO4J_PASSWORD ?? DEFAULT_PASSWORD) : DEFAULT_PASSWORD,
    heap: (bench ? env.NEO4J_BENCH_HEAP : env.NEO4J_HEAP) ?? (bench ? '2g' : '768m'),
    pageCache: (bench ? env.NEO4J_BENCH_PAGECACHE : env.NEO4J_PAGECACHE) ?? (bench ? '2g' : '256m'),
    transactionTimeout: env.NEO4J_TX_TIMEOUT ?? '120s',
  };
}

const libDir = () => path.join(ROOT, '.neo4j', 'lib');
const homeOf = (o: InstanceOptions) => path.join(ROOT, '.neo4j', o.name);
const pidFile = (o: InstanceOptions) => path.join(homeOf(o), 'run', 'neo4j.pid');
export const boltUri = (o: InstanceOptions) => `bolt://127.0.0.1:${o.boltPort}`;

function log(message: string, fields: Record<string, unknown> = {}): void {
  process.stderr.write(`${JSON.stringify({ level: 'info', component: 'neo4j', message, ...fields })}\n`);
}

export class Neo4jManagerError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'Neo4jManagerError';
  }
}

/** Downloads the server jars once; later calls reuse them (a marker file records completion). */
export function ensureInstalled(): void {
  const marker = path.join(libDir(), '.complete');
  if (fs.existsSync(marker)) return;
  fs.mkdirSync(libDir(), { recursive: true });
  log('resolving Neo4j Community 5.26 from Maven Central (first run only)', { lib: libDir() });
  const r = spawnSync('mvn', ['-q', '-B', '-f', POM, 'dependency:copy-dependencies', `-DoutputDirectory=${libDir()}`], {
    stdio: 'inherit',
  });
  if (r.error || r.status !== 0) {
    throw new Neo4jManagerError(
      `Could not fetch Neo4j with Maven (${r.error?.message ?? `exit ${r.status}`}). Check that 'mvn' is installed and reaches Maven Central, or set NEO4J_URI to use an existing server.`,
    );
  }
  fs.writeFileSync(marker, new Date().toISOString());
}

function writeConfig(o: InstanceOptions): void {
  const home = homeOf(o);
  for (const dir of ['conf', 'data', 'logs', 'run', 'plugins']) fs.mkdirSync(path.join(home, dir), { recursive: true });
  const conf = [
    '# Written by db/neo4j/manage.ts on every start; edit the script, not this file.',
    'server.default_listen_address=127.0.0.1',
    `server.bolt.listen_address=127.0.0.1:${o.boltPort}`,
    `server.bolt.advertised_address=127.0.0.1:${o.boltPort}`,
    'server.http.enabled=false',
    'server.https.enabled=false',
    'dbms.security.auth_enabled=true',
    // LOAD CSV may not read local files; there is no import directory to read from.
    'dbms.security.allow_csv_import_from_file_urls=false',
    `db.transaction.timeout=${o.transactionTimeout}`,
    `server.memory.pagecache.size=${o.pageCache}`,
    'dbms.memory.transaction.total.max=512m',
    'db.memory.transaction.max=256m',
    'dbms.usage_report.enabled=false',
    `server.directories.data=${path.join(home, 'data')}`,
    `server.directories.logs=${path.join(home, 'logs')}`,
    `server.directories.run=${path.join(home, 'run')}`,
    `server.directories.plugins=${path.join(home, 'plugins')}`,
    `server.directories.lib=${libDir()}`,
    '',
  ].join('\n');
  fs.writeFileSync(path.join(home, 'conf', 'neo4j.conf'), conf);
}

function java(): string {
  return process.env.JAVA_HOME ? path.join(process.env.JAVA_HOME, 'bin', 'java') : 'java';
}

const classpath = () => `${libDir()}/*`;

function setInitialPassword(o: InstanceOptions): void {
  const home = homeOf(o);
  if (fs.existsSync(path.join(home, 'data', 'dbms', 'auth.ini'))) return;
  if (o.password.length < 8)
    throw new Neo4jManagerError('NEO4J_PASSWORD must be at least 8 characters (Neo4j refuses shorter ones).');
  const r = spawnSync(
    java(),
    ['-cp', classpath(), 'org.neo4j.server.startup.Neo4jAdminCommand', 'dbms', 'set-initial-password', o.password],
    { env: { ...process.env, NEO4J_HOME: home, NEO4J_CONF: path.join(home, 'conf') }, encoding: 'utf8' },
  );
  if (r.status !== 0) throw new Neo4jManagerError(`Setting the initial Neo4j password failed: ${r.stderr || r.stdout}`);
}

function readPid(o: InstanceOptions): number | undefined {
  try {
    const pid = Number(fs.readFileSync(pidFile(o), 'utf8').trim());
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    // A recycled pid could belong to someone else: check it is our java with our home.
    const cmdline = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8');
    return cmdline.includes('CommunityEntryPoint');
  } catch {
    return false;
  }
}

export function status(o: InstanceOptions): InstanceStatus {
  const pid = readPid(o);
  const running = pid !== undefined && alive(pid);
  return {
    running,
    pid: running ? pid : undefined,
    uri: boltUri(o),
    home: homeOf(o),
    installed: fs.existsSync(path.join(libDir(), '.complete')),
  };
}

async function boltAnswers(o: InstanceOptions): Promise<boolean> {
  const driver = neo4j.driver(boltUri(o), neo4j.auth.basic(o.user, o.password), { connectionTimeout: 2000 });
  try {
    await driver.verifyConnectivity();
    return true;
  } catch {
    return false;
  } finally {
    await driver.close();
  }
}

function tail(file: string, lines = 30): string {
  try {
    return fs.readFileSync(file, 'utf8').split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log)';
  }
}

/** True when something accepts connections on the port (another server would answer in our stead). */
function portTaken(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.createConnection({ host: '127.0.0.1', port });
    socket.setTimeout(1000);
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
    socket.once('timeout', () => (socket.destroy(), resolve(false)));
  });
}

/** Starts the instance unless it already runs; resolves once Bolt accepts our credentials. */
export async function start(o: InstanceOptions, timeoutMs = 180_000): Promise<InstanceStatus> {
  const current = status(o);
  if (current.running) {
    log('reusing running Neo4j', { pid: current.pid, uri: current.uri });
    await waitForBolt(o, current.pid!, timeoutMs);
    return current;
  }
  // Another server on the port (another checkout's, with the same default password) would answer the
  // readiness check while ours fails to bind, and every later query would go to it.
  if (await portTaken(o.boltPort))
    throw new Neo4jManagerError(
      `Port ${o.boltPort} is in use by another process, not by this checkout's ${o.name} instance; choose another port (NEO4J_BOLT_PORT, NEO4J_TEST_BOLT_PORT, NEO4J_BENCH_BOLT_PORT).`,
    );
  ensureInstalled();
  writeConfig(o);
  setInitialPassword(o);
  const home = homeOf(o);
  const consoleLog = path.join(home, 'logs', 'console.log');
  const out = fs.openSync(consoleLog, 'a');
  const child = spawn(
    java(),
    [
      `-Xms${o.heap}`,
      `-Xmx${o.heap}`,
      '-XX:+UseG1GC',
      '-XX:-OmitStackTraceInFastThrow',
      '-Dio.netty.tryReflectionSetAccessible=true',
      '--add-opens=java.base/java.nio=ALL-UNNAMED',
      '--add-opens=java.base/java.io=ALL-UNNAMED',
      '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
      '-cp',
      classpath(),
      'org.neo4j.server.CommunityEntryPoint',
      `--home-dir=${home}`,
      `--config-dir=${path.join(home, 'conf')}`,
    ],
    { detached: true, stdio: ['ignore', out, out], env: { ...process.env, NEO4J_HOME: home } },
  );
  fs.closeSync(out);
  if (!child.pid) throw new Neo4jManagerError('Could not start java. Is Java 17+ installed (or JAVA_HOME set)?');
  fs.writeFileSync(pidFile(o), String(child.pid));
  child.unref();
  log('starting Neo4j', { pid: child.pid, uri: boltUri(o), home });
  await waitForBolt(o, child.pid, timeoutMs, consoleLog);
  log('Neo4j is up', { pid: child.pid, uri: boltUri(o) });
  return status(o);
}

async function waitForBolt(o: InstanceOptions, pid: number, timeoutMs: number, consoleLog?: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!alive(pid)) {
      throw new Neo4jManagerError(
        `Neo4j exited during start-up. Last log lines:\n${tail(consoleLog ?? path.join(homeOf(o), 'logs', 'console.log'))}`,
      );
    }
    if (await boltAnswers(o)) return;
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Neo4jManagerError(`Neo4j did not answer on ${boltUri(o)} within ${timeoutMs / 1000}s.`);
}

/** Stops the server this project started (by its pid file), never anything else. */
export async function stop(o: InstanceOptions, timeoutMs = 60_000): Promise<boolean> {
  const pid = readPid(o);
  if (pid === undefined || !alive(pid)) {
    fs.rmSync(pidFile(o), { force: true });
    return false;
  }
  process.kill(pid, 'SIGTERM');
  const deadline = Date.now() + timeoutMs;
  while (alive(pid) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
  if (alive(pid)) process.kill(pid, 'SIGKILL');
  fs.rmSync(pidFile(o), { force: true });
  log('Neo4j stopped', { pid });
  return true;
}

/**
 * Deletes the databases of a stopped instance that a script owns outright ('bench' only: its home is made
 * by scripts/bench-scale.ts and holds nothing else), keeping its users. The next start has an empty graph.
 */
export function deleteDatabases(o: InstanceOptions): void {
  if (o.name !== 'bench') throw new Neo4jManagerError(`Refusing to delete the databases of the ${o.name} instance.`);
  if (status(o).running) throw new Neo4jManagerError('Stop the bench instance before deleting its databases.');
  for (const dir of ['databases', 'transactions']) {
    const target = path.join(homeOf(o), 'data', dir);
    // Neo4j's own system database lives there too: it is recreated on start, with the password kept in dbms/.
    fs.rmSync(target, { recursive: true, force: true });
  }
}

/** Runs `neo4j-admin` of the installed server against a stopped instance, e.g. ['database', 'import', 'full', …]. */
export function neo4jAdmin(o: InstanceOptions, args: string[]): { status: number; output: string } {
  ensureInstalled();
  writeConfig(o);
  const home = homeOf(o);
  const r = spawnSync(java(), ['-Xmx2g', '-cp', classpath(), 'org.neo4j.server.startup.Neo4jAdminCommand', ...args], {
    env: { ...process.env, NEO4J_HOME: home, NEO4J_CONF: path.join(home, 'conf') },
    encoding: 'utf8',
    maxBuffer: 64 * 2 ** 20,
  });
  return { status: r.status ?? 1, output: `${r.stdout ?? ''}${r.stderr ?? ''}` };
}
