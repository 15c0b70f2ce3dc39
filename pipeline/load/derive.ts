/**
 * The derived properties (model/properties.ts DERIVED_PROPERTIES): each runner's and body's `inCounty`,
 * and each initiative's and mechanism's `counties` / `countyCount`. They are recomputed for the nodes a
 * load wrote (and what lies under them), and for the nodes a removal of articles may have changed, so the
 * views read one property instead of walking the graph on every request.
 */
import { isNodeLabel, type NodeLabel } from '../../model';
import { loadCypher } from '../../db/cypher-files';
import { batchesOf, numberAt, writeBatch, type BatchContext } from './batches';
import { token } from './statements';

/** The labels that carry inCounty, and those that carry the incidence. */
const COUNTY_LABELS = ['Person', 'Organization', 'Place'] as const satisfies NodeLabel[];
const CONCEPT_LABELS: readonly NodeLabel[] = ['Initiative', 'Mechanism'];

/** Seed ids by label: the nodes whose derived properties may have changed. */
export type Seeds = Map<NodeLabel, string[]>;

export interface Derived {
  /** Nodes whose inCounty changed, and initiatives or mechanisms whose incidence changed. */
  counties: number;
  concepts: number;
}

/**
 * `below`: recompute what lies under the seeds too (after a load or a removal); false when the seeds are
 * every node already (after an import).
 */
export async function deriveProperties(
  ctx: BatchContext,
  seeds: Seeds,
  batchSize: number,
  below = true,
): Promise<Derived> {
  const concepts = new Set(CONCEPT_LABELS.flatMap((label) => seeds.get(label) ?? []));
  let counties = 0;
  for (const label of COUNTY_LABELS) {
    const statement = loadCypher('load/derive-in-county')
      .replaceAll('__LABEL__', token(label, true))
      .replaceAll('__BELOW__', below ? '8' : '0');
    for (const [i, ids] of batchesOf(seeds.get(label) ?? [], batchSize).entries()) {
      const result = await writeBatch(ctx, { phase: 'derive', group: `inCounty ${label}`, index: i + 1 }, statement, {
        ids,
      });
      counties += numberAt(result, 'changed');
      for (const id of result.records[0]?.get('concepts') as string[]) concepts.add(id);
    }
  }
  let changed = 0;
  for (const [i, ids] of batchesOf([...concepts].sort(), batchSize).entries()) {
    const result = await writeBatch(
      ctx,
      { phase: 'derive', group: 'counties', index: i + 1 },
      loadCypher('load/derive-concept-counties'),
      { ids },
    );
    changed += numberAt(result, 'changed');
  }
  return { counties, concepts: changed };
}

/** Read before articles are taken out: what their removal may change (derive-seeds-of-articles.cypher). */
export async function seedsOfArticles(ctx: BatchContext, articles: string[]): Promise<Seeds> {
  const result = await writeBatch(
    ctx,
    { phase: 'derive', group: 'seeds', index: 1 },
    loadCypher('load/derive-seeds-of-articles'),
    { articles },
  );
  const seeds: Seeds = new Map();
  for (const record of result.records) {
    const label = String(record.get('label'));
    if (isNodeLabel(label)) seeds.set(label, record.get('ids') as string[]);
  }
  return seeds;
}
