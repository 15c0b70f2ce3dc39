/** `npm run db:start|db:stop|db:status` for the managed development server (instance 'dev'). */
import { instanceOptions, Neo4jManagerError, start, status, stop } from './manage';

async function main(command: string | undefined): Promise<void> {
  if (process.env.NEO4J_URI) {
    console.log(`NEO4J_URI is set (${process.env.NEO4J_URI}): the project uses that server and manages none.`);
    return;
  }
  const options = instanceOptions(process.env.GOVGRAPH_INSTANCE === 'test' ? 'test' : 'dev');
  switch (command) {
    case 'start': {
      const s = await start(options);
      console.log(`Neo4j running (pid ${s.pid}) at ${s.uri}, home ${s.home}`);
      return;
    }
    case 'stop':
      console.log((await stop(options)) ? 'Neo4j stopped.' : 'Neo4j was not running (nothing stopped).');
      return;
    case 'status': {
      const s = status(options);
      console.log(
        s.running ? `running (pid ${s.pid}) at ${s.uri}` : `not running${s.installed ? '' : ' (not downloaded yet)'}`,
      );
      process.exitCode = s.running ? 0 : 3;
      return;
    }
    default:
      console.error('usage: tsx db/neo4j/cli.ts start|stop|status');
      process.exitCode = 2;
  }
}

main(process.argv[2]).catch((err: unknown) => {
  console.error(err instanceof Neo4jManagerError ? err.message : err);
  process.exitCode = 1;
});
