/** Runs a library query by name the way `npm run query` and the API do: the server's QueryLibrary on its QueryRunner. */
import type { Driver } from 'neo4j-driver';
import { loadLibrary } from '../../../db/cypher-files';
import type { QueryResult } from '../../../model';
import { QueryRunner, type RunLimits } from '../../../server/repositories/query-runner';
import { parametersFromText, QueryCatalogue, QueryLibrary } from '../../../server/services/query-library';

export const library = loadLibrary();
export const catalogue = new QueryCatalogue(library);

export const TEST_LIMITS: RunLimits = { timeoutMs: 20_000, maxRows: 5_000, maxBytes: 8_000_000 };

export function spec(name: string) {
  const found = library.find((q) => q.name === name);
  if (!found) throw new Error(`no query ${name}`);
  return found;
}

/** Parameters as the command line gives them (text), checked as the API checks JSON. */
export const textParameters = (name: string, params: Record<string, string>) =>
  catalogue.prepare(name, parametersFromText(spec(name).parameters, params)).values;

export function runNamed(driver: Driver, name: string, params: Record<string, string> = {}): Promise<QueryResult> {
  const runner = new QueryRunner(driver, process.env.NEO4J_DATABASE ?? 'neo4j');
  return new QueryLibrary(runner, TEST_LIMITS, catalogue).run(name, parametersFromText(spec(name).parameters, params));
}

/** Plain nodes (as toPlain returns them) by name. */
export const nameOf = (node: unknown) => (node as { properties: { name: string } }).properties.name;

/** The six parts of the corpus's “13612”工作体系 in their order, as [order, name] rows. */
export const PARTS_OF_13612 = [
  '1个总体目标',
  '三大支撑体系',
  '六大行动',
  '12项专项工作',
  '31项重点任务',
  '72项具体举措',
].map((name, i) => [i + 1, name]);
