/**
 * Skipping what a reload would not change. Each Article node the loader wrote carries `loadFingerprint`:
 * the hash of every row (node, sentence, mention, relationship) of the last load that touched the
 * article, i.e. whose `articles` (or whose sentence's article) name it. When a document's rows touching
 * an article hash to the stored value, each of them was the last write to its node or relationship (see
 * below), and writing a row again is a no-op (the statements merge sets and overwrite scalars with the
 * same values), so those rows are not sent at all.
 *
 * What keeps a stored fingerprint true: it is set only at the end of a load, after every row of the
 * document is written; a load clears the fingerprints of the document's changed articles before it writes
 * anything, and each write statement clears, in its own transaction, those of the articles a changed node
 * or relationship carried before (a later document that renames a county reached from an older article);
 * a removal of articles (`--replace`, a sync) clears them all. A node edited by hand outside the loader is
 * not noticed: `--replace` rewrites it.
 */
import crypto from 'node:crypto';
import { loadCypher } from '../../db/cypher-files';
import { batchesOf, writeBatch, type BatchContext } from './batches';
import type { LoadPlan } from './plan';

/** The property on Article nodes; documents cannot set it (plan.ts leaves it out of their properties). */
export const FINGERPRINT_PROPERTY = 'loadFingerprint';

/**
 * The statements whose effect a fingerprint stands for: a change to any of them makes every stored
 * fingerprint stale, so the next load writes everything once.
 */
const STATEMENTS = ['merge-nodes', 'merge-sentences', 'merge-mentions', 'merge-relationships'];

const sha1 = (text: string) => crypto.createHash('sha1').update(text).digest('base64');

/** One row of the plan: what it writes, where its hash goes, and where to find it to drop it. */
interface Keyed {
  keys: readonly string[];
  hash: string;
}

export interface ArticleFingerprints {
  /** Article node id → fingerprint, for the Article nodes of the document that can hold one. */
  byNode: Map<string, string>;
  /** Article key (as in `articles` lists) → the Article node standing for it. */
  nodeOfKey: Map<string, string>;
}

/**
 * An Article node stands for the keys its id and `articles` name. It can hold a fingerprint only when each
 * such key is its id or its id without the `article:` prefix, so that the write statements find it from a
 * key alone (a fingerprint they could not clear would be trusted wrongly).
 */
function articleNodes(plan: LoadPlan): Map<string, string> {
  const nodeOfKey = new Map<string, string>();
  const refused = new Set<string>();
  for (const row of plan.nodes.find((g) => g.label === 'Article')?.rows ?? []) {
    for (const key of new Set([row.id, ...row.articles])) {
      if (key !== row.id && `article:${key}` !== row.id) refused.add(row.id);
      if (nodeOfKey.has(key) && nodeOfKey.get(key) !== row.id) refused.add(row.id).add(nodeOfKey.get(key)!);
      nodeOfKey.set(key, row.id);
    }
  }
  for (const [key, node] of nodeOfKey) if (refused.has(node)) nodeOfKey.delete(key);
  return nodeOfKey;
}

/** Every row of the plan with its article keys, in one list per plan group (same order as the plan). */
function keyedRows(plan: LoadPlan) {
  const articleOf = new Map(plan.sentences.map((s) => [s.id, s.properties.article]));
  const version = sha1(STATEMENTS.map((s) => loadCypher(`load/${s}`)).join('\n'));
  const keyed = <T>(kind: string, rows: T[], keys: (row: T) => readonly string[]): Keyed[] =>
    rows.map((row) => ({ keys: keys(row), hash: sha1(`${version}\n${kind}\n${JSON.stringify(row)}`) }));
  return {
    nodes: plan.nodes.map((g) => keyed(g.label, g.rows, (r) => r.articles)),
    sentences: keyed('Sentence', plan.sentences, (s) => [s.properties.article]),
    mentions: plan.mentions.map((g) => keyed(`MENTIONED_IN ${g.label}`, g.rows, (m) => [articleOf.get(m.end)!])),
    relationships: plan.relationships.map((g) => keyed(`${g.type} ${g.start} ${g.end}`, g.rows, (r) => r.articles)),
  };
}

export interface FingerprintedPlan {
  fingerprints: ArticleFingerprints;
  /** The plan without the rows that touch an unchanged article, given the unchanged Article nodes. */
  without: (unchanged: ReadonlySet<string>) => LoadPlan;
}

export function fingerprintPlan(plan: LoadPlan): FingerprintedPlan {
  const nodeOfKey = articleNodes(plan);
  const rows = keyedRows(plan);
  const parts = new Map<string, string[]>();
  const all = [...rows.nodes.flat(), ...rows.sentences, ...rows.mentions.flat(), ...rows.relationships.flat()];
  for (const { keys, hash } of all) {
    for (const node of new Set(keys.map((k) => nodeOfKey.get(k)))) {
      if (node === undefined) continue;
      let list = parts.get(node);
      if (!list) parts.set(node, (list = []));
      list.push(hash);
    }
  }
  const byNode = new Map([...parts].map(([node, hashes]) => [node, sha1(hashes.sort().join(''))]));

  const without = (unchanged: ReadonlySet<string>): LoadPlan => {
    if (unchanged.size === 0) return plan;
    const keep = (k: Keyed) => !k.keys.some((key) => unchanged.has(nodeOfKey.get(key)!));
    const filter = <T>(list: T[], keyed: Keyed[]) => list.filter((_, i) => keep(keyed[i]!));
    return {
      articles: plan.articles,
      nodes: plan.nodes.map((g, i) => ({ ...g, rows: filter(g.rows, rows.nodes[i]!) })),
      sentences: filter(plan.sentences, rows.sentences),
      mentions: plan.mentions.map((g, i) => ({ ...g, rows: filter(g.rows, rows.mentions[i]!) })),
      relationships: plan.relationships.map((g, i) => ({ ...g, rows: filter(g.rows, rows.relationships[i]!) })),
    };
  };
  return { fingerprints: { byNode, nodeOfKey }, without };
}

/**
 * Before writing: the Article nodes of the document whose stored fingerprint equals the document's (their
 * rows are skipped); the fingerprints of the others are cleared.
 */
export async function unchangedArticles(ctx: BatchContext, byNode: Map<string, string>): Promise<Set<string>> {
  const ids = [...byNode.keys()];
  const unchanged = new Set<string>();
  if (!ids.length) return unchanged;
  const read = await writeBatch(
    ctx,
    { phase: 'fingerprints', group: 'read', index: 1 },
    loadCypher('load/read-fingerprints'),
    {
      ids,
    },
  );
  for (const record of read.records) {
    const id = String(record.get('id'));
    if (byNode.get(id) === record.get('fingerprint')) unchanged.add(id);
  }
  const changed = ids.filter((id) => !unchanged.has(id));
  if (changed.length)
    await writeBatch(ctx, { phase: 'fingerprints', group: 'clear', index: 1 }, loadCypher('load/clear-fingerprints'), {
      ids: changed,
    });
  return unchanged;
}

/** After every row is written and the derived properties are computed: the document's fingerprints. */
export async function storeFingerprints(
  ctx: BatchContext,
  byNode: Map<string, string>,
  batchSize: number,
): Promise<void> {
  const rows = [...byNode].map(([id, fingerprint]) => ({ id, fingerprint }));
  for (const [i, batch] of batchesOf(rows, batchSize).entries())
    await writeBatch(
      ctx,
      { phase: 'fingerprints', group: 'store', index: i + 1 },
      loadCypher('load/store-fingerprints'),
      {
        rows: batch,
      },
    );
}

/** Before articles are taken out: no stored fingerprint stays (clear-all-fingerprints.cypher). */
export async function clearAllFingerprints(ctx: BatchContext): Promise<void> {
  await writeBatch(
    ctx,
    { phase: 'fingerprints', group: 'clear', index: 1 },
    loadCypher('load/clear-all-fingerprints'),
    {},
  );
}
