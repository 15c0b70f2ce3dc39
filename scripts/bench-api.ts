/**
 * `npx tsx scripts/bench-api.ts [--requests 200] [--levels 1,4,16]`: latency of the API under load.
 *
 * Runs against the managed development Neo4j (started here if it is not running, stopped again
 * afterwards) with whatever graph it holds (load the corpus first: `npm start` or the loader), and
 * the API in a child process, as `npm start` runs it. Reports median and p95 latency of search,
 * neighbours and a named query at each concurrency level, and the machine it ran on. Not a test.
 */
import type { GraphPayload, QueryResult, SearchResponse } from '../model';
import { arg, json, load, machine, withApi } from './bench/api-harness';

async function main(): Promise<void> {
  const total = Number(arg('requests', '200'));
  const levels = arg('levels', '1,4,16').split(',').map(Number);
  const unlimited = { CONSOLE_RATE_LIMIT: '100000', API_RATE_LIMIT: '1000000', API_COSTLY_RATE_LIMIT: '1000000' };
  await withApi(unlimited, async ({ url, version, counts: countsNow }) => {
    const counts = await countsNow();
    // Inputs drawn from the graph itself: names to search for (their first two characters, a partial name), ids to expand.
    const people = await json<QueryResult>(`${url}/api/cypher`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query:
          'MATCH (n) WHERE n:Person OR n:Organization OR n:Initiative RETURN n.id AS id, n.name AS name ORDER BY n.id LIMIT 50',
      }),
    });
    const samples = people.rows.map((r) => ({ id: String(r.id), term: String(r.name).slice(0, 2) }));
    const pick = (i: number) => samples[i % samples.length]!;

    const endpoints: Record<string, (i: number) => Promise<void>> = {
      search: async (i) =>
        void (await json<SearchResponse>(`${url}/api/search?q=${encodeURIComponent(pick(i).term)}&limit=20`)),
      neighbors: async (i) =>
        void (await json<GraphPayload>(
          `${url}/api/nodes/${encodeURIComponent(pick(i).id)}/neighbors?depth=2&limit=200`,
        )),
      'named query (shared-initiatives)': async () =>
        void (await json<QueryResult>(`${url}/api/queries/shared-initiatives`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ params: { minCounties: 2 } }),
        })),
    };

    console.log(`\nMachine: ${machine()}`);
    console.log(
      `Neo4j ${version}; graph: ${Object.entries(counts)
        .map(([k, v]) => `${k} ${v}`)
        .join(', ')}`,
    );
    console.log(`${total} requests per endpoint and level, after 20 warm-up requests each.\n`);
    console.log('| endpoint | concurrency | median ms | p95 ms | requests/s | errors |');
    console.log('|---|---:|---:|---:|---:|---:|');
    for (const [name, request] of Object.entries(endpoints)) {
      await load(20, 4, request);
      for (const c of levels) {
        const r = await load(total, c, request);
        console.log(
          `| ${name} | ${c} | ${r.median.toFixed(1)} | ${r.p95.toFixed(1)} | ${r.rps.toFixed(0)} | ${r.errors} |`,
        );
      }
    }
  });
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : String(err));
  process.exit(1);
});
