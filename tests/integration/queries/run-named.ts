/** Runs a library query by name the way `npm run query` does: typed parameters, read-only, capped. */
import type { Driver } from 'neo4j-driver';
import { loadLibrary } from '../../../db/cypher-files';
import { libraryParameters, runReadOnly, type ReadResult } from '../../../scripts/query';

export const library = loadLibrary();

export function spec(name: string) {
  const found = library.find((q) => q.name === name);
  if (!found) throw new Error(`no query ${name}`);
  return found;
}

export function runNamed(driver: Driver, name: string, params: Record<string, string> = {}): Promise<ReadResult> {
  const q = spec(name);
  return runReadOnly(driver, process.env.NEO4J_DATABASE ?? 'neo4j', q.text, libraryParameters(q, params), { timeoutMs: 20_000, maxRows: 5_000 });
}

/** Plain nodes (as toPlain returns them) by name. */
export const nameOf = (node: unknown) => (node as { properties: { name: string } }).properties.name;

/** The six parts of the corpus's “13612”工作体系 in their order, as [order, name] rows. */
export const PARTS_OF_13612 = ['1个总体目标', '三大支撑体系', '六大行动', '12项专项工作', '31项重点任务', '72项具体举措'].map((name, i) => [i + 1, name]);
