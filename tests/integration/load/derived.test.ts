/**
 * The derived properties (pipeline/load/derive.ts) stay right as articles come and go: inCounty of the
 * nodes under a county, and the concept–county incidence that shared-initiatives reads. Three invented
 * articles: A1 holds 某县, 某镇, 某村 and its branch and 某镇 running 红色驿站; A2 holds 另县 running it too; A3 alone
 * says that 某镇 lies in 某县, so taking A3 out cuts the whole chain below 某镇 off its county.
 */
import type { Driver } from 'neo4j-driver';
import type { Evidence, GraphDocument, GraphNode, GraphRelationship, NodeLabel } from '../../../model';
import { loadGraph } from '../../../pipeline/load';
import { emptySummary } from '../../../pipeline/load/summary';
import { removeArticles } from '../../../pipeline/load/remove';
import { toPlain } from '../../../db/records';
import { testDriver } from '../../support/server';
import { runNamed } from '../queries/run-named';
import { emptyDatabase } from './graph-helpers';

const DB = process.env.NEO4J_DATABASE ?? 'neo4j';

/** An article whose text is the given names, one sentence each, so every mention has a verbatim sentence. */
function article(key: string, names: string[]) {
  const sentences = names.map((n) => `${n}。`);
  const text = sentences.join('');
  const evidence = new Map<string, Evidence>();
  let start = 0;
  for (const [i, sentence] of sentences.entries()) {
    evidence.set(names[i]!, {
      article: key,
      item: 0,
      sentence,
      start,
      end: start + sentence.length,
      surface: names[i]!,
    });
    start += sentence.length;
  }
  const node: GraphNode = {
    id: key,
    labels: ['Article'],
    properties: {
      name: key,
      title: key,
      text,
      items: [{ index: 0, kind: 'feature', title: key, start: 0, end: text.length }],
      source: 'test',
      articles: [key],
    } as unknown as GraphNode['properties'],
  };
  return { node, evidence: (name: string) => [evidence.get(name)!] };
}

type Spec = { label: NodeLabel; name: string; extra?: Record<string, unknown> };
const ENTITIES: Spec[] = [
  { label: 'Place', name: '某县', extra: { level: 'county' } },
  { label: 'Place', name: '另县', extra: { level: 'county' } },
  { label: 'Place', name: '某镇', extra: { level: 'township' } },
  { label: 'Place', name: '某村', extra: { level: 'village' } },
  { label: 'Organization', name: '某村党支部', extra: { kind: 'party_branch' } },
  { label: 'Person', name: '张三' },
  { label: 'Initiative', name: '红色驿站', extra: { kind: 'brand', scope: 'local' } },
];
const idOf = (name: string) => `${ENTITIES.find((e) => e.name === name)!.label.toLowerCase()}:${name}`;

/** One article's document: its entities and its relationships [type, start, end], each read in it. */
function documentOf(key: string, names: string[], rels: [GraphRelationship['type'], string, string][]): GraphDocument {
  const a = article(key, names);
  const nodes = names.map((name): GraphNode => {
    const spec = ENTITIES.find((e) => e.name === name)!;
    return {
      id: idOf(name),
      labels: [spec.label],
      properties: {
        name,
        aliases: [],
        ...spec.extra,
        evidence: a.evidence(name),
      } as unknown as GraphNode['properties'],
    };
  });
  const relationships = rels.map(([type, start, end]): GraphRelationship => ({
    id: `${type}:${start}->${end}`,
    type,
    start: idOf(start),
    end: idOf(end),
    properties: {
      ...(type === 'HOLDS_POST' ? { title: '书记' } : {}),
      evidence: a.evidence(start),
    } as unknown as GraphRelationship['properties'],
  }));
  return { format: 'govgraph/1', nodes: [a.node, ...nodes], relationships };
}

const A1 = documentOf(
  'A1',
  ['某县', '某镇', '某村', '某村党支部', '张三', '红色驿站'],
  [
    ['LOCATED_IN', '某村', '某镇'],
    ['LOCATED_IN', '某村党支部', '某村'],
    ['RUNS', '某村党支部', '红色驿站'],
    ['RUNS', '某镇', '红色驿站'],
    ['HOLDS_POST', '张三', '某村党支部'],
  ],
);
const A2 = documentOf('A2', ['另县', '红色驿站'], [['RUNS', '另县', '红色驿站']]);
const A3 = documentOf('A3', ['某镇', '某县'], [['LOCATED_IN', '某镇', '某县']]);

describe('derived properties across loads and removals', () => {
  let driver: Driver;

  const props = async (name: string) => {
    const { records } = await driver.executeQuery('MATCH (n {id: $id}) RETURN properties(n) AS p', { id: idOf(name) });
    return toPlain(records[0]!.get('p')) as Record<string, unknown>;
  };
  const remove = (articles: string[]) =>
    removeArticles({ driver, database: DB, summary: emptySummary(DB, [], 100) }, articles, 100);
  const shared = async (minCounties: number) =>
    (await runNamed(driver, 'shared-initiatives', { minCounties: String(minCounties) })).rows.map((r) => [
      (r.initiative as { properties: { name: string } }).properties.name,
      r.countyCount,
      r.counties,
      r.runnerCounts,
    ]);

  beforeAll(async () => {
    driver = testDriver();
    await emptyDatabase(driver);
    for (const doc of [A1, A2, A3]) await loadGraph(driver, DB, doc);
  });
  afterAll(async () => {
    await emptyDatabase(driver);
    await driver.close();
  });

  it('when all three are loaded, then everything under 某县 is in 某县 and the initiative in two counties', async () => {
    expect((await props('某县')).inCounty).toBe('某县');
    expect((await props('某村')).inCounty).toBe('某县');
    expect((await props('某村党支部')).inCounty).toBe('某县');
    expect(await props('红色驿站')).toMatchObject({
      counties: ['另县', '某县'],
      countyCount: 2,
      countyRunners: [1, 2],
    });
    expect(await shared(2)).toEqual([['红色驿站', 2, ['另县', '某县'], [1, 2]]]);
    const leaders = await runNamed(driver, 'leaders-by-county');
    expect(leaders.rows.map((r) => r.county)).toEqual(['某县']);
  });

  it('when A3 is taken out, then the chain below 某镇 has no county and the incidence drops 某县', async () => {
    await remove(['A3']);
    expect((await props('某镇')).inCounty).toBeUndefined();
    expect((await props('某村党支部')).inCounty).toBeUndefined();
    expect(await props('红色驿站')).toMatchObject({ counties: ['另县'], countyCount: 1, countyRunners: [1] });
    expect(await shared(2)).toEqual([]);
  });

  it('when A2 is taken out too, then the initiative is run in no county', async () => {
    await remove(['A2']);
    expect(await props('红色驿站')).toMatchObject({ counties: [], countyCount: 0, countyRunners: [] });
    expect(await shared(1)).toEqual([]);
  });

  it('when A3 is loaded again, then the nodes under 某镇 are in 某县 again though A3 never names them', async () => {
    const summary = await loadGraph(driver, DB, A3);
    expect(summary.derived).toEqual({ counties: 3, concepts: 1 });
    expect((await props('某村党支部')).inCounty).toBe('某县');
    expect(await props('红色驿站')).toMatchObject({ counties: ['某县'], countyCount: 1, countyRunners: [2] });
  });

  it('when a concept was loaded before countyRunners was derived, then shared-initiatives counts its runners itself', async () => {
    await driver.executeQuery('MATCH (i:Initiative {id: $id}) REMOVE i.countyRunners', { id: idOf('红色驿站') });
    expect(await shared(1)).toEqual([['红色驿站', 1, ['某县'], [2]]]);
  });

  it('when the same article is loaded once more, then no derived value is written', async () => {
    expect((await loadGraph(driver, DB, A3)).derived).toEqual({ counties: 0, concepts: 0 });
  });
});
