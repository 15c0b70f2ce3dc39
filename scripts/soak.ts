/**
 * `npx tsx scripts/soak.ts [--seconds 60] [--clients 16] [--hostile 4] [--think 250] [--console-rate 100000]`: the API under mixed traffic
 * while hostile clients try to monopolise it. A script, not a test.
 *
 * Normal clients loop over health, search, node neighbours and a named query, pausing --think ms
 * between requests as a person reading the answer would (0 for a tight loop). Hostile clients loop
 * over console queries built to hurt: expression loops, huge records, a write hidden in a subquery,
 * deep nesting, and a slow scan they abandon mid-way. Prints p50/p95/p99 per endpoint, the 4xx and
 * 5xx counts, the longest hostile answer against the query timeout, and the node and relationship
 * counts before and after (a write would change them). Runs on the development database, which must hold a graph.
 */
import type { QueryResult } from '../model';
import { arg, json, machine, percentile, withApi } from './bench/api-harness';

const TIMEOUT_MS = 5_000;

const HOSTILE = [
  'RETURN reduce(s = 0, x IN range(1, 1000000000) | s + x) AS v',
  'UNWIND range(1, 600) AS i MATCH (a:Article) RETURN collect(a) AS c',
  "RETURN [x IN range(1, 100000) | 'padding padding padding padding'] AS big",
  'MATCH (p:Person) WITH p LIMIT 1 CALL (p) { WITH p WHERE false DELETE p } RETURN p.id',
  `RETURN ${'('.repeat(500)}1${')'.repeat(500)} AS deep`,
  'MATCH (a), (b), (c) RETURN count(*) AS n',
  'CYPHER debug=tostring RETURN 1',
];

interface Tally {
  latencies: Record<string, number[]>;
  /** Answers by endpoint and class: 'search 4xx' → 3. */
  status: Record<string, number>;
}

async function timed(tally: Tally, name: string, request: () => Promise<Response>): Promise<number> {
  const t0 = performance.now();
  let status: number;
  try {
    const res = await request();
    await res.arrayBuffer();
    status = res.status;
  } catch {
    status = -1; // connection dropped (a hostile client that aborts counts its own)
  }
  const ms = performance.now() - t0;
  (tally.latencies[name] ??= []).push(ms);
  const bucket = `${name} ${status === -1 ? 'aborted' : `${Math.floor(status / 100)}xx`}`;
  tally.status[bucket] = (tally.status[bucket] ?? 0) + 1;
  return ms;
}

async function main(): Promise<void> {
  const seconds = Number(arg('seconds', '60'));
  const clients = Number(arg('clients', '16'));
  const hostile = Number(arg('hostile', '4'));
  const think = Number(arg('think', '250'));
  const pause = () => new Promise((r) => setTimeout(r, think));
  // Every client shares one address here, so the API budgets are raised for normal traffic never to be
  // rate-limited. The console's budget is raised too unless --console-rate names one (60 is the default
  // configuration): by default hostile clients are held back by the bounds on work alone.
  const consoleRate = arg('console-rate', '100000');
  const env = {
    API_RATE_LIMIT: '1000000',
    API_COSTLY_RATE_LIMIT: '1000000',
    CONSOLE_RATE_LIMIT: consoleRate,
    QUERY_TIMEOUT_MS: String(TIMEOUT_MS),
  };
  await withApi(env, async ({ url, version, counts: nodeCounts, relationships }) => {
    const counts = async () => ({ ...(await nodeCounts()), relationships: await relationships() });
    const before = await counts();
    const sample = await json<QueryResult>(`${url}/api/cypher`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query:
          'MATCH (n) WHERE n:Person OR n:Organization OR n:Place RETURN n.id AS id, n.name AS name ORDER BY n.id LIMIT 40',
      }),
    });
    const picks = sample.rows.map((r) => ({ id: String(r.id), term: String(r.name).slice(0, 2) }));
    const normal: Tally = { latencies: {}, status: {} };
    const bad: Tally = { latencies: {}, status: {} };
    const until = Date.now() + seconds * 1000;
    const post = (path: string, body: unknown, signal?: AbortSignal) =>
      fetch(`${url}${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
        signal,
      });

    const normalClient = async (c: number) => {
      for (let i = c; Date.now() < until; i++) {
        const p = picks[i % picks.length]!;
        await timed(normal, 'health', () => fetch(`${url}/api/health`));
        await pause();
        await timed(normal, 'search', () => fetch(`${url}/api/search?q=${encodeURIComponent(p.term)}`));
        await pause();
        await timed(normal, 'neighbors', () => fetch(`${url}/api/nodes/${encodeURIComponent(p.id)}/neighbors?depth=2`));
        await pause();
        await timed(normal, 'shared-initiatives', () =>
          post('/api/queries/shared-initiatives', { params: { minCounties: 2 } }),
        );
        await pause();
      }
    };
    let longestHostile = 0;
    const hostileClient = async (c: number) => {
      for (let i = c; Date.now() < until; i++) {
        const query = HOSTILE[i % HOSTILE.length]!;
        // Every third slow scan is abandoned after a second, as a closed browser tab would.
        const abandon = query.startsWith('MATCH (a), (b)') && i % 3 === 0;
        const signal = abandon ? AbortSignal.timeout(1_000) : undefined;
        const ms = await timed(bad, 'hostile console', () => post('/api/cypher', { query }, signal));
        if (!abandon) longestHostile = Math.max(longestHostile, ms);
        // A refused client waits as little as it can: hostile clients retry at once.
      }
    };
    await Promise.all([
      ...Array.from({ length: clients }, (_, c) => normalClient(c)),
      ...Array.from({ length: hostile }, (_, c) => hostileClient(c)),
    ]);
    // Let abandoned and terminated runs leave the database before counting.
    await new Promise((r) => setTimeout(r, 2_000));
    const after = await counts();

    console.log(`\nMachine: ${machine()}`);
    console.log(
      `Neo4j ${version}; ${seconds} s; ${clients} normal clients (${think} ms between requests), ${hostile} hostile clients; query timeout ${TIMEOUT_MS} ms; console budget ${consoleRate} a minute\n`,
    );
    console.log('| endpoint | requests | p50 ms | p95 ms | p99 ms | max ms | 2xx | 4xx | 5xx |');
    console.log('|---|---:|---:|---:|---:|---:|---:|---:|---:|');
    const statuses = { ...normal.status, ...bad.status };
    for (const [name, list] of [...Object.entries(normal.latencies), ...Object.entries(bad.latencies)]) {
      const sorted = [...list].sort((a, b) => a - b);
      const ms = [
        percentile(sorted, 50),
        percentile(sorted, 95),
        percentile(sorted, 99),
        sorted[sorted.length - 1] ?? NaN,
      ].map((v) => v.toFixed(1));
      const answers = ['2xx', '4xx', '5xx'].map((k) => statuses[`${name} ${k}`] ?? 0);
      console.log(`| ${name} | ${sorted.length} | ${ms.join(' | ')} | ${answers.join(' | ')} |`);
    }
    if (statuses['hostile console aborted'])
      console.log(`\nHostile requests abandoned by their client on purpose: ${statuses['hostile console aborted']}`);
    console.log(
      `Longest hostile answer: ${longestHostile.toFixed(0)} ms (timeout ${TIMEOUT_MS} ms + 2 s = ${TIMEOUT_MS + 2000} ms allowed)`,
    );
    const same = JSON.stringify(before) === JSON.stringify(after);
    console.log(
      `Counts before: ${JSON.stringify(before)}\nCounts after:  ${JSON.stringify(after)}${same ? ' (unchanged)' : ' (CHANGED)'}`,
    );
  });
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : String(err));
  process.exit(1);
});
