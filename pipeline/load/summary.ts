/** What a load did, per label and relationship type, and how it reads in a terminal. */
import type { NodeLabel, ProvenanceLabel, ProvenanceRelType, RelType } from '../../model';

export interface Tally {
  created: number;
  /** Existing nodes or relationships whose properties changed (new evidence, new aliases …). */
  updated: number;
  /** Existing and left exactly as they were. */
  unchanged: number;
}

export interface LoadSummary {
  database: string;
  /** The articles of the document. */
  articles: string[];
  batchSize: number;
  batches: number;
  nodes: Partial<Record<NodeLabel | ProvenanceLabel, Tally>>;
  relationships: Partial<Record<RelType | ProvenanceRelType, Tally>>;
  /** What `--replace` took out before loading: items it touched, of which it deleted the ones left without articles. */
  removed?: { nodesTouched: number; relationshipsTouched: number; nodesDeleted: number; relationshipsDeleted: number };
  /** Articles whose rows were not written: their fingerprint says they are loaded as they are (pipeline/load/fingerprint.ts). */
  skippedArticles?: number;
  /** Derived properties recomputed afterwards (pipeline/load/derive.ts): values that changed. */
  derived?: { counties: number; concepts: number };
  elapsedMs: number;
}

export function emptySummary(database: string, articles: string[], batchSize: number): LoadSummary {
  return { database, articles, batchSize, batches: 0, nodes: {}, relationships: {}, elapsedMs: 0 };
}

export function addTally<K extends string>(
  tallies: Partial<Record<K, Tally>>,
  key: K,
  rows: number,
  changed: number,
  created: number,
): void {
  const t = (tallies[key] ??= { created: 0, updated: 0, unchanged: 0 });
  t.created += created;
  t.updated += changed - created;
  t.unchanged += rows - changed;
}

function table(title: string, tallies: Partial<Record<string, Tally>>): string[] {
  const entries = Object.entries(tallies) as [string, Tally][];
  if (!entries.length) return [];
  const width = Math.max(title.length, ...entries.map(([k]) => k.length));
  const row = (k: string, c: string, u: string, s: string) =>
    `  ${k.padEnd(width)}  ${c.padStart(8)}  ${u.padStart(8)}  ${s.padStart(9)}`;
  return [
    row(title, 'created', 'updated', 'unchanged'),
    ...entries.map(([k, t]) => row(k, String(t.created), String(t.updated), String(t.unchanged))),
  ];
}

export function formatSummary(s: LoadSummary): string {
  const lines = [
    `Loaded ${s.articles.length} article(s) into database "${s.database}" in ${(s.elapsedMs / 1000).toFixed(1)} s (${s.batches} batch(es) of up to ${s.batchSize}).`,
  ];
  if (s.skippedArticles)
    lines.push(
      `${s.skippedArticles} article(s) unchanged since they were loaded: their nodes and relationships were not written again.`,
    );
  if (s.removed) {
    const r = s.removed;
    lines.push(
      `Replaced: took those articles out of ${r.nodesTouched} node(s) and ${r.relationshipsTouched} relationship(s); deleted ${r.nodesDeleted} node(s) and ${r.relationshipsDeleted} relationship(s) left without any article.`,
    );
  }
  lines.push(...table('Nodes', s.nodes), ...table('Relationships', s.relationships));
  return lines.join('\n');
}
